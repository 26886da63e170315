<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7 lib/internal/Magento/Framework/Event.php: an event's data.
 */

namespace Magento\Framework;

class Event extends \Magento\Framework\DataObject
{
    public function __construct(array $data = [])
    {
        parent::__construct($data);
    }

    public function getName()
    {
        return $this->getData('name');
    }
}
