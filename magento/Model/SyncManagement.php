<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use ChannelMgr\Walmart\Api\SyncManagementInterface;

class SyncManagement implements SyncManagementInterface
{
    public function __construct(private readonly SyncFactory $sync)
    {
    }

    public function drain(int $limit = 0): array
    {
        return $this->sync->engine()->drain($limit);
    }

    public function retry(array $purchaseOrderIds): int
    {
        return $this->sync->outbox()->retry($purchaseOrderIds);
    }

    public function refresh(array $purchaseOrderIds): array
    {
        return $this->sync->engine()->refresh($purchaseOrderIds);
    }

    public function status(): array
    {
        return $this->sync->status()->report();
    }
}
