<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * The engine's idea of now, in Unix seconds (UTC). Every consumer must share one clock for leases and backoff to
 * mean the same thing everywhere: in Magento that is the database's clock (DbClock), not each host's.
 */
interface ClockInterface
{
    public function now(): int;
}
