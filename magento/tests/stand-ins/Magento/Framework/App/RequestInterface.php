<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/RequestInterface.php:
 * getParam, getParams, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Framework\App;

interface RequestInterface
{
    public function getParam($key, $defaultValue = null);

    public function getParams();
}
