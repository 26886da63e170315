<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/Action/HttpHeadActionInterface.php:
 * the marker interface of actions that answer HEAD.
 */

namespace Magento\Framework\App\Action;

interface HttpHeadActionInterface extends \Magento\Framework\App\ActionInterface
{
}
