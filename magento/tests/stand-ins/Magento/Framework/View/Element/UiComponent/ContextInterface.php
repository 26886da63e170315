<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Element/UiComponent/ContextInterface.php:
 * the interface only; its methods are left out (no test calls them).
 */

namespace Magento\Framework\View\Element\UiComponent;

interface ContextInterface
{
}
