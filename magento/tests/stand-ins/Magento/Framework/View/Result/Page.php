<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Result/Page.php:
 * getConfig (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Framework\View\Result;

class Page
{
    public function getConfig()
    {
        throw new \LogicException('stand-in: mock Page in tests');
    }
}
