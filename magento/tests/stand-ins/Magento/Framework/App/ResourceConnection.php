<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7 lib/internal/Magento/Framework/App/ResourceConnection.php:
 * getConnection, getTableName (its constructor and other methods are left out; tests mock it).
 */

namespace Magento\Framework\App;

class ResourceConnection
{
    public const DEFAULT_CONNECTION = 'default';

    public function getConnection($resourceName = self::DEFAULT_CONNECTION)
    {
        throw new \LogicException('stand-in: mock ResourceConnection in tests');
    }

    public function getTableName($modelEntity, $connectionName = self::DEFAULT_CONNECTION)
    {
        throw new \LogicException('stand-in: mock ResourceConnection in tests');
    }
}
