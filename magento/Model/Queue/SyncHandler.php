<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Queue;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use Psr\Log\LoggerInterface;

/**
 * The channelmgrWalmartSync consumer's handler. A message only wakes the consumer: the outbox holds the state, so
 * the handler drains every due row (the one published and any other), and never throws — Magento's consumer
 * would reject the message without requeue, and the row is still in the outbox for the next wake-up or the
 * sweeper anyway.
 */
class SyncHandler
{
    public function __construct(
        private readonly SyncManagementInterface $sync,
        private readonly LoggerInterface $logger
    ) {
    }

    /**
     * @param string $outboxId the row that was written
     * @return void
     */
    public function process(string $outboxId): void
    {
        try {
            $this->sync->drain();
        } catch (\Throwable $e) {
            $this->logger->error('Channel Manager Walmart sync: ' . $e->getMessage(), ['outbox_id' => $outboxId]);
        }
    }
}
