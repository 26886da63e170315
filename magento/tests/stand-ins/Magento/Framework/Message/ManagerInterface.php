<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Message/ManagerInterface.php:
 * addErrorMessage, addSuccessMessage, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Framework\Message;

interface ManagerInterface
{
    public function addErrorMessage($message, $group = null);

    public function addSuccessMessage($message, $group = null);
}
