<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Backend/App/Action/Context.php:
 * the backend action context (its constructor and backend getters are left out; tests mock it).
 */

namespace Magento\Backend\App\Action;

class Context extends \Magento\Framework\App\Action\Context
{
}
