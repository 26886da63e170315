<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Block\Adminhtml\Order;

use ChannelMgr\Walmart\Model\CancelReasons;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Backend\Block\Template;
use Magento\Backend\Block\Template\Context;

/**
 * The Cancel Order form: the reasons Walmart allows for this order.
 */
class CancelForm extends Template
{
    public function __construct(
        Context $context,
        private readonly SyncFactory $sync,
        private readonly CancelReasons $reasons,
        array $data = []
    ) {
        parent::__construct($context, $data);
    }

    public function getOrderId(): int
    {
        return (int) $this->getRequest()->getParam('order_id');
    }

    /**
     * @return array<string, string> reason => label
     */
    public function getReasons(): array
    {
        $link = $this->sync->links()->byMagentoOrder($this->getOrderId());
        return $this->reasons->allowed((bool) ($link['order']['intent_to_cancel'] ?? false));
    }

    public function getSubmitUrl(): string
    {
        return $this->getUrl('channelmgr_walmart/order/cancelPost', ['order_id' => $this->getOrderId()]);
    }

    public function getBackUrl(): string
    {
        return $this->getUrl('sales/order/view', ['order_id' => $this->getOrderId()]);
    }
}
