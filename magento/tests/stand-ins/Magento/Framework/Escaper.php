<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Escaper.php:
 * escapeHtml, escapeUrl (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Framework;

class Escaper
{
    public function escapeHtml($data, $allowedTags = null)
    {
        throw new \LogicException('stand-in: mock Escaper in tests');
    }

    public function escapeUrl($string)
    {
        throw new \LogicException('stand-in: mock Escaper in tests');
    }
}
