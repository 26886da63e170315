<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Walmart orders known to the module and their line maps (Walmart lineNumber -> Magento order item).
 */
class Links
{
    public function __construct(
        private readonly AdapterInterface $db,
        private readonly Tables $tables
    ) {
    }

    /**
     * Registers a Magento order as a Walmart order.
     *
     * @param array<int|string, array{order_item_id: int, sku: string, qty?: int}> $lineMap keyed by lineNumber
     */
    public function link(int $magentoOrderId, string $incrementId, string $purchaseOrderId, array $lineMap): void
    {
        if (!$lineMap) {
            throw new \InvalidArgumentException('lineMap: a Walmart order has at least one line');
        }
        $this->db->beginTransaction();
        try {
            $this->db->query(
                "INSERT INTO {$this->tables->order} (order_id, increment_id, purchase_order_id, status)"
                . " VALUES (?, ?, ?, 'Open')",
                [$magentoOrderId, $incrementId, $purchaseOrderId]
            );
            foreach ($lineMap as $lineNumber => $line) {
                if (!is_int($lineNumber) && !ctype_digit((string) $lineNumber)) {
                    throw new \InvalidArgumentException("lineMap.$lineNumber: a Walmart lineNumber is a number");
                }
                $this->db->query(
                    "INSERT INTO {$this->tables->line}"
                    . ' (purchase_order_id, line_number, order_item_id, sku, qty_ordered) VALUES (?, ?, ?, ?, ?)',
                    [$purchaseOrderId, (int) $lineNumber, (int) $line['order_item_id'], (string) $line['sku'],
                        (int) ($line['qty'] ?? 1)]
                );
            }
            $this->db->commit();
        } catch (\Throwable $e) {
            $this->db->rollBack();
            throw $e;
        }
    }

    /**
     * The Walmart order of a Magento order with its lines (one statement), or null when it is not one.
     *
     * @return array{order: array<string, mixed>, lines: list<array<string, mixed>>}|null
     */
    public function byMagentoOrder(int $magentoOrderId): ?array
    {
        $rows = $this->db->fetchAll(
            "SELECT o.entity_id, o.order_id, o.increment_id, o.purchase_order_id, o.status, o.status_details,"
            . " o.intent_to_cancel, o.pending_count, o.failed_count, o.last_sync_at,"
            . " l.line_number, l.order_item_id, l.sku, l.qty_ordered, l.qty_shipped, l.qty_cancelled"
            . " FROM {$this->tables->order} o"
            . " LEFT JOIN {$this->tables->line} l ON l.purchase_order_id = o.purchase_order_id"
            . " WHERE o.order_id = ? ORDER BY l.line_number",
            [$magentoOrderId]
        );
        return $rows ? $this->assemble($rows) : null;
    }

    /**
     * @return array{order: array<string, mixed>, lines: list<array<string, mixed>>}|null
     */
    public function byPurchaseOrder(string $purchaseOrderId): ?array
    {
        $rows = $this->db->fetchAll(
            "SELECT o.entity_id, o.order_id, o.increment_id, o.purchase_order_id, o.status, o.status_details,"
            . " o.intent_to_cancel, o.pending_count, o.failed_count, o.last_sync_at,"
            . " l.line_number, l.order_item_id, l.sku, l.qty_ordered, l.qty_shipped, l.qty_cancelled"
            . " FROM {$this->tables->order} o"
            . " LEFT JOIN {$this->tables->line} l ON l.purchase_order_id = o.purchase_order_id"
            . " WHERE o.purchase_order_id = ? ORDER BY l.line_number",
            [$purchaseOrderId]
        );
        return $rows ? $this->assemble($rows) : null;
    }

    /**
     * Purchase order ids of the given module order rows (grid selections).
     *
     * @param int[] $entityIds
     * @return string[]
     */
    public function purchaseOrderIds(array $entityIds): array
    {
        if (!$entityIds) {
            return [];
        }
        $in = implode(',', array_fill(0, count($entityIds), '?'));
        return $this->db->fetchCol(
            "SELECT purchase_order_id FROM {$this->tables->order} WHERE entity_id IN ($in) ORDER BY entity_id",
            array_map('intval', array_values($entityIds))
        );
    }

    private function assemble(array $rows): array
    {
        $first = $rows[0];
        $order = [];
        foreach (
            ['entity_id', 'order_id', 'increment_id', 'purchase_order_id', 'status', 'status_details',
            'intent_to_cancel', 'pending_count', 'failed_count', 'last_sync_at'] as $column
        ) {
            $order[$column] = $first[$column];
        }
        $order['intent_to_cancel'] = (bool) $order['intent_to_cancel'];
        $lines = [];
        foreach ($rows as $row) {
            if ($row['line_number'] === null) {
                continue;
            }
            $lines[] = [
                'line_number' => (int) $row['line_number'],
                'order_item_id' => (int) $row['order_item_id'],
                'sku' => (string) $row['sku'],
                'ordered' => (int) $row['qty_ordered'],
                'shipped' => (int) $row['qty_shipped'],
                'cancelled' => (int) $row['qty_cancelled'],
            ];
        }
        return ['order' => $order, 'lines' => $lines];
    }
}
