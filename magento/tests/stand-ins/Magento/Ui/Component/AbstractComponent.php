<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Ui/Component/AbstractComponent.php:
 * __construct (keeps the context, components and data, as Magento's does), prepareDataSource; the rest is left
 * out.
 */

namespace Magento\Ui\Component;

use Magento\Framework\View\Element\UiComponent\ContextInterface;

abstract class AbstractComponent extends \Magento\Framework\DataObject
{
    protected $context;
    protected $components;

    public function __construct(ContextInterface $context, array $components = [], array $data = [])
    {
        $this->context = $context;
        $this->components = $components;
        parent::__construct($data);
    }

    public function prepareDataSource(array $dataSource)
    {
        return $dataSource;
    }
}
