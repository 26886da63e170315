<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Module/Manager.php:
 * isEnabled (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Framework\Module;

class Manager
{
    public function isEnabled($moduleName)
    {
        throw new \LogicException('stand-in: mock the module manager in tests');
    }
}
