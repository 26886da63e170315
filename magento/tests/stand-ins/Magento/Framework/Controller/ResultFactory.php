<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Controller/ResultFactory.php:
 * the TYPE_* constants and create (its constructor is left out; tests mock it).
 */

namespace Magento\Framework\Controller;

class ResultFactory
{
    public const TYPE_JSON = 'json';
    public const TYPE_RAW = 'raw';
    public const TYPE_REDIRECT = 'redirect';
    public const TYPE_FORWARD = 'forward';
    public const TYPE_LAYOUT = 'layout';
    public const TYPE_PAGE = 'page';

    public function create($type, array $arguments = [])
    {
        throw new \LogicException('stand-in: mock ResultFactory in tests');
    }
}
