<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Drains the outbox: claims due rows with a lease, sends them with Client::syncBatch, records each result.
 *
 * - A lane (one Walmart order, or one SKU) has at most one unfinished row in flight, the oldest: a ship and a later
 *   cancel of one order reach Walmart in that order whatever the number of consumers. A failed row holds its lane
 *   until a merchant retries it, so a later update never overtakes it.
 * - A row whose consumer died is claimed again when its lease expires.
 * - Every send of a row that was sent before (attempts > 0, which includes an expired lease) carries verify_first:
 *   the extension reads Walmart's order and sends only what Walmart does not show yet, so a resend never applies
 *   an update twice. An unconfirmed result stays due for such a verified attempt.
 */
class Engine
{
    private readonly string $owner;
    /** @var callable(): float */
    private $random;

    public function __construct(
        private readonly AdapterInterface $db,
        private readonly Tables $tables,
        private readonly ClientProviderInterface $clients,
        private readonly StockReaderInterface $stock,
        private readonly ClockInterface $clock,
        private readonly Options $options = new Options(),
        ?string $owner = null,
        ?callable $random = null
    ) {
        $this->owner = $owner ?? substr(gethostname() . ':' . getmypid() . ':' . bin2hex(random_bytes(4)), -64);
        $this->random = $random ?? static fn (): float => mt_rand() / (mt_getrandmax() + 1);
    }

    /**
     * Sends due rows until none is left or $limit rows were sent (0: no limit).
     *
     * @return array{sent: int, done: int, retry: int, failed: int, batches: int}
     */
    public function drain(int $limit = 0): array
    {
        $report = ['sent' => 0, 'done' => 0, 'retry' => 0, 'failed' => 0, 'batches' => 0];
        while ($limit === 0 || $report['sent'] < $limit) {
            $size = $limit === 0 ? $this->options->batchSize : min($this->options->batchSize, $limit - $report['sent']);
            $rows = $this->claim($size);
            if (!$rows) {
                break;
            }
            $report['batches']++;
            $report['sent'] += count($rows);
            foreach ($this->send($rows) as $outcome) {
                $report[$outcome]++;
            }
        }
        return $report;
    }

    /**
     * Claims up to $size due rows, each the oldest unfinished row of its lane, for this consumer.
     *
     * @return list<array<string, mixed>>
     */
    public function claim(int $size): array
    {
        return $this->retryOnDeadlock(fn (): array => $this->claimOnce($size));
    }

    /**
     * @return list<array<string, mixed>>
     */
    private function claimOnce(int $size): array
    {
        $now = $this->clock->now();
        $t = $this->tables->outbox;
        // READ COMMITTED: rows scanned but not claimed are not kept locked until the end of the claim.
        $this->db->query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
        $this->db->beginTransaction();
        try {
            $rows = $this->db->fetchAll(
                "SELECT o.* FROM $t o"
                . " WHERE ((o.state = 'pending' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?))"
                . "     OR (o.state = 'processing' AND o.lease_until <= ?))"
                . "   AND NOT EXISTS (SELECT 1 FROM $t p WHERE p.lane = o.lane"
                . "     AND p.state IN ('pending', 'processing', 'failed') AND p.entity_id < o.entity_id)"
                . ' ORDER BY o.entity_id LIMIT ' . max(1, $size) . ' FOR UPDATE SKIP LOCKED',
                [Time::toDb($now), Time::toDb($now)]
            );
            if ($rows) {
                $ids = array_map(static fn (array $r): int => (int) $r['entity_id'], $rows);
                $in = implode(',', $ids);
                $this->db->query(
                    "UPDATE $t SET state = 'processing', attempts = attempts + 1, lease_owner = ?, lease_until = ?,"
                    . " dedup_key = IF(operation = 'inventory', CONCAT('inv-sent:', entity_id), dedup_key)"
                    . " WHERE entity_id IN ($in)",
                    [$this->owner, Time::toDb($now + $this->options->leaseSeconds)]
                );
            }
            $this->db->commit();
        } catch (\Throwable $e) {
            $this->db->rollBack();
            throw $e;
        }
        return $rows;
    }

