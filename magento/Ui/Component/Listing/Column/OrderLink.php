<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Ui\Component\Listing\Column;

use Magento\Framework\Escaper;
use Magento\Framework\UrlInterface;
use Magento\Framework\View\Element\UiComponent\ContextInterface;
use Magento\Framework\View\Element\UiComponentFactory;
use Magento\Ui\Component\Listing\Columns\Column;

/**
 * The Commerce order number, linking to the order's page.
 */
class OrderLink extends Column
{
    public function __construct(
        ContextInterface $context,
        UiComponentFactory $uiComponentFactory,
        private readonly UrlInterface $url,
        private readonly Escaper $escaper,
        array $components = [],
        array $data = []
    ) {
        parent::__construct($context, $uiComponentFactory, $components, $data);
    }

    public function prepareDataSource(array $dataSource)
    {
        foreach ($dataSource['data']['items'] ?? [] as $i => $item) {
            $href = $this->url->getUrl('sales/order/view', ['order_id' => $item['order_id']]);
            $dataSource['data']['items'][$i]['increment_id'] = sprintf(
                '<a href="%s">%s</a>',
                $this->escaper->escapeUrl($href),
                $this->escaper->escapeHtml($item['increment_id'])
            );
        }
        return $dataSource;
    }
}
