<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Exception/LocalizedException.php: __construct, getRawMessage, getLogMessage.
 */

namespace Magento\Framework\Exception;

use Magento\Framework\Phrase;

class LocalizedException extends \Exception
{
    protected $phrase;

    public function __construct(Phrase $phrase, \Exception $cause = null, $code = 0)
    {
        $this->phrase = $phrase;
        parent::__construct($phrase->render(), (int) $code, $cause);
    }

    public function getRawMessage()
    {
        return $this->phrase->getText();
    }

    public function getLogMessage()
    {
        return $this->phrase->render();
    }
}
