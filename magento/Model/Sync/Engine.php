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
     * Only the consumer holding the seller account's sender lease sends (SenderLease): several consumers then pace
     * by one process's view of Walmart's token bucket instead of overrunning it together. A consumer that finds the
     * lease taken returns at once with nothing sent: the holder drains every due row, and after releasing the
     * lease it looks for due rows once more, so a row that became due meanwhile is never left to the sweeper.
     *
     * @return array{sent: int, done: int, retry: int, failed: int, batches: int}
     */
    public function drain(int $limit = 0): array
    {
        $report = ['sent' => 0, 'done' => 0, 'retry' => 0, 'failed' => 0, 'batches' => 0];
        $lease = new SenderLease($this->db, $this->tables, $this->options->senderName);
        $seconds = max(1, min($this->options->senderLeaseSeconds, $this->options->leaseSeconds));
        for ($round = 0; $round < 3; $round++) {
            $held = false;
            $lost = false;
            try {
                while ($limit === 0 || $report['sent'] < $limit) {
                    // taken before the first batch, renewed before every other one
                    if (!$lease->acquire($this->owner, $this->clock->now(), $seconds)) {
                        $lost = $held;
                        break;
                    }
                    $held = true;
                    $size = $limit === 0
                        ? $this->options->batchSize
                        : min($this->options->batchSize, $limit - $report['sent']);
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
            } finally {
                if ($held) {
                    $lease->release($this->owner);
                }
            }
            if (!$held || $lost || ($limit !== 0 && $report['sent'] >= $limit) || !$this->anyDue()) {
                break;
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
            $rows = [];
            $floor = $this->firstUnfinishedId();
            if ($floor !== null) {
                [$where, $bind] = $this->dueCondition($floor, $now);
                $rows = $this->db->fetchAll(
                    "SELECT o.* FROM $t o WHERE $where ORDER BY o.entity_id LIMIT " . max(1, $size)
                    . ' FOR UPDATE SKIP LOCKED',
                    $bind
                );
            }
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
     * Whether a row is due now (the oldest unfinished row of its lane).
     */
    private function anyDue(): bool
    {
        $floor = $this->firstUnfinishedId();
        if ($floor === null) {
            return false;
        }
        [$where, $bind] = $this->dueCondition($floor, $this->clock->now());
        return (bool) $this->db->fetchOne(
            "SELECT 1 FROM {$this->tables->outbox} o WHERE $where LIMIT 1",
            $bind
        );
    }

    /**
     * The id of the oldest pending or processing row, or null when every row is done or failed. Rows are never
     * deleted, so the claim's walk in id order starts here instead of at the first row ever written (two lookups
     * in the (state, entity_id) index).
     */
    private function firstUnfinishedId(): ?int
    {
        $t = $this->tables->outbox;
        $ids = array_filter([
            $this->db->fetchOne("SELECT MIN(entity_id) FROM $t WHERE state = 'pending'"),
            $this->db->fetchOne("SELECT MIN(entity_id) FROM $t WHERE state = 'processing'"),
        ], static fn ($id): bool => $id !== null && $id !== false);
        return $ids ? (int) min(array_map('intval', $ids)) : null;
    }

    /**
     * Rows that are due (pending and past their backoff, or processing under an expired lease) and the oldest
     * unfinished row of their lane: [SQL over alias o, binds].
     *
     * @return array{0: string, 1: list<mixed>}
     */
    private function dueCondition(int $floor, int $now): array
    {
        $t = $this->tables->outbox;
        return [
            'o.entity_id >= ?'
            . " AND ((o.state = 'pending' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?))"
            . "     OR (o.state = 'processing' AND o.lease_until <= ?))"
            . " AND NOT EXISTS (SELECT 1 FROM $t p WHERE p.lane = o.lane"
            . "     AND p.state IN ('pending', 'processing', 'failed') AND p.entity_id < o.entity_id)",
            [$floor, Time::toDb($now), Time::toDb($now)],
        ];
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
                $outcomes = $this->record($records, $now);
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
     * Records a batch's results, inside the batch's transaction, in a few statements whatever the batch's size
     * (one consumer sends while it records, so this is time Walmart's bucket fills unused): the rows still held,
     * their new states (one statement per distinct state), the sync log, the orders' projection, their counts.
     *
     * @param list<array{0: array, 1: array, 2: bool, 3: array}> $records [row, result, verify_first, decision]
     * @return list<string> done, retry or failed per row
     */
    private function record(array $records, int $now): array
    {
        $t = $this->tables->outbox;
        $ids = array_map(static fn (array $r): int => (int) $r[0]['entity_id'], $records);
        // Rows another consumer took over after our lease expired are not ours to record: its verified send decides.
        $owned = array_flip(array_map('intval', $this->db->fetchCol(
            "SELECT entity_id FROM $t WHERE entity_id IN (" . implode(',', $ids) . ')'
            . " AND state = 'processing' AND lease_owner = ? FOR UPDATE",
            [$this->owner]
        )));
        $groups = [];
        $log = [];
        $applied = [];
        $failed = [];
        $cancelled = [];
        $orders = [];
        $outcomes = [];
        foreach ($records as [$row, $result, $verifyFirst, $decision]) {
            [$state, $outcome, $logOutcome, $next] = $decision;
            $outcomes[] = $outcome;
            $id = (int) $row['entity_id'];
            if (!isset($owned[$id])) {
                $log[] = [$row, 'lease_lost', $result, $verifyFirst];
                continue;
            }
            $details = (string) ($result['status_details'] ?? '');
            $values = [$state, $next, (int) ($result['http_status'] ?? 0), $details === '' ? null : $details,
                $state === Outbox::STATE_DONE ? Time::toDb($now) : null];
            $groups[serialize($values)] ??= [$values, []];
            $groups[serialize($values)][1][] = $id;
            $log[] = [$row, $logOutcome, $result, $verifyFirst];
            $po = $row['purchase_order_id'] !== null ? (string) $row['purchase_order_id'] : null;
            if ($po === null) {
                continue;
            }
            $orders[$po] = true;
            if ($state === Outbox::STATE_DONE) {
                $applied[] = [$po, $result];
                if ($row['operation'] === Outbox::OP_CANCEL) {
                    $cancelled[] = $po;
                }
            } else {
                $failed[] = [$po, $details];
            }
        }
        foreach ($groups as [$values, $groupIds]) {
            $this->db->query(
                "UPDATE $t SET state = ?, next_attempt_at = ?, lease_until = NULL, lease_owner = NULL,"
                . ' last_http_status = ?, last_error = ?, done_at = ?'
                . ' WHERE entity_id IN (' . implode(',', $groupIds) . ')',
                $values
            );
        }
        (new SyncLog($this->db, $this->tables))->writeMany($log, $now);
        $projection = new Projection($this->db, $this->tables);
        $projection->appliedMany($applied, $now);
        $projection->failedMany($failed, $now);
        foreach ($cancelled as $po) {
            $this->queueInventory($po);
        }
        (new Outbox($this->db, $this->tables))->refreshCountsMany(array_keys($orders));
        return $outcomes;
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
