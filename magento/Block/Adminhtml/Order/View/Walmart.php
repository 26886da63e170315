<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Block\Adminhtml\Order\View;

use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Backend\Block\Template;
use Magento\Backend\Block\Template\Context;

/**
 * The Walmart section of a Walmart order's page: PO, status, details, and the sync timeline.
 */
class Walmart extends Template
{
    public function __construct(
        Context $context,
        private readonly SyncFactory $sync,
        array $data = []
    ) {
        parent::__construct($context, $data);
    }

    public function getWalmartOrder(): ?array
    {
        $link = $this->sync->links()->byMagentoOrder((int) $this->getRequest()->getParam('order_id'));
        return $link['order'] ?? null;
    }

    /**
     * @return list<array<string, mixed>> newest first
     */
    public function getTimeline(string $purchaseOrderId): array
    {
        return $this->sync->log()->forOrder($purchaseOrderId);
    }
}
