<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Event/ObserverInterface.php:
 * execute, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Framework\Event;

interface ObserverInterface
{
    public function execute(\Magento\Framework\Event\Observer $observer);
}
