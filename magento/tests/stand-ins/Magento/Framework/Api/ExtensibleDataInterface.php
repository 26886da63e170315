<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Api/ExtensibleDataInterface.php:
 * its constants, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Framework\Api;

interface ExtensibleDataInterface
{
    public const EXTENSION_ATTRIBUTES_KEY = 'extension_attributes';
}
