<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Element/AbstractBlock.php:
 * __construct (takes the request and URL builder from the context, as Magento's does), getRequest, getUrl,
 * getNameInLayout; layout, rendering and caching are left out.
 */

namespace Magento\Framework\View\Element;

abstract class AbstractBlock extends \Magento\Framework\DataObject
{
    protected $_request;
    protected $_urlBuilder;
    protected $_nameInLayout;

    public function __construct(\Magento\Framework\View\Element\Context $context, array $data = [])
    {
        $this->_request = $context->getRequest();
        $this->_urlBuilder = $context->getUrlBuilder();
        parent::__construct($data);
    }

    public function getRequest()
    {
        return $this->_request;
    }

    public function getUrl($route = '', $params = [])
    {
        return $this->_urlBuilder->getUrl($route, $params);
    }

    public function getNameInLayout()
    {
        return $this->_nameInLayout;
    }
}
