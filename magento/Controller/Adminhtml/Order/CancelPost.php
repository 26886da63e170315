<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Controller\Adminhtml\Order;

use ChannelMgr\Walmart\Model\CancelReason;
use ChannelMgr\Walmart\Model\CancelReasons;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\Controller\ResultFactory;
use Magento\Framework\Exception\LocalizedException;
use Magento\Sales\Api\OrderManagementInterface;
use Magento\Sales\Api\OrderRepositoryInterface;

/**
 * Submits the Cancel Order form: the reason goes into the payment's additional information, then the whole order
 * is cancelled through OrderManagementInterface::cancel(), whose save writes the cancel's outbox row in the same
 * transaction (Observer\QueueCancel).
 */
class CancelPost extends Action implements HttpPostActionInterface
{
    public const ADMIN_RESOURCE = 'ChannelMgr_Walmart::cancel';

    public function __construct(
        Context $context,
        private readonly OrderRepositoryInterface $orders,
        private readonly OrderManagementInterface $orderManagement,
        private readonly SyncFactory $sync,
        private readonly CancelReasons $reasons,
        private readonly CancelReason $reason
    ) {
        parent::__construct($context);
    }

    public function execute()
    {
        $orderId = (int) $this->getRequest()->getParam('order_id');
        $reason = (string) $this->getRequest()->getParam('reason');
        $redirect = $this->resultFactory->create(ResultFactory::TYPE_REDIRECT);
        try {
            $link = $this->sync->links()->byMagentoOrder($orderId);
            if ($link === null) {
                throw new LocalizedException(__('This order is not a Walmart order.'));
            }
            if (!$this->reasons->isAllowed($reason, $link['order']['intent_to_cancel'])) {
                throw new LocalizedException($reason === CancelReasons::CUSTOMER_REQUESTED
                    ? __('Walmart allows "customer requested" only when the customer asked to cancel the order.')
                    : __('Choose a reason for the cancellation.'));
            }
            $this->reason->store($this->orders->get($orderId), $reason);
            if (!$this->orderManagement->cancel($orderId)) {
                throw new LocalizedException(__('This order cannot be canceled.'));
            }
            $this->messageManager->addSuccessMessage(
                __('You canceled the order. Walmart is told the reason: %1.', __($this->reasons->label($reason)))
            );
            return $redirect->setPath('sales/order/view', ['order_id' => $orderId]);
        } catch (LocalizedException $e) {
            $this->messageManager->addErrorMessage($e->getMessage());
            return $redirect->setPath('channelmgr_walmart/order/cancel', ['order_id' => $orderId]);
        }
    }
}
