<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

/**
 * The reasons a merchant can choose on the Cancel Order form: Commerce-style labels, each the extension's alias of
 * one Walmart cancellation code. Walmart forbids "customer requested" unless the customer asked to cancel (its
 * order lines carry intentToCancel), so it is offered only then.
 */
class CancelReasons
{
    public const CUSTOMER_REQUESTED = 'customer_requested';

    private const LABELS = [
        self::CUSTOMER_REQUESTED => 'Customer requested the cancellation',
        'out_of_stock' => 'Out of stock',
        'pricing_error' => 'Pricing error',
        'address_not_serviceable' => 'Cannot ship to the address',
        'fraud' => 'Suspected fraud',
    ];

    /**
     * @return array<string, string> alias => untranslated label
     */
    public function all(): array
    {
        return self::LABELS;
    }

    /**
     * @return array<string, string> the reasons allowed for an order
     */
    public function allowed(bool $customerIntentToCancel): array
    {
        $reasons = self::LABELS;
        if (!$customerIntentToCancel) {
            unset($reasons[self::CUSTOMER_REQUESTED]);
        }
        return $reasons;
    }

    public function isAllowed(string $reason, bool $customerIntentToCancel): bool
    {
        return isset($this->allowed($customerIntentToCancel)[$reason]);
    }

    public function label(string $reason): string
    {
        return self::LABELS[$reason] ?? $reason;
    }
}