    /**
     * Sends claimed rows as one batch and records the results.
     *
     * @param list<array<string, mixed>> $rows as claim() returned them (attempts before the claim)
     * @return list<string> done, retry or failed per row
     */
    public function send(array $rows): array
    {
        $operations = [];
        $verify = [];
        $local = [];
        foreach ($rows as $row) {
            $key = 'row-' . $row['entity_id'];
            $verify[$key] = (int) $row['attempts'] > 0;
            try {
                $operation = $this->operation($row, $verify[$key]);
            } catch (\Throwable $e) {
                $local[$key] = $this->localFailure($e->getMessage(), 'INVALID_INPUT');
                continue;
            }
            if (is_array($operation) && isset($operation['result'])) {
                $local[$key] = $operation['result'];
                continue;
            }
            $operations[$key] = $operation;
        }
        $results = [];
        if ($operations) {
            try {
                $results = $this->clients->client()->syncBatch(
                    $operations,
                    ['concurrency' => $this->options->concurrency]
                );
            } catch (\Throwable $e) {
                $failure = $this->localFailure('The update could not be sent: ' . $e->getMessage(), 'CLIENT_ERROR');
                $failure['retryable'] = true;
                $results = array_fill_keys(array_keys($operations), $failure);
            }
        }
        $records = [];
        foreach ($rows as $row) {
            $key = 'row-' . $row['entity_id'];
            $result = $local[$key] ?? $results[$key] ?? $this->localFailure('No result for the update.', 'NO_RESULT');
            $records[] = [$row, $result, $verify[$key], $this->decide($row, $result)];
        }
        // one transaction for the batch's results: consumers spend their time sending, not committing
        return $this->retryOnDeadlock(function () use ($records): array {
            $now = $this->clock->now();
            $this->db->query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
            $this->db->beginTransaction();
            try {
                $outcomes = [];
                foreach ($records as [$row, $result, $verifyFirst, $decision]) {
                    $outcomes[] = $this->record($row, $result, $verifyFirst, $decision, $now);
                }
                $this->db->commit();
            } catch (\Throwable $e) {
                $this->db->rollBack();
                throw $e;
            }
            return $outcomes;
        });
    }

    /**
     * Reads Walmart's orders and projects them (the grid's "Refresh from Walmart").
     *
     * @param string[] $purchaseOrderIds
     * @return array<string, array<string, mixed>> results by purchase order id
     */
    public function refresh(array $purchaseOrderIds): array
    {
        $client = $this->clients->client();
        $results = [];
        foreach ($purchaseOrderIds as $po) {
            $result = $client->getOrder((string) $po);
            $now = $this->clock->now();
            $projection = new Projection($this->db, $this->tables);
            if (!empty($result['ok'])) {
                $projection->applied((string) $po, $result, $now);
            } else {
                $projection->failed((string) $po, (string) $result['status_details'], $now);
            }
            $results[(string) $po] = $result;
        }
        return $results;
    }

    /**
     * The syncBatch operation of a row, or ['result' => …] when it needs no request.
     */
    private function operation(array $row, bool $verifyFirst): array
    {
        $payload = json_decode((string) $row['payload'], true, 512, JSON_THROW_ON_ERROR);
        switch ($row['operation']) {
            case Outbox::OP_SHIP:
                $operation = ['op' => 'ship', 'shipment' => $payload];
                break;
            case Outbox::OP_CANCEL:
                $link = (new Links($this->db, $this->tables))->byPurchaseOrder((string) $row['purchase_order_id']);
                if ($link === null) {
                    throw new \DomainException('the Walmart order is no longer known to the module');
                }
                $order = ['purchase_order_id' => (string) $row['purchase_order_id'], 'lines' => []];
                $open = 0;
                foreach ($link['lines'] as $line) {
                    $order['lines'][] = ['line_number' => $line['line_number'], 'ordered' => $line['ordered'],
                        'shipped' => $line['shipped'], 'cancelled' => $line['cancelled']];
                    $open += $line['ordered'] - $line['shipped'] - $line['cancelled'];
                }
                if ($open <= 0 && $link['order']['status'] === 'Canceled') {
                    return ['result' => ['ok' => true, 'retryable' => false, 'http_status' => 0, 'attempts' => 0,
                        'errors' => [], 'order' => null, 'order_status' => null, 'status_details' => '',
                        'reconciled' => true]];
                }
                if ($link['order']['intent_to_cancel']) {
                    $order['intent_to_cancel'] = true;
                }
                $operation = ['op' => 'cancel', 'order' => $order, 'reason' => (string) $payload['reason']];
                break;
            case Outbox::OP_INVENTORY:
                $qty = $this->stock->salableQty((string) $payload['sku']);
                if ($qty === null) {
                    throw new \DomainException(sprintf('SKU "%s" is not in the Magento catalog', $payload['sku']));
                }
                $operation = ['op' => 'inventory', 'sku' => (string) $payload['sku'], 'quantity' => max(0, $qty)];
                if ($this->options->shipNode !== null && $this->options->shipNode !== '') {
                    $operation['ship_node'] = $this->options->shipNode;
                }
                return $operation;
            default:
                throw new \DomainException('unknown operation ' . $row['operation']);
        }
        if ($verifyFirst) {
            $operation['verify_first'] = true;
        }
        return $operation;
    }

