<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7 lib/internal/Magento/Framework/DataObject.php:
 * __construct, setData, getData, hasData and the magic get/set/has of __call, as a plain key/value bag.
 */

namespace Magento\Framework;

class DataObject implements \ArrayAccess
{
    protected $_data;

    public function __construct(array $data = [])
    {
        $this->_data = $data;
    }

    public function setData($key, $value = null)
    {
        if (is_array($key)) {
            $this->_data = $key;
        } else {
            $this->_data[$key] = $value;
        }
        return $this;
    }

    public function getData($key = '', $index = null)
    {
        if ($key === '') {
            return $this->_data;
        }
        $value = $this->_data[$key] ?? null;
        return $index !== null && is_array($value) ? ($value[$index] ?? null) : $value;
    }

    public function hasData($key = '')
    {
        return $key === '' ? !empty($this->_data) : array_key_exists($key, $this->_data);
    }

    public function __call($method, $args)
    {
        $key = strtolower(ltrim(preg_replace('/([A-Z])/', '_$1', substr($method, 3)), '_'));
        switch (substr($method, 0, 3)) {
            case 'get':
                return $this->getData($key, $args[0] ?? null);
            case 'set':
                return $this->setData($key, $args[0] ?? null);
            case 'has':
                return isset($this->_data[$key]);
        }
        throw new \BadMethodCallException('Invalid method ' . static::class . '::' . $method);
    }

    #[\ReturnTypeWillChange]
    public function offsetSet($offset, $value)
    {
        $this->_data[$offset] = $value;
    }

    #[\ReturnTypeWillChange]
    public function offsetExists($offset)
    {
        return isset($this->_data[$offset]);
    }

    #[\ReturnTypeWillChange]
    public function offsetUnset($offset)
    {
        unset($this->_data[$offset]);
    }

    #[\ReturnTypeWillChange]
    public function offsetGet($offset)
    {
        return $this->_data[$offset] ?? null;
    }
}
