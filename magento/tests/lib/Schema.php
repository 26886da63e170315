<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\TestLib;

/**
 * CREATE TABLE statements from the module's etc/db_schema.xml, as Magento's declarative schema would create them
 * on MySQL/MariaDB, so the tests run on the tables the module declares (one source of truth). Foreign keys to
 * Magento's own tables (sales_order) are left out: those tables do not exist here.
 */
final class Schema
{
    /**
     * @return array<string, string> table name => CREATE TABLE
     */
    public static function createStatements(string $file): array
    {
        $xml = simplexml_load_file($file);
        if ($xml === false) {
            throw new \RuntimeException("$file is not well-formed");
        }
        $tables = [];
        foreach ($xml->table as $table) {
            $tables[] = (string) $table['name'];
        }
        $out = [];
        foreach ($xml->table as $table) {
            $name = (string) $table['name'];
            $parts = [];
            foreach ($table->column as $column) {
                $parts[] = self::column($column);
            }
            foreach ($table->constraint as $constraint) {
                $type = (string) $constraint->attributes('xsi', true)->type;
                $id = (string) $constraint['referenceId'];
                $columns = [];
                foreach ($constraint->column as $c) {
                    $columns[] = '`' . $c['name'] . '`';
                }
                if ($type === 'primary') {
                    $parts[] = 'PRIMARY KEY (' . implode(', ', $columns) . ')';
                } elseif ($type === 'unique') {
                    $parts[] = "UNIQUE KEY `$id` (" . implode(', ', $columns) . ')';
                } elseif ($type === 'foreign' && in_array((string) $constraint['referenceTable'], $tables, true)) {
                    $parts[] = sprintf(
                        'CONSTRAINT `%s` FOREIGN KEY (`%s`) REFERENCES `%s` (`%s`) ON DELETE %s',
                        substr($id, 0, 64),
                        $constraint['column'],
                        $constraint['referenceTable'],
                        $constraint['referenceColumn'],
                        (string) ($constraint['onDelete'] ?? 'CASCADE')
                    );
                }
            }
            foreach ($table->index as $index) {
                $columns = [];
                foreach ($index->column as $c) {
                    $columns[] = '`' . $c['name'] . '`';
                }
                $parts[] = 'KEY `' . $index['referenceId'] . '` (' . implode(', ', $columns) . ')';
            }
            $out[$name] = "CREATE TABLE `$name` (\n  " . implode(",\n  ", $parts) . "\n) ENGINE="
                . strtoupper((string) ($table['engine'] ?: 'innodb')) . ' DEFAULT CHARSET=utf8mb4 COMMENT='
                . self::quote((string) $table['comment']);
        }
        return $out;
    }

    private static function column(\SimpleXMLElement $c): string
    {
        $type = (string) $c->attributes('xsi', true)->type;
        $unsigned = (string) $c['unsigned'] === 'true' ? ' UNSIGNED' : '';
        $sql = match ($type) {
            'int' => 'INT' . $unsigned,
            'smallint' => 'SMALLINT' . $unsigned,
            'bigint' => 'BIGINT' . $unsigned,
            'boolean' => 'TINYINT(1)',
            'varchar' => 'VARCHAR(' . ((int) $c['length'] ?: 255) . ')',
            'text' => 'TEXT',
            'mediumtext' => 'MEDIUMTEXT',
            'datetime' => 'DATETIME',
            'timestamp' => 'TIMESTAMP',
            default => throw new \RuntimeException("column type $type is not mapped"),
        };
        // Magento's default for nullable is true
        $sql .= (string) $c['nullable'] === 'false' ? ' NOT NULL' : ' NULL';
        if ((string) $c['identity'] === 'true') {
            $sql .= ' AUTO_INCREMENT';
        }
        if (isset($c['default'])) {
            $default = (string) $c['default'];
            $sql .= ' DEFAULT ' . match (true) {
                $default === 'CURRENT_TIMESTAMP' => 'CURRENT_TIMESTAMP',
                $type === 'boolean' => $default === 'true' ? '1' : '0',
                default => self::quote($default),
            };
        }
        if ((string) $c['on_update'] === 'true') {
            $sql .= ' ON UPDATE CURRENT_TIMESTAMP';
        }
        return '`' . $c['name'] . '` ' . $sql . ' COMMENT ' . self::quote((string) $c['comment']);
    }

    private static function quote(string $s): string
    {
        return "'" . str_replace(["\\", "'"], ["\\\\", "''"], $s) . "'";
    }
}
