<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Backend/Model/View/Result/Page.php:
 * setActiveMenu (the other methods are left out; tests mock it).
 */

namespace Magento\Backend\Model\View\Result;

class Page extends \Magento\Framework\View\Result\Page
{
    public function setActiveMenu($itemId)
    {
        throw new \LogicException('stand-in: mock Page in tests');
    }
}
