<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\TestLib;

/**
 * The private MariaDB that tests/run starts (CHANNELMGR_TEST_DB_SOCKET): one database per PHPUnit process,
 * its tables created anew from etc/db_schema.xml for every test.
 */
final class TestDatabase
{
    public static function socket(): string
    {
        $socket = getenv('CHANNELMGR_TEST_DB_SOCKET');
        if (!$socket || !file_exists($socket)) {
            throw new \RuntimeException('CHANNELMGR_TEST_DB_SOCKET names no MariaDB socket: run magento/tests/run');
        }
        return $socket;
    }

    public static function name(): string
    {
        return 'cm_test_' . getmypid();
    }

    public static function fresh(): PdoAdapter
    {
        $socket = self::socket();
        $name = self::name();
        $root = new \PDO("mysql:unix_socket=$socket", 'root', '');
        $root->setAttribute(\PDO::ATTR_ERRMODE, \PDO::ERRMODE_EXCEPTION);
        $root->exec("DROP DATABASE IF EXISTS `$name`");
        $root->exec("CREATE DATABASE `$name` CHARACTER SET utf8mb4");
        $db = PdoAdapter::connect($socket, $name);
        foreach (Schema::createStatements(dirname(__DIR__, 2) . '/etc/db_schema.xml') as $sql) {
            $db->pdo->exec($sql);
        }
        return $db;
    }

    public static function drop(): void
    {
        $root = new \PDO('mysql:unix_socket=' . self::socket(), 'root', '');
        $root->exec('DROP DATABASE IF EXISTS `' . self::name() . '`');
    }
}
