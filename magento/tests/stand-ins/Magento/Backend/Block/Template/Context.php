<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Backend/Block/Template/Context.php:
 * the backend template block context (its constructor and other getters are left out; tests mock it).
 */

namespace Magento\Backend\Block\Template;

class Context extends \Magento\Framework\View\Element\Template\Context
{
}
