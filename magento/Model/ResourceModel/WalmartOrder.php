<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\ResourceModel;

use Magento\Framework\Model\ResourceModel\Db\AbstractDb;

class WalmartOrder extends AbstractDb
{
    protected function _construct()
    {
        $this->_init('channelmgr_walmart_order', 'entity_id');
    }
}
