<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/Action/Action.php:
 * __construct (takes the object and message managers from the context, as Magento's does); dispatch and the rest
 * are left out.
 */

namespace Magento\Framework\App\Action;

abstract class Action extends AbstractAction
{
    protected $_objectManager;
    protected $messageManager;

    public function __construct(Context $context)
    {
        parent::__construct($context);
        $this->_objectManager = $context->getObjectManager();
        $this->messageManager = $context->getMessageManager();
    }
}
