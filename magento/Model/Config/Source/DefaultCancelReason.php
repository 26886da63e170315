<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Config\Source;

use ChannelMgr\Walmart\Model\CancelReasons;
use Magento\Framework\Data\OptionSourceInterface;

/**
 * Reasons for cancels that come without one; "customer requested" is not among them, since Walmart allows it only
 * for orders the customer asked to cancel.
 */
class DefaultCancelReason implements OptionSourceInterface
{
    public function __construct(private readonly CancelReasons $reasons)
    {
    }

    public function toOptionArray()
    {
        $options = [['value' => '', 'label' => __('None: refuse cancels without a reason')]];
        foreach ($this->reasons->allowed(false) as $value => $label) {
            $options[] = ['value' => $value, 'label' => __($label)];
        }
        return $options;
    }
}
