<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Every attempt to send an update, for the order's timeline and the status command.
 */
class SyncLog
{
    public function __construct(
        private readonly AdapterInterface $db,
        private readonly Tables $tables
    ) {
    }

    public function write(array $row, string $outcome, array $result, bool $verifyFirst, int $now): void
    {
        $this->writeMany([[$row, $outcome, $result, $verifyFirst]], $now);
    }

    /**
     * Several attempts in one statement, in the given order.
     *
     * @param list<array{0: array, 1: string, 2: array, 3: bool}> $entries [outbox row, outcome, result, verify_first]
     */
    public function writeMany(array $entries, int $now): void
    {
        foreach (array_chunk($entries, 100) as $chunk) {
            $bind = [];
            foreach ($chunk as [$row, $outcome, $result, $verifyFirst]) {
                $codes = [];
                foreach ($result['errors'] ?? [] as $error) {
                    $codes[] = (string) ($error['code'] ?? '');
                }
                array_push(
                    $bind,
                    (int) $row['entity_id'],
                    $row['purchase_order_id'],
                    $row['operation'],
                    Time::toDb($now),
                    $outcome,
                    (int) ($result['http_status'] ?? 0),
                    (int) ($result['attempts'] ?? 0),
                    $verifyFirst ? 1 : 0,
                    !empty($result['reconciled']) ? 1 : 0,
                    $codes ? mb_substr(implode(',', array_unique($codes)), 0, 255) : null,
                    isset($result['correlation_id']) ? (string) $result['correlation_id'] : null,
                    (string) ($result['status_details'] ?? '')
                );
            }
            $this->db->query(
                "INSERT INTO {$this->tables->log} (outbox_id, purchase_order_id, operation, attempted_at, outcome,"
                . ' http_status, attempts, verify_first, reconciled, error_codes, correlation_id, details) VALUES '
                . implode(', ', array_fill(0, count($chunk), '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')),
                $bind
            );
        }
    }

    /**
     * The order's timeline, newest first.
     *
     * @return list<array<string, mixed>>
     */
    public function forOrder(string $purchaseOrderId, int $limit = 50): array
    {
        return $this->db->fetchAll(
            "SELECT * FROM {$this->tables->log} WHERE purchase_order_id = ? ORDER BY entity_id DESC LIMIT "
            . max(1, $limit),
            [$purchaseOrderId]
        );
    }
}
