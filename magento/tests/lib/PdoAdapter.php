<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\TestLib;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * The subset of Magento's database adapter the sync engine uses, over PDO on MariaDB, with the behaviour of
 * Magento's Pdo\Mysql adapter that the engine relies on: positional binds, nested transactions counted (only the
 * outermost begins and commits; a rollback inside one makes the outer commit fail), rowCount() of changed rows.
 * Counts statements, for the outbox-write cost figures.
 */
final class PdoAdapter implements AdapterInterface
{
    public int $statements = 0;
    private int $level = 0;
    private bool $rolledBackInside = false;

    public function __construct(public readonly \PDO $pdo)
    {
        $pdo->setAttribute(\PDO::ATTR_ERRMODE, \PDO::ERRMODE_EXCEPTION);
        $pdo->setAttribute(\PDO::ATTR_EMULATE_PREPARES, true);
        $pdo->setAttribute(\PDO::ATTR_STRINGIFY_FETCHES, true);
    }

    public static function connect(string $socket, string $database): self
    {
        return new self(new \PDO("mysql:unix_socket=$socket;dbname=$database;charset=utf8mb4", 'root', ''));
    }

    public function beginTransaction()
    {
        if ($this->level === 0) {
            $this->pdo->beginTransaction();
            $this->rolledBackInside = false;
        }
        $this->level++;
        return $this;
    }

    public function commit()
    {
        if ($this->level === 0) {
            throw new \LogicException('Asymmetric transaction commit.');
        }
        if (--$this->level === 0) {
            if ($this->rolledBackInside) {
                $this->pdo->rollBack();
                throw new \LogicException('Rolled back transaction has not been completed correctly.');
            }
            $this->pdo->commit();
        }
        return $this;
    }

    public function rollBack()
    {
        if ($this->level === 0) {
            throw new \LogicException('Asymmetric transaction rollback.');
        }
        if (--$this->level === 0) {
            $this->pdo->rollBack();
        } else {
            $this->rolledBackInside = true;
        }
        return $this;
    }

    public function query($sql, $bind = [])
    {
        $this->statements++;
        $statement = $this->pdo->prepare((string) $sql);
        $statement->execute(is_array($bind) ? array_values($bind) : [$bind]);
        return $statement;
    }

    public function fetchAll($sql, $bind = [], $fetchMode = null)
    {
        return $this->query($sql, $bind)->fetchAll(\PDO::FETCH_ASSOC);
    }

    public function fetchRow($sql, $bind = [], $fetchMode = null)
    {
        return $this->query($sql, $bind)->fetch(\PDO::FETCH_ASSOC);
    }

    public function fetchCol($sql, $bind = [])
    {
        return $this->query($sql, $bind)->fetchAll(\PDO::FETCH_COLUMN, 0);
    }

    public function fetchPairs($sql, $bind = [])
    {
        return $this->query($sql, $bind)->fetchAll(\PDO::FETCH_KEY_PAIR);
    }

    public function fetchOne($sql, $bind = [])
    {
        return $this->query($sql, $bind)->fetchColumn(0);
    }
}
