<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/View/Element/Template.php:
 * __construct; templates and rendering are left out.
 */

namespace Magento\Framework\View\Element;

class Template extends AbstractBlock
{
    public function __construct(Template\Context $context, array $data = [])
    {
        parent::__construct($context, $data);
    }
}
