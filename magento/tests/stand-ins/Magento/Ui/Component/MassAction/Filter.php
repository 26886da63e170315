<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Ui/Component/MassAction/Filter.php:
 * getCollection (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Ui\Component\MassAction;

use Magento\Framework\Data\Collection\AbstractDb;

class Filter
{
    public function getCollection(AbstractDb $collection)
    {
        throw new \LogicException('stand-in: mock Filter in tests');
    }
}
