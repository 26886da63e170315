<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/App/Action/HttpGetActionInterface.php:
 * the marker interface of actions that answer GET.
 */

namespace Magento\Framework\App\Action;

interface HttpGetActionInterface extends HttpHeadActionInterface
{
}
