<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/ActionInterface.php:
 * execute, with its exact signature; the interface's constants are left out.
 */

namespace Magento\Framework\App;

interface ActionInterface
{
    public function execute();
}
