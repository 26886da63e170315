<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Plugin;

use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Backend\Block\Widget\Button\ButtonList;
use Magento\Backend\Block\Widget\Button\Toolbar;
use Magento\Framework\UrlInterface;
use Magento\Framework\View\Element\AbstractBlock;

/**
 * On a Walmart order's page, the Cancel button opens the Cancel Order form (which asks for Walmart's reason)
 * instead of Magento's plain confirm.
 */
class CancelButton
{
    public function __construct(
        private readonly SyncFactory $sync,
        private readonly UrlInterface $url
    ) {
    }

    /**
     * @return null
     */
    public function beforePushButtons(Toolbar $subject, AbstractBlock $context, ButtonList $buttonList)
    {
        if ($context->getNameInLayout() !== 'sales_order_edit') {
            return null;
        }
        $orderId = (int) $context->getRequest()->getParam('order_id');
        if (!$orderId || $this->sync->links()->byMagentoOrder($orderId) === null) {
            return null;
        }
        $items = $buttonList->getItems();
        $exists = false;
        foreach ($items as $region) {
            $exists = $exists || isset($region['order_cancel']);
        }
        if ($exists) {
            $url = $this->url->getUrl('channelmgr_walmart/order/cancel', ['order_id' => $orderId]);
            $buttonList->update('order_cancel', 'onclick', 'setLocation(' . json_encode($url) . ')');
            // Magento's post-wrapper.js binds #order-view-cancel-button to a confirm that POSTs its data-url
            // (sales/order/cancel, without a reason): the button must lose both
            $buttonList->update('order_cancel', 'id', 'channelmgr-walmart-cancel-button');
            $buttonList->update('order_cancel', 'data_attribute', []);
        }
        return null;
    }
}
