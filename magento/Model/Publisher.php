<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use Magento\Framework\MessageQueue\PublisherInterface;

/**
 * Wakes the consumer once the transaction that wrote outbox rows has committed: rows are remembered by dedup key
 * while their transaction runs and published by id after the commit (Observer\PublishAfterCommit). A message that
 * is lost (a crash between commit and publish, a broker down) only delays the update until the cron sweeper.
 * Rows of a transaction that rolled back are simply not found.
 */
class Publisher
{
    public const TOPIC = 'channelmgr.walmart.sync';

    /** @var array<string, string> dedup key => purchase order id */
    private array $pending = [];

    public function __construct(
        private readonly PublisherInterface $publisher,
        private readonly SyncFactory $sync
    ) {
    }

    public function defer(string $dedupKey, string $purchaseOrderId): void
    {
        $this->pending[$dedupKey] = $purchaseOrderId;
    }

    public function flush(): void
    {
        if (!$this->pending) {
            return;
        }
        $pending = $this->pending;
        $this->pending = [];
        $outbox = $this->sync->outbox();
        foreach (array_unique($pending) as $po) {
            $outbox->refreshCounts($po);
        }
        foreach ($outbox->idsByKey(array_keys($pending)) as $id) {
            $this->publisher->publish(self::TOPIC, (string) $id);
        }
    }
}
