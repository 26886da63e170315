<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Controller\Adminhtml\Orders;

use Magento\Backend\App\Action;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\Controller\ResultFactory;

/**
 * Marketing > Channel Manager > Walmart Orders.
 */
class Index extends Action implements HttpGetActionInterface
{
    public const ADMIN_RESOURCE = 'ChannelMgr_Walmart::orders';

    public function execute()
    {
        $page = $this->resultFactory->create(ResultFactory::TYPE_PAGE);
        $page->setActiveMenu('ChannelMgr_Walmart::orders');
        $page->getConfig()->getTitle()->prepend(__('Walmart Orders'));
        return $page;
    }
}