    /**
     * What a result means for its row: [state, outcome, log outcome, next attempt (UTC datetime) or null].
     */
    private function decide(array $row, array $result): array
    {
        $attempts = (int) $row['attempts'] + 1;
        if (!empty($result['ok'])) {
            return [Outbox::STATE_DONE, 'done', 'ok', null];
        }
        if (empty($result['retryable'])) {
            return [Outbox::STATE_FAILED, 'failed', 'failed', null];
        }
        $wait = null;
        if (isset($result['retry_after_ms'])) {
            $wait = (int) ceil($result['retry_after_ms'] / 1000);
        } elseif ($this->hasError($result, 'RATE_LIMITED')) {
            $wait = $this->options->rateLimitFloorSeconds;
        }
        $delay = Backoff::delay(
            $attempts,
            $this->options->backoffBaseSeconds,
            $this->options->backoffCapSeconds,
            ($this->random)(),
            $wait
        );
        return [Outbox::STATE_PENDING, 'retry', !empty($result['unconfirmed']) ? 'unconfirmed' : 'retry',
            Time::toDb($this->clock->now() + $delay)];
    }

    /**
     * Records one result, inside the batch's transaction.
     */
    private function record(array $row, array $result, bool $verifyFirst, array $decision, int $now): string
    {
        [$state, $outcome, $logOutcome, $next] = $decision;
        $po = $row['purchase_order_id'] !== null ? (string) $row['purchase_order_id'] : null;
        $details = (string) ($result['status_details'] ?? '');
        $log = new SyncLog($this->db, $this->tables);
        $owned = $this->db->query(
            "UPDATE {$this->tables->outbox} SET state = ?, next_attempt_at = ?, lease_until = NULL,"
            . ' lease_owner = NULL, last_http_status = ?, last_error = ?, done_at = ?'
            . " WHERE entity_id = ? AND state = 'processing' AND lease_owner = ?",
            [$state, $next, (int) ($result['http_status'] ?? 0), $details === '' ? null : $details,
                $state === Outbox::STATE_DONE ? Time::toDb($now) : null, (int) $row['entity_id'], $this->owner]
        )->rowCount() === 1;
        if (!$owned) {
            // Another consumer took the row over after our lease expired; its verified send decides.
            $log->write($row, 'lease_lost', $result, $verifyFirst, $now);
            return $outcome;
        }
        $log->write($row, $logOutcome, $result, $verifyFirst, $now);
        if ($po !== null) {
            $projection = new Projection($this->db, $this->tables);
            if ($state === Outbox::STATE_DONE) {
                $projection->applied($po, $result, $now);
                if ($row['operation'] === Outbox::OP_CANCEL) {
                    $this->queueInventory($po);
                }
            } else {
                $projection->failed($po, $details, $now);
            }
            (new Outbox($this->db, $this->tables))->refreshCounts($po);
        }
        return $outcome;
    }

    /**
     * Runs a transaction again when the database chose it as a deadlock victim (consumers claiming and recording
     * side by side), as Magento's DeadlockRecoveryExecutor does; it was rolled back whole, so it can.
     *
     * @template T
     * @param callable(): T $transaction
     * @return T
     */
    private function retryOnDeadlock(callable $transaction): mixed
    {
        for ($try = 1;; $try++) {
            try {
                return $transaction();
            } catch (\Throwable $e) {
                if ($try >= 5 || !self::isDeadlock($e)) {
                    throw $e;
                }
                usleep(random_int(1000, 20000) * $try);
            }
        }
    }

    private static function isDeadlock(\Throwable $e): bool
    {
        for (; $e !== null; $e = $e->getPrevious()) {
            if (preg_match('/\b(1213|1205)\b|Deadlock found|Lock wait timeout/', $e->getMessage())) {
                return true;
            }
        }
        return false;
    }

    private function queueInventory(string $purchaseOrderId): void
    {
        $outbox = new Outbox($this->db, $this->tables);
        $skus = $this->db->fetchCol(
            "SELECT DISTINCT sku FROM {$this->tables->line} WHERE purchase_order_id = ? ORDER BY sku",
            [$purchaseOrderId]
        );
        foreach ($skus as $sku) {
            $outbox->enqueueInventory((string) $sku);
        }
    }

    private function hasError(array $result, string $code): bool
    {
        foreach ($result['errors'] ?? [] as $error) {
            if (($error['code'] ?? null) === $code) {
                return true;
            }
        }
        return false;
    }

    private function localFailure(string $sentence, string $code): array
    {
        return ['ok' => false, 'retryable' => false, 'unconfirmed' => false, 'http_status' => 0, 'attempts' => 0,
            'errors' => [['code' => $code, 'field' => '', 'description' => $sentence]], 'order' => null,
            'order_status' => 'Error', 'status_details' => $sentence, 'reconciled' => false,
            'correlation_id' => null];
    }
}
