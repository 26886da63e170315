<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Backend/Block/Widget/Button/ButtonList.php:
 * getItems, update (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Backend\Block\Widget\Button;

class ButtonList
{
    public function update($buttonId, $key, $data)
    {
        throw new \LogicException('stand-in: mock ButtonList in tests');
    }

    public function getItems()
    {
        throw new \LogicException('stand-in: mock ButtonList in tests');
    }
}
