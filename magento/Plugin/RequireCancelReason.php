<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Plugin;

use ChannelMgr\Walmart\Model\CancelReason;
use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Sales\Api\OrderManagementInterface;
use Magento\Sales\Api\OrderRepositoryInterface;

/**
 * Around every cancel (the admin button, the grid's mass cancel, REST POST /V1/order/:id/cancel, other code):
 * a Walmart order gets its reason before anything is done — the stored one, else the configured default — or the
 * cancel is refused before Magento touches the order, so nothing is half-done.
 *
 * The order is read through the repository, which hands OrderService::cancel() the same instance, so a default
 * reason stored here is saved with the cancel.
 */
class RequireCancelReason
{
    public function __construct(
        private readonly OrderRepositoryInterface $orders,
        private readonly SyncFactory $sync,
        private readonly CancelReason $reason,
        private readonly EchoGuard $guard
    ) {
    }

    /**
     * @param int $id
     * @return null
     */
    public function beforeCancel(OrderManagementInterface $subject, $id)
    {
        if ($this->guard->isActive() || $this->sync->links()->byMagentoOrder((int) $id) === null) {
            return null;
        }
        $this->reason->require($this->orders->get($id));
        return null;
    }
}
