<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use Magento\Framework\Exception\LocalizedException;
use Magento\Sales\Api\Data\OrderInterface;

/**
 * The cancellation reason of a Walmart order, kept in its payment's additional information; cancels without one
 * take the configured default or are refused with a message that names the order and says where to cancel it.
 */
class CancelReason
{
    public const PAYMENT_KEY = 'channelmgr_walmart_cancel_reason';

    public function __construct(private readonly Config $config)
    {
    }

    public function stored(OrderInterface $order): ?string
    {
        $payment = $order->getPayment();
        $reason = $payment ? ($payment->getAdditionalInformation()[self::PAYMENT_KEY] ?? null) : null;
        return is_string($reason) && $reason !== '' ? $reason : null;
    }

    public function store(OrderInterface $order, string $reason): void
    {
        $payment = $order->getPayment();
        if ($payment === null) {
            throw new LocalizedException(
                __('Order #%1 has no payment to keep the reason in.', $order->getIncrementId())
            );
        }
        $info = (array) $payment->getAdditionalInformation();
        $info[self::PAYMENT_KEY] = $reason;
        $payment->setAdditionalInformation($info);
    }

    /**
     * The stored reason, else the default (stored now), else a refusal.
     *
     * @throws LocalizedException
     */
    public function require(OrderInterface $order): string
    {
        $reason = $this->stored($order);
        if ($reason !== null) {
            return $reason;
        }
        $default = $this->config->defaultCancelReason();
        if ($default === null) {
            throw new LocalizedException(__(
                'Order #%1 is a Walmart order: Walmart needs a reason for its cancellation. Cancel it with '
                . '"Cancel" on the order\'s page in the admin (Sales > Orders), which asks for one.',
                $order->getIncrementId()
            ));
        }
        $this->store($order, $default);
        return $default;
    }
}
