<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/OrderPaymentInterface.php:
 * getAdditionalInformation, setAdditionalInformation, with their exact signatures; the interface's other methods
 * are left out.
 */

namespace Magento\Sales\Api\Data;

interface OrderPaymentInterface extends \Magento\Framework\Api\ExtensibleDataInterface
{
    public function getAdditionalInformation();

    public function setAdditionalInformation($additionalInformation);
}
