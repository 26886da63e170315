<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\ResourceModel\WalmartOrder;

use ChannelMgr\Walmart\Model\ResourceModel\WalmartOrder as Resource;
use ChannelMgr\Walmart\Model\WalmartOrder;
use Magento\Framework\Model\ResourceModel\Db\Collection\AbstractCollection;

class Collection extends AbstractCollection
{
    protected function _construct()
    {
        $this->_init(WalmartOrder::class, Resource::class);
    }
}
