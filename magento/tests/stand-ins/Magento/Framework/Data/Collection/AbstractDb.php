<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Data/Collection/AbstractDb.php:
 * the base class of database collections (its constructor and methods are left out; tests mock it).
 */

namespace Magento\Framework\Data\Collection;

abstract class AbstractDb extends \Magento\Framework\Data\Collection
{
}
