<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/DB/Adapter/AdapterInterface.php: the methods the module calls, with their exact
 * signatures (the other 85 are left out; no test calls them).
 */

namespace Magento\Framework\DB\Adapter;

interface AdapterInterface
{
    /**
     * @return \Magento\Framework\DB\Adapter\AdapterInterface
     */
    public function beginTransaction();

    /**
     * @return \Magento\Framework\DB\Adapter\AdapterInterface
     */
    public function commit();

    /**
     * @return \Magento\Framework\DB\Adapter\AdapterInterface
     */
    public function rollBack();

    /**
     * @param mixed $sql
     * @param mixed $bind
     * @return \Zend_Db_Statement_Interface
     */
    public function query($sql, $bind = []);

    /**
     * @return array
     */
    public function fetchAll($sql, $bind = [], $fetchMode = null);

    /**
     * @return array
     */
    public function fetchRow($sql, $bind = [], $fetchMode = null);

    /**
     * @return array
     */
    public function fetchCol($sql, $bind = []);

    /**
     * @return array
     */
    public function fetchPairs($sql, $bind = []);

    /**
     * @return string
     */
    public function fetchOne($sql, $bind = []);
}
