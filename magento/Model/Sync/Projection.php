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
        $this->appliedMany([[$purchaseOrderId, $result]], $now);
    }

    /**
     * Several orders' results in two statements (the orders, their lines), at most one result per order.
     *
     * @param list<array{0: string, 1: array}> $results [purchase order id, result]
     */
    public function appliedMany(array $results, int $now): void
    {
        foreach (array_chunk($results, 100) as $chunk) {
            $orders = [];
            $lines = [];
            foreach ($chunk as [$po, $result]) {
                $order = $result['order'] ?? null;
                if (is_array($order) && isset($order['order']) && is_array($order['order'])) {
                    $order = $order['order'];
                }
                $status = is_string($result['order_status'] ?? null) ? $result['order_status'] : null;
                $orders[] = [(string) $po, $status, !empty($result['intent_to_cancel']) ? 1 : 0,
                    is_array($order) && isset($order['customerOrderId']) ? (string) $order['customerOrderId'] : null];
                if (!is_array($order)) {
                    continue;
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
                    $lines[] = [(string) $po, (int) ($line['lineNumber'] ?? 0), $shipped, $cancelled];
                }
            }
            $in = implode(', ', array_fill(0, count($orders), '?'));
            $pos = array_column($orders, 0);
            [$status, $bindStatus] = self::byOrder($orders, 1, 'COALESCE(?, status)', 'status');
            [$intent, $bindIntent] = self::byOrder($orders, 2, '?', 'intent_to_cancel');
            [$customer, $bindCustomer] = self::byOrder(
                $orders,
                3,
                'COALESCE(?, customer_order_id)',
                'customer_order_id'
            );
            $this->db->query(
                "UPDATE {$this->tables->order} SET status = $status, status_details = '', last_sync_at = ?,"
                . " intent_to_cancel = $intent, customer_order_id = $customer WHERE purchase_order_id IN ($in)",
                array_merge($bindStatus, [Time::toDb($now)], $bindIntent, $bindCustomer, $pos)
            );
            if ($lines) {
                $shipped = [];
                $cancelled = [];
                foreach ($lines as [$po, $number, $s, $c]) {
                    array_push($shipped, $po, $number, $s);
                    array_push($cancelled, $po, $number, $c);
                }
                $when = str_repeat(' WHEN purchase_order_id = ? AND line_number = ? THEN ?', count($lines));
                $linePos = array_values(array_unique(array_column($lines, 0)));
                $this->db->query(
                    "UPDATE {$this->tables->line} SET qty_shipped = CASE$when ELSE qty_shipped END,"
                    . " qty_cancelled = CASE$when ELSE qty_cancelled END"
                    . ' WHERE purchase_order_id IN (' . implode(', ', array_fill(0, count($linePos), '?')) . ')',
                    array_merge($shipped, $cancelled, $linePos)
                );
            }
        }
    }

    /**
     * A failure: the order shows Error with the result's sentence, whether it is retried or waits for a merchant.
     */
    public function failed(string $purchaseOrderId, string $details, int $now): void
    {
        $this->failedMany([[$purchaseOrderId, $details]], $now);
    }

    /**
     * Several orders' failures in one statement, at most one per order.
     *
     * @param list<array{0: string, 1: string}> $failures [purchase order id, status details]
     */
    public function failedMany(array $failures, int $now): void
    {
        foreach (array_chunk($failures, 100) as $chunk) {
            [$details, $bind] = self::byOrder($chunk, 1, '?', 'status_details');
            $pos = array_map(static fn (array $f): string => (string) $f[0], $chunk);
            $this->db->query(
                "UPDATE {$this->tables->order} SET status = 'Error', status_details = $details, last_sync_at = ?"
                . ' WHERE purchase_order_id IN (' . implode(', ', array_fill(0, count($pos), '?')) . ')',
                array_merge($bind, [Time::toDb($now)], $pos)
            );
        }
    }

    /**
     * "CASE purchase_order_id WHEN ? THEN <$then> … ELSE <$else> END" over rows [po, …], the value at $column
     * bound into $then; and its binds. Values are compared as literals, so any connection collation will do.
     *
     * @param list<list<mixed>> $rows
     * @return array{0: string, 1: list<mixed>}
     */
    private static function byOrder(array $rows, int $column, string $then, string $else): array
    {
        $bind = [];
        foreach ($rows as $row) {
            array_push($bind, (string) $row[0], $row[$column]);
        }
        return ['CASE purchase_order_id' . str_repeat(" WHEN ? THEN $then", count($rows)) . " ELSE $else END", $bind];
    }
}
