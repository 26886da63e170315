<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Backend/App/Action.php:
 * the base class of admin controllers.
 */

namespace Magento\Backend\App;

abstract class Action extends AbstractAction
{
}
