<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Data/Collection.php:
 * getColumnValues (its constructor, interfaces and other methods are left out; tests mock it).
 */

namespace Magento\Framework\Data;

class Collection
{
    public function getColumnValues($colName)
    {
        throw new \LogicException('stand-in: mock the collection in tests');
    }
}
