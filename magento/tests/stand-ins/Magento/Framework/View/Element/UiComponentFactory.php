<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Element/UiComponentFactory.php:
 * the class only; its constructor and methods are left out (tests mock it).
 */

namespace Magento\Framework\View\Element;

class UiComponentFactory extends \Magento\Framework\DataObject
{
}
