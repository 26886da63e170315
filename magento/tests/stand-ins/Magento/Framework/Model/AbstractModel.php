<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7 lib/internal/Magento/Framework/Model/AbstractModel.php:
 * getOrigData, setOrigData (its constructor and other methods are left out).
 */

namespace Magento\Framework\Model;

abstract class AbstractModel extends \Magento\Framework\DataObject
{
    protected $_origData;

    public function getOrigData($key = null)
    {
        if ($key === null) {
            return $this->_origData;
        }
        return $this->_origData[$key] ?? null;
    }

    public function setOrigData($key = null, $data = null)
    {
        if ($key === null) {
            $this->_origData = $this->_data;
        } else {
            $this->_origData[$key] = $data;
        }
        return $this;
    }
}
