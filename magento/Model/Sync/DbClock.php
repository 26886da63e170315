<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * The database server's clock, shared by every consumer host.
 */
final class DbClock implements ClockInterface
{
    public function __construct(private readonly AdapterInterface $db)
    {
    }

    public function now(): int
    {
        return (int) $this->db->fetchOne('SELECT UNIX_TIMESTAMP()');
    }
}
