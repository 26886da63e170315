<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/UrlInterface.php:
 * getUrl, with its exact signature; the interface's other methods are left out.
 */

namespace Magento\Framework;

interface UrlInterface
{
    public function getUrl($routePath = null, $routeParams = null);
}
