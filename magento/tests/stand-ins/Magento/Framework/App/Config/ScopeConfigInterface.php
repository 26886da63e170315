<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/Config/ScopeConfigInterface.php:
 * getValue, isSetFlag, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Framework\App\Config;

interface ScopeConfigInterface
{
    public const SCOPE_TYPE_DEFAULT = 'default';

    public function getValue($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);

    public function isSetFlag($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);
}
