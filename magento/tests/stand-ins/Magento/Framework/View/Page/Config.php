<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Page/Config.php:
 * getTitle (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Framework\View\Page;

class Config
{
    public function getTitle()
    {
        throw new \LogicException('stand-in: mock the page config in tests');
    }
}
