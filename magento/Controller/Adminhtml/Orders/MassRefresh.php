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
 * Mass action "Refresh from Walmart": reads each selected order from Walmart and shows its status.
 */
class MassRefresh extends Action implements HttpPostActionInterface
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
        $failed = 0;
        foreach ($this->sync->refresh($pos) as $po => $result) {
            if (empty($result['ok'])) {
                $failed++;
                $this->messageManager->addErrorMessage(__('%1: %2', $po, $result['status_details'] ?? ''));
            }
        }
        $this->messageManager->addSuccessMessage(__('%1 order(s) refreshed from Walmart.', count($pos) - $failed));
        return $this->resultFactory->create(ResultFactory::TYPE_REDIRECT)->setPath('*/*/index');
    }
}
