<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use Magento\Framework\Model\AbstractModel;

/**
 * A row of channelmgr_walmart_order, for the admin grid and its mass actions (read-only there: the sync engine
 * writes the table).
 */
class WalmartOrder extends AbstractModel
{
    protected function _construct()
    {
        $this->_init(ResourceModel\WalmartOrder::class);
    }
}
