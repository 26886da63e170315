<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use ChannelMgr\Walmart\Api\OrderLinkInterface;
use Magento\Framework\Exception\LocalizedException;
use Magento\Sales\Api\OrderRepositoryInterface;

class OrderLink implements OrderLinkInterface
{
    public function __construct(
        private readonly OrderRepositoryInterface $orders,
        private readonly SyncFactory $sync
    ) {
    }

    public function link(int $magentoOrderId, string $purchaseOrderId, array $lineMap): void
    {
        $order = $this->orders->get($magentoOrderId);
        try {
            $this->sync->links()->link($magentoOrderId, (string) $order->getIncrementId(), $purchaseOrderId, $lineMap);
        } catch (\InvalidArgumentException $e) {
            throw new LocalizedException(__('Cannot link the order to Walmart: %1', $e->getMessage()), $e);
        }
    }
}
