<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * What the outbox holds: rows by state, the age of the oldest unfinished row, the last errors, the orders.
 */
class StatusReport
{
    public function __construct(
        private readonly AdapterInterface $db,
        private readonly Tables $tables
    ) {
    }

    /**
     * @return array{by_state: array<string, int>, oldest_pending_age: int|null, last_errors: list<array>,
     *               orders: list<array>}
     */
    public function report(int $errors = 10, int $orders = 50): array
    {
        $byState = ['pending' => 0, 'processing' => 0, 'done' => 0, 'failed' => 0];
        foreach (
            $this->db->fetchPairs(
                "SELECT state, COUNT(*) FROM {$this->tables->outbox} GROUP BY state"
            ) as $state => $count
        ) {
            $byState[(string) $state] = (int) $count;
        }
        $oldest = $this->db->fetchOne(
            "SELECT MIN(created_at) FROM {$this->tables->outbox} WHERE state IN ('pending', 'processing', 'failed')"
        );
        $dbNow = (string) $this->db->fetchOne('SELECT CURRENT_TIMESTAMP');
        $age = null;
        if ($oldest !== null && $oldest !== false) {
            // created_at is a session-zone timestamp: compare it with the server's own now, not the engine clock
            $age = max(0, strtotime($dbNow) - strtotime((string) $oldest));
        }
        $lastErrors = $this->db->fetchAll(
            "SELECT attempted_at, purchase_order_id, operation, outcome, http_status, error_codes, details"
            . " FROM {$this->tables->log} WHERE outcome <> 'ok' ORDER BY entity_id DESC LIMIT " . max(1, $errors)
        );
        $orderRows = $this->db->fetchAll(
            "SELECT purchase_order_id, increment_id, status, status_details, pending_count, failed_count, last_sync_at"
            . " FROM {$this->tables->order} ORDER BY entity_id DESC LIMIT " . max(1, $orders)
        );
        return ['by_state' => $byState, 'oldest_pending_age' => $age, 'last_errors' => $lastErrors,
            'orders' => $orderRows];
    }
}
