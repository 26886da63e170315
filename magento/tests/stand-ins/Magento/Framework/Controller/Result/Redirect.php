<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Controller/Result/Redirect.php:
 * setPath (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Framework\Controller\Result;

class Redirect
{
    public function setPath($path, array $params = [])
    {
        throw new \LogicException('stand-in: mock Redirect in tests');
    }
}
