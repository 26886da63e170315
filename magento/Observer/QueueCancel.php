<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Observer;

use ChannelMgr\Walmart\Model\CancelReason;
use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\Publisher;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Magento\Framework\Model\AbstractModel;
use Magento\Sales\Api\Data\OrderInterface;

/**
 * sales_order_save_after, inside the order's transaction: when a Walmart order's state becomes canceled, one outbox
 * row (key cancel:<order id>) with the reason stored in the payment (or the configured default). Without a reason
 * the save is refused: the whole cancel rolls back.
 */
class QueueCancel implements ObserverInterface
{
    /** Magento\Sales\Model\Order::STATE_CANCELED */
    private const STATE_CANCELED = 'canceled';

    public function __construct(
        private readonly SyncFactory $sync,
        private readonly CancelReason $reason,
        private readonly Publisher $publisher,
        private readonly EchoGuard $guard
    ) {
    }

    public function execute(Observer $observer)
    {
        $order = $observer->getEvent()->getData('order');
        if (!$order instanceof OrderInterface || $this->guard->isActive()) {
            return;
        }
        $before = $order instanceof AbstractModel ? $order->getOrigData('state') : null;
        if ($order->getState() !== self::STATE_CANCELED || $before === self::STATE_CANCELED) {
            return;
        }
        $link = $this->sync->links()->byMagentoOrder((int) $order->getEntityId());
        if ($link === null) {
            return;
        }
        $reason = $this->reason->require($order);
        $po = (string) $link['order']['purchase_order_id'];
        $this->sync->outbox()->enqueueCancel((int) $order->getEntityId(), $po, $reason);
        $this->publisher->defer('cancel:' . (int) $order->getEntityId(), $po);
    }
}
