<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/Action/Context.php:
 * the getters an action's constructor reads (its constructor is left out; tests mock it).
 */

namespace Magento\Framework\App\Action;

class Context
{
    public function getObjectManager()
    {
        throw new \LogicException('stand-in: mock the action context in tests');
    }

    public function getRequest()
    {
        throw new \LogicException('stand-in: mock the action context in tests');
    }

    public function getResponse()
    {
        throw new \LogicException('stand-in: mock the action context in tests');
    }

    public function getMessageManager()
    {
        throw new \LogicException('stand-in: mock the action context in tests');
    }

    public function getResultRedirectFactory()
    {
        throw new \LogicException('stand-in: mock the action context in tests');
    }

    public function getResultFactory()
    {
        throw new \LogicException('stand-in: mock the action context in tests');
    }
}
