<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Test double of Magento's database connection: records every statement and transaction boundary, in order,
 * and answers reads (and the row count of writes, 1 by default) from what the test gives it.
 */
final class RecordingAdapter implements AdapterInterface
{
    /** @var list<array> ['begin'] | ['commit'] | ['rollBack'] | [method, sql, bind] */
    public array $calls = [];

    /** @param array<string, mixed> $answers method => what every call of it returns */
    public function __construct(private readonly array $answers = [])
    {
    }

    public function beginTransaction()
    {
        $this->calls[] = ['begin'];
        return $this;
    }

    public function commit()
    {
        $this->calls[] = ['commit'];
        return $this;
    }

    public function rollBack()
    {
        $this->calls[] = ['rollBack'];
        return $this;
    }

    public function query($sql, $bind = [])
    {
        $this->calls[] = ['query', $sql, $bind];
        $rowCount = (int) ($this->answers['rowCount'] ?? 1);
        return new class ($rowCount) {
            public function __construct(private readonly int $rowCount)
            {
            }

            /** Zend_Db_Statement_Interface::rowCount(): the rows the statement changed */
            public function rowCount(): int
            {
                return $this->rowCount;
            }
        };
    }

    public function fetchAll($sql, $bind = [], $fetchMode = null)
    {
        $this->calls[] = ['fetchAll', $sql, $bind];
        return $this->answers['fetchAll'] ?? [];
    }

    public function fetchRow($sql, $bind = [], $fetchMode = null)
    {
        $this->calls[] = ['fetchRow', $sql, $bind];
        return $this->answers['fetchRow'] ?? false;
    }

    public function fetchCol($sql, $bind = [])
    {
        $this->calls[] = ['fetchCol', $sql, $bind];
        return $this->answers['fetchCol'] ?? [];
    }

    public function fetchPairs($sql, $bind = [])
    {
        $this->calls[] = ['fetchPairs', $sql, $bind];
        return $this->answers['fetchPairs'] ?? [];
    }

    public function fetchOne($sql, $bind = [])
    {
        $this->calls[] = ['fetchOne', $sql, $bind];
        return $this->answers['fetchOne'] ?? false;
    }
}
