<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/ObjectManagerInterface.php:
 * create, get, configure, with their exact signatures.
 */

namespace Magento\Framework;

interface ObjectManagerInterface
{
    public function create($type, array $arguments = []);

    public function get($type);

    public function configure(array $configuration);
}
