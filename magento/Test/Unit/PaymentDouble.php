<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit;

use Magento\Sales\Api\Data\OrderPaymentInterface;

/**
 * Test double of Magento\Sales\Model\Order\Payment's additional information.
 */
final class PaymentDouble implements OrderPaymentInterface
{
    public function __construct(public array $info = [])
    {
    }

    public function getAdditionalInformation()
    {
        return $this->info;
    }

    public function setAdditionalInformation($additionalInformation)
    {
        $this->info = $additionalInformation;
        return $this;
    }
}
