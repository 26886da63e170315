<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Api;

/**
 * Registers an existing Magento order as a Walmart order (the importer of Walmart orders comes later; tests and the
 * demo use this).
 *
 * @api
 */
interface OrderLinkInterface
{
    /**
     * @param int $magentoOrderId sales_order.entity_id
     * @param string $purchaseOrderId Walmart's purchase order id
     * @param array $lineMap Walmart lineNumber => ['order_item_id' => int, 'sku' => string, 'qty' => int]; one Magento
     *                       item may have many Walmart lines (Walmart often sends one line per unit)
     * @return void
     * @throws \Magento\Framework\Exception\LocalizedException
     */
    public function link(int $magentoOrderId, string $purchaseOrderId, array $lineMap): void;
}
