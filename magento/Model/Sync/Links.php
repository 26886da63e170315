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
        foreach ($lineMap as $lineNumber => $line) {
            self::checkLine((string) $lineNumber, $line);
        }
        $this->db->beginTransaction();
        try {
            $this->db->query(
                "INSERT INTO {$this->tables->order} (order_id, increment_id, purchase_order_id, status)"
                . " VALUES (?, ?, ?, 'Open')",
                [$magentoOrderId, $incrementId, $purchaseOrderId]
            );
            foreach ($lineMap as $lineNumber => $line) {
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
     * One entry of a line map, checked before anything is written: a positive line number, the Magento order item
     * it belongs to, its SKU, and a positive quantity (1 when not given).
     */
    private static function checkLine(string $lineNumber, mixed $line): void
    {
        $isId = static fn(mixed $v): bool => (is_int($v) && $v > 0)
            || (is_string($v) && preg_match('/^[1-9]\d*$/D', $v) === 1);
        if (!$isId($lineNumber)) {
            throw new \InvalidArgumentException("lineMap.$lineNumber: a Walmart lineNumber is a positive number");
        }
        if (!is_array($line)) {
            throw new \InvalidArgumentException("lineMap.$lineNumber: must be an array with order_item_id and sku");
        }
        if (!$isId($line['order_item_id'] ?? null)) {
            throw new \InvalidArgumentException("lineMap.$lineNumber.order_item_id: must be a Magento order item id");
        }
        if (!is_string($line['sku'] ?? null) || $line['sku'] === '') {
            throw new \InvalidArgumentException("lineMap.$lineNumber.sku: must be the item's SKU");
        }
        if (array_key_exists('qty', $line) && !$isId($line['qty'])) {
            throw new \InvalidArgumentException("lineMap.$lineNumber.qty: must be a positive whole number of units");
        }
    }

    /**
     * The Walmart order of a Magento order with its lines (one statement), or null when it is not one.
     *
     * @return array{order: array<string, mixed>, lines: list<array<string, mixed>>}|null
     */
    public function byMagentoOrder(int $magentoOrderId): ?array
    {
        return $this->find('o.order_id', $magentoOrderId);
    }

    /**
     * @return array{order: array<string, mixed>, lines: list<array<string, mixed>>}|null
     */
    public function byPurchaseOrder(string $purchaseOrderId): ?array
    {
        return $this->find('o.purchase_order_id', $purchaseOrderId);
    }

    /**
     * One Walmart order and its lines, found by one of the order row's unique columns.
     *
     * @return array{order: array<string, mixed>, lines: list<array<string, mixed>>}|null
     */
    private function find(string $column, int|string $value): ?array
    {
        $rows = $this->db->fetchAll(
            "SELECT o.entity_id, o.order_id, o.increment_id, o.purchase_order_id, o.status, o.status_details,"
            . " o.intent_to_cancel, o.pending_count, o.failed_count, o.last_sync_at,"
            . " l.line_number, l.order_item_id, l.sku, l.qty_ordered, l.qty_shipped, l.qty_cancelled"
            . " FROM {$this->tables->order} o"
            . " LEFT JOIN {$this->tables->line} l ON l.purchase_order_id = o.purchase_order_id"
            . " WHERE $column = ? ORDER BY l.line_number",
            [$value]
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
