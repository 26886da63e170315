<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Element/Template/Context.php:
 * the template block context (its constructor and other getters are left out; tests mock it).
 */

namespace Magento\Framework\View\Element\Template;

class Context extends \Magento\Framework\View\Element\Context
{
}
