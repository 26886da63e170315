<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/Action/AbstractAction.php:
 * __construct (takes the request, response and result factories from the context, as Magento's does), getRequest,
 * getResponse; dispatch and the rest are left out.
 */

namespace Magento\Framework\App\Action;

abstract class AbstractAction implements \Magento\Framework\App\ActionInterface
{
    protected $_request;
    protected $_response;
    protected $resultRedirectFactory;
    protected $resultFactory;

    public function __construct(Context $context)
    {
        $this->_request = $context->getRequest();
        $this->_response = $context->getResponse();
        $this->resultRedirectFactory = $context->getResultRedirectFactory();
        $this->resultFactory = $context->getResultFactory();
    }

    public function getRequest()
    {
        return $this->_request;
    }

    public function getResponse()
    {
        return $this->_response;
    }
}
