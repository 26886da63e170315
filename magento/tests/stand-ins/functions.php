<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7 app/functions.php: __().
 */

if (!function_exists('__')) {
    /**
     * @return \Magento\Framework\Phrase
     */
    function __(...$argc)
    {
        $text = array_shift($argc);
        if (!empty($argc) && is_array($argc[0])) {
            $argc = $argc[0];
        }
        return new \Magento\Framework\Phrase($text, $argc);
    }
}
