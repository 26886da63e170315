<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Observer;

use ChannelMgr\Walmart\Model\CancelReason;
use ChannelMgr\Walmart\Model\CancelReasons;
use Magento\Framework\DataObject;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Magento\Sales\Api\Data\OrderPaymentInterface;

/**
 * payment_info_block_prepare_specific_information: the Walmart cancellation reason in the order's payment
 * information block.
 */
class ShowCancelReason implements ObserverInterface
{
    public function __construct(private readonly CancelReasons $reasons)
    {
    }

    public function execute(Observer $observer)
    {
        $event = $observer->getEvent();
        $payment = $event->getData('payment');
        $transport = $event->getData('transport');
        if (!$payment instanceof OrderPaymentInterface || !$transport instanceof DataObject) {
            return;
        }
        $reason = $payment->getAdditionalInformation()[CancelReason::PAYMENT_KEY] ?? null;
        if (is_string($reason) && $reason !== '') {
            $transport->setData(
                (string) __('Walmart Cancellation Reason'),
                (string) __($this->reasons->label($reason))
            );
        }
    }
}
