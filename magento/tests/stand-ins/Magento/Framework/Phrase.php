<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7 lib/internal/Magento/Framework/Phrase.php (constructor,
 * render, getText, getArguments, __toString); renders %1, %2… and %name as Magento's Placeholder renderer does.
 */

namespace Magento\Framework;

class Phrase implements \JsonSerializable
{
    private $text;
    private $arguments;

    public function __construct($text, array $arguments = [])
    {
        $this->text = (string) $text;
        $this->arguments = $arguments;
    }

    public function getText()
    {
        return $this->text;
    }

    public function getArguments()
    {
        return $this->arguments;
    }

    public function render()
    {
        $placeholders = [];
        foreach ($this->arguments as $key => $value) {
            $placeholders[is_int($key) ? '%' . ($key + 1) : '%' . $key] = (string) $value;
        }
        return strtr($this->text, $placeholders);
    }

    public function __toString()
    {
        return $this->render();
    }

    #[\ReturnTypeWillChange]
    public function jsonSerialize()
    {
        return $this->render();
    }
}
