<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/Action/HttpPostActionInterface.php:
 * the marker interface of actions that answer POST.
 */

namespace Magento\Framework\App\Action;

interface HttpPostActionInterface extends \Magento\Framework\App\ActionInterface
{
}
