<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit;

use Magento\Framework\Model\AbstractModel;
use Magento\Sales\Api\Data\OrderInterface;

/**
 * Test double of Magento\Sales\Model\Order as far as the module reads it: data in, data out.
 */
final class OrderDouble extends AbstractModel implements OrderInterface
{
    public function getEntityId()
    {
        return $this->getData('entity_id');
    }

    public function getIncrementId()
    {
        return $this->getData('increment_id');
    }

    public function getState()
    {
        return $this->getData('state');
    }

    public function getItems()
    {
        return $this->getData('items');
    }

    public function getPayment()
    {
        return $this->getData('payment');
    }
}
