<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7 lib/internal/Magento/Framework/Event/Observer.php:
 * getName, getEvent.
 */

namespace Magento\Framework\Event;

class Observer extends \Magento\Framework\DataObject
{
    public function getName()
    {
        return $this->getData('name');
    }

    public function getEvent()
    {
        return $this->getData('event');
    }
}
