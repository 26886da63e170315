<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * The module's table names, with the installation's table prefix applied.
 */
final class Tables
{
    public readonly string $order;
    public readonly string $line;
    public readonly string $outbox;
    public readonly string $log;
    public readonly string $senderLease;

    /**
     * @param callable(string): string|null $resolve Magento's ResourceConnection::getTableName, or none for no prefix
     */
    public function __construct(?callable $resolve = null)
    {
        $resolve ??= static fn (string $name): string => $name;
        $this->order = $resolve('channelmgr_walmart_order');
        $this->line = $resolve('channelmgr_walmart_order_line');
        $this->outbox = $resolve('channelmgr_walmart_outbox');
        $this->log = $resolve('channelmgr_walmart_sync_log');
        $this->senderLease = $resolve('channelmgr_walmart_sender_lease');
    }
}
