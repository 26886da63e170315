<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Writes updates for Walmart into the outbox. Called inside the transaction that made the change (the shipment's,
 * the order's), so the row exists exactly when the change does. Each row has a unique dedup key: the same change
 * written twice (an event fired twice, a deadlock re-run, a track added later) is one row.
 *
 * Rows are never deleted: they move pending -> processing -> done, or to failed, which a merchant's retry sends
 * back to pending.
 */
class Outbox
{
    public const STATE_PENDING = 'pending';
    public const STATE_PROCESSING = 'processing';
    public const STATE_DONE = 'done';
    public const STATE_FAILED = 'failed';

    public const OP_SHIP = 'ship';
    public const OP_CANCEL = 'cancel';
    public const OP_INVENTORY = 'inventory';

    public function __construct(
        private readonly AdapterInterface $db,
        private readonly Tables $tables
    ) {
    }

    /**
     * A shipment, as channelmgr_shipment_payload() takes it. One statement.
     *
     * @return bool whether a row was written (false: that shipment was queued already)
     */
    public function enqueueShipment(int $shipmentId, array $shipment): bool
    {
        $po = (string) $shipment['purchase_order_id'];
        return $this->insert('ship:' . $shipmentId, 'po:' . $po, $po, self::OP_SHIP, $shipment);
    }

    /**
     * The cancellation of every open quantity of a Walmart order; the lines are read when it is sent, after every
     * earlier update of the order has been applied.
     */
    public function enqueueCancel(int $magentoOrderId, string $purchaseOrderId, string $reason): bool
    {
        return $this->insert(
            'cancel:' . $magentoOrderId,
            'po:' . $purchaseOrderId,
            $purchaseOrderId,
            self::OP_CANCEL,
            ['reason' => $reason]
        );
    }

    /**
     * An inventory update of a SKU; its quantity is read when it is sent. A SKU already waiting is not queued
     * again (the key is released when the row is claimed, so a later change queues a new row behind it).
     */
    public function enqueueInventory(string $sku): bool
    {
        return $this->insert('inv:' . $sku, 'sku:' . $sku, null, self::OP_INVENTORY, ['sku' => $sku]);
    }

    /**
     * Failed updates of these orders go back to due, and those waiting for a retry become due now.
     *
     * @param string[] $purchaseOrderIds
     * @return int rows made due
     */
    public function retry(array $purchaseOrderIds): int
    {
        if (!$purchaseOrderIds) {
            return 0;
        }
        $in = implode(',', array_fill(0, count($purchaseOrderIds), '?'));
        $count = $this->db->query(
            "UPDATE {$this->tables->outbox} SET state = 'pending', next_attempt_at = NULL"
            . " WHERE purchase_order_id IN ($in) AND state IN ('pending', 'failed')",
            array_values($purchaseOrderIds)
        )->rowCount();
        foreach ($purchaseOrderIds as $po) {
            $this->refreshCounts((string) $po);
        }
        return $count;
    }

    /**
     * The ids of rows by dedup key (to publish them once their transaction has committed).
     *
     * @param string[] $keys
     * @return int[]
     */
    public function idsByKey(array $keys): array
    {
        if (!$keys) {
            return [];
        }
        $in = implode(',', array_fill(0, count($keys), '?'));
        return array_map('intval', $this->db->fetchCol(
            "SELECT entity_id FROM {$this->tables->outbox} WHERE dedup_key IN ($in) ORDER BY entity_id",
            array_values($keys)
        ));
    }

    /**
     * Recomputes the order's pending and failed counts shown in the grid.
     */
    public function refreshCounts(string $purchaseOrderId): void
    {
        $this->refreshCountsMany([$purchaseOrderId]);
    }

    /**
     * Recomputes the pending and failed counts of several orders in one statement.
     *
     * @param string[] $purchaseOrderIds
     */
    public function refreshCountsMany(array $purchaseOrderIds): void
    {
        foreach (array_chunk(array_values(array_unique($purchaseOrderIds)), 200) as $chunk) {
            $this->db->query(
                "UPDATE {$this->tables->order} o SET"
                . " o.pending_count = (SELECT COUNT(*) FROM {$this->tables->outbox} x"
                . "   WHERE x.purchase_order_id = o.purchase_order_id AND x.state IN ('pending', 'processing')),"
                . " o.failed_count = (SELECT COUNT(*) FROM {$this->tables->outbox} x"
                . "   WHERE x.purchase_order_id = o.purchase_order_id AND x.state = 'failed')"
                . ' WHERE o.purchase_order_id IN (' . implode(',', array_fill(0, count($chunk), '?')) . ')',
                array_map('strval', $chunk)
            );
        }
    }

    private function insert(string $key, string $lane, ?string $po, string $op, array $payload): bool
    {
        $statement = $this->db->query(
            "INSERT INTO {$this->tables->outbox}"
            . ' (dedup_key, lane, purchase_order_id, operation, payload, state, attempts)'
            . " VALUES (?, ?, ?, ?, ?, 'pending', 0)"
            . ' ON DUPLICATE KEY UPDATE dedup_key = dedup_key',
            [$key, $lane, $po, $op, json_encode($payload, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES
                | JSON_UNESCAPED_UNICODE)]
        );
        return $statement->rowCount() === 1;
    }
}
