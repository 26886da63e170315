<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Observer;

use ChannelMgr\Walmart\Model\Publisher;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;

/**
 * *_save_commit_after: the rows written in the committed transaction are published to the consumer.
 */
class PublishAfterCommit implements ObserverInterface
{
    public function __construct(private readonly Publisher $publisher)
    {
    }

    public function execute(Observer $observer)
    {
        $this->publisher->flush();
    }
}
