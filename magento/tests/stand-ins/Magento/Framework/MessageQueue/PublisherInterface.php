<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * lib/internal/Magento/Framework/MessageQueue/PublisherInterface.php:
 * publish, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Framework\MessageQueue;

interface PublisherInterface
{
    public function publish($topicName, $data);
}
