<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/Exception/NoSuchEntityException.php: __construct.
 */

namespace Magento\Framework\Exception;

use Magento\Framework\Phrase;

class NoSuchEntityException extends LocalizedException
{
    public function __construct(Phrase $phrase = null, \Exception $cause = null, $code = 0)
    {
        parent::__construct($phrase ?? new Phrase('No such entity.'), $cause, $code);
    }
}
