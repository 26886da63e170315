<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Backend/Block/Widget/Button/Toolbar.php:
 * pushButtons, the method the module's plugin wraps (tests mock it).
 */

namespace Magento\Backend\Block\Widget\Button;

use Magento\Framework\View\Element\AbstractBlock;

class Toolbar
{
    public function pushButtons(AbstractBlock $context, ButtonList $buttonList)
    {
        throw new \LogicException('stand-in: mock Toolbar in tests');
    }
}
