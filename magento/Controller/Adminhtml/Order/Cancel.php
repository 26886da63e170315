<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Controller\Adminhtml\Order;

use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\Controller\ResultFactory;

/**
 * The Cancel Order form of a Walmart order: a required reason, then Cancel Order.
 */
class Cancel extends Action implements HttpGetActionInterface
{
    public const ADMIN_RESOURCE = 'ChannelMgr_Walmart::cancel';

    public function __construct(Context $context, private readonly SyncFactory $sync)
    {
        parent::__construct($context);
    }

    public function execute()
    {
        $orderId = (int) $this->getRequest()->getParam('order_id');
        if ($this->sync->links()->byMagentoOrder($orderId) === null) {
            $this->messageManager->addErrorMessage(__('This order is not a Walmart order.'));
            return $this->resultFactory->create(ResultFactory::TYPE_REDIRECT)
                ->setPath('sales/order/view', ['order_id' => $orderId]);
        }
        $page = $this->resultFactory->create(ResultFactory::TYPE_PAGE);
        $page->setActiveMenu('Magento_Sales::sales_order');
        $page->getConfig()->getTitle()->prepend(__('Cancel Order'));
        return $page;
    }
}
