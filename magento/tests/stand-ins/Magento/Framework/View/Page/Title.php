<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Page/Title.php:
 * prepend (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Framework\View\Page;

class Title
{
    public function prepend($prefix)
    {
        throw new \LogicException('stand-in: mock the page title in tests');
    }
}
