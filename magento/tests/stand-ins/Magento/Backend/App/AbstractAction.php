<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Backend/App/AbstractAction.php:
 * ADMIN_RESOURCE and __construct; the ACL check, URL keys and the rest are left out.
 */

namespace Magento\Backend\App;

abstract class AbstractAction extends \Magento\Framework\App\Action\Action
{
    public const ADMIN_RESOURCE = 'Magento_Backend::admin';

    public function __construct(Action\Context $context)
    {
        parent::__construct($context);
    }
}
