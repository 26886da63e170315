<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Cron;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use ChannelMgr\Walmart\Model\Config;
use Psr\Log\LoggerInterface;

/**
 * Every minute: drains due rows, so a lost queue message (or no consumer running) only delays an update, and rows
 * waiting for a retry or left by a crashed consumer are sent when due.
 */
class Sweep
{
    public function __construct(
        private readonly SyncManagementInterface $sync,
        private readonly Config $config,
        private readonly LoggerInterface $logger,
        private readonly int $limit = 1000
    ) {
    }

    public function execute(): void
    {
        if (!$this->config->isEnabled()) {
            return;
        }
        $report = $this->sync->drain($this->limit);
        if ($report['sent'] > 0) {
            $this->logger->info('Channel Manager Walmart sweep', $report);
        }
    }
}
