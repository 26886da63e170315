<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Walmart's view of an order, projected into the module's tables: the status from a result's order_status, the
 * line quantities from its order. Writes only the module's tables, never Magento's order, so it can never cause
 * an outbound update (no echo loop).
 */
class Projection
{
    private const SHIPPED = ['Shipped', 'Delivered', 'Refund'];

    public function __construct(
        private readonly AdapterInterface $db,
        private readonly Tables $tables
    ) {
    }

    /**
     * A result that carries Walmart's order (ok results of ship, cancel and reads).
     */
    public function applied(string $purchaseOrderId, array $result, int $now): void
    {
        $order = $result['order'] ?? null;
        if (is_array($order) && isset($order['order']) && is_array($order['order'])) {
            $order = $order['order'];
        }
        $intent = (bool) ($result['intent_to_cancel'] ?? false);
        $status = is_string($result['order_status'] ?? null) ? $result['order_status'] : null;
        $this->db->query(
            "UPDATE {$this->tables->order} SET status = COALESCE(?, status), status_details = '', last_sync_at = ?,"
            . ' intent_to_cancel = ?, customer_order_id = COALESCE(?, customer_order_id)'
            . ' WHERE purchase_order_id = ?',
            [$status, Time::toDb($now), $intent ? 1 : 0,
                is_array($order) && isset($order['customerOrderId']) ? (string) $order['customerOrderId'] : null,
                $purchaseOrderId]
        );
        if (!is_array($order)) {
            return;
        }
        foreach ($order['orderLines']['orderLine'] ?? [] as $line) {
            $shipped = 0;
            $cancelled = 0;
            foreach ($line['orderLineStatuses']['orderLineStatus'] ?? [] as $bucket) {
                $amount = (int) ($bucket['statusQuantity']['amount'] ?? 0);
                if (in_array($bucket['status'] ?? '', self::SHIPPED, true)) {
                    $shipped += $amount;
                } elseif (($bucket['status'] ?? '') === 'Cancelled') {
                    $cancelled += $amount;
                }
            }
            $this->db->query(
                "UPDATE {$this->tables->line} SET qty_shipped = ?, qty_cancelled = ?"
                . ' WHERE purchase_order_id = ? AND line_number = ?',
                [$shipped, $cancelled, $purchaseOrderId, (int) ($line['lineNumber'] ?? 0)]
            );
        }
    }

    /**
     * A failure: the order shows Error with the result's sentence, whether it is retried or waits for a merchant.
     */
    public function failed(string $purchaseOrderId, string $details, int $now): void
    {
        $this->db->query(
            "UPDATE {$this->tables->order} SET status = 'Error', status_details = ?, last_sync_at = ?"
            . ' WHERE purchase_order_id = ?',
            [$details, Time::toDb($now), $purchaseOrderId]
        );
    }
}
