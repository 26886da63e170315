<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Controller\Adminhtml\Orders;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use ChannelMgr\Walmart\Model\ResourceModel\WalmartOrder\CollectionFactory;
use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\Controller\ResultFactory;
use Magento\Ui\Component\MassAction\Filter;

/**
 * Mass action "Retry sync": failed updates of the selected orders go back to due.
 */
class MassRetry extends Action implements HttpPostActionInterface
{
    public const ADMIN_RESOURCE = 'ChannelMgr_Walmart::retry';

    public function __construct(
        Context $context,
        private readonly Filter $filter,
        private readonly CollectionFactory $collectionFactory,
        private readonly SyncManagementInterface $sync
    ) {
        parent::__construct($context);
    }

    public function execute()
    {
        $pos = $this->filter->getCollection($this->collectionFactory->create())->getColumnValues('purchase_order_id');
        $count = $this->sync->retry($pos);
        $this->messageManager->addSuccessMessage(
            __('%1 update(s) of %2 order(s) will be sent again.', $count, count($pos))
        );
        return $this->resultFactory->create(ResultFactory::TYPE_REDIRECT)->setPath('*/*/index');
    }
}
