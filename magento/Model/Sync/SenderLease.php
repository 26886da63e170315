<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * The right to send to Walmart for one seller account, held by one consumer at a time.
 *
 * Walmart meters each seller with a token bucket, and the extension paces each process by what Walmart's answers
 * told that process: consumers sending side by side each believe they have the whole bucket, and together overrun
 * it. So only the holder of this lease claims and sends; the other consumers find it taken and return at once (the
 * holder drains every due row, and looks once more after releasing, so no update is left behind).
 *
 * One row per account, renewed before every batch; it expires on the database's clock, so a consumer that died
 * holding it (SIGKILL, a lost host) stalls the others at most one lease. Every take and renewal changes the row
 * (renewals + 1), so the statement's count of changed rows says exactly whether this consumer holds it.
 */
class SenderLease
{
    public function __construct(
        private readonly AdapterInterface $db,
        private readonly Tables $tables,
        private readonly string $name = 'walmart'
    ) {
    }

    /**
     * Takes the lease, or renews it, for $owner until $now + $seconds.
     *
     * @return bool false when another consumer holds it and it has not expired
     */
    public function acquire(string $owner, int $now, int $seconds): bool
    {
        $until = Time::toDb($now + max(1, $seconds));
        $taken = $this->db->query(
            "UPDATE {$this->tables->senderLease} SET owner = ?, lease_until = ?, renewals = renewals + 1"
            . ' WHERE name = ? AND (owner = ? OR owner IS NULL OR lease_until IS NULL OR lease_until <= ?)',
            [$owner, $until, $this->name, $owner, Time::toDb($now)]
        )->rowCount() === 1;
        if ($taken) {
            return true;
        }
        // the account's first send: no row yet (a row that exists and is held changes nothing here)
        return $this->db->query(
            "INSERT INTO {$this->tables->senderLease} (name, owner, lease_until, renewals) VALUES (?, ?, ?, 1)"
            . ' ON DUPLICATE KEY UPDATE name = name',
            [$this->name, $owner, $until]
        )->rowCount() === 1;
    }

    /**
     * Gives the lease up, if $owner still holds it.
     */
    public function release(string $owner): void
    {
        $this->db->query(
            "UPDATE {$this->tables->senderLease} SET owner = NULL, lease_until = NULL WHERE name = ? AND owner = ?",
            [$this->name, $owner]
        );
    }

    /**
     * The consumer holding the lease at $now, or null.
     */
    public function holder(int $now): ?string
    {
        $row = $this->db->fetchRow(
            "SELECT owner, lease_until FROM {$this->tables->senderLease} WHERE name = ?",
            [$this->name]
        );
        if (!$row || $row['owner'] === null || (Time::fromDb($row['lease_until']) ?? 0) <= $now) {
            return null;
        }
        return (string) $row['owner'];
    }
}
