<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Element/Context.php:
 * getRequest, getUrlBuilder (its constructor and other getters are left out; tests mock it).
 */

namespace Magento\Framework\View\Element;

class Context
{
    public function getRequest()
    {
        throw new \LogicException('stand-in: mock the block context in tests');
    }

    public function getUrlBuilder()
    {
        throw new \LogicException('stand-in: mock the block context in tests');
    }
}
