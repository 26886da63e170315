<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Data/OptionSourceInterface.php:
 * toOptionArray, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Framework\Data;

interface OptionSourceInterface
{
    public function toOptionArray();
}
