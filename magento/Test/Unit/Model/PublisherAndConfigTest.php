<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Model;

use ChannelMgr\Walmart\Model\Config;
use ChannelMgr\Walmart\Model\Publisher;
use ChannelMgr\Walmart\Test\Unit\UnitTestCase;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\MessageQueue\PublisherInterface;

final class PublisherAndConfigTest extends UnitTestCase
{
    public function testRowsArePublishedByIdOnlyAfterTheCommitAndOnce(): void
    {
        $queue = $this->createMock(PublisherInterface::class);
        $published = [];
        $queue->method('publish')->willReturnCallback(function ($topic, $data) use (&$published) {
            $published[] = [$topic, $data];
        });
        $this->outbox->method('idsByKey')->with(['ship:5', 'cancel:42'])->willReturn([11, 12]);
        $this->outbox->expects($this->exactly(2))->method('refreshCounts');
        $publisher = new Publisher($queue, $this->sync);

        $publisher->defer('ship:5', 'PO-1');
        $publisher->defer('cancel:42', 'PO-2');
        $this->assertSame([], $published, 'nothing while the transaction runs');
        $publisher->flush();
        $publisher->flush();

        $this->assertSame([['channelmgr.walmart.sync', '11'], ['channelmgr.walmart.sync', '12']], $published);
    }

    public function testTheClientConfigComesFromStoresConfigurationWithDefaults(): void
    {
        $scope = $this->createMock(ScopeConfigInterface::class);
        $scope->method('getValue')->willReturnMap([
            ['channelmgr/walmart/client_id', 'default', null, 'id-1'],
            ['channelmgr/walmart/client_secret', 'default', null, 's3cr3t'],
            ['channelmgr/walmart/base_url', 'default', null, null],
            ['channelmgr/walmart/timeout_ms', 'default', null, '5000'],
            ['channelmgr/walmart/connect_timeout_ms', 'default', null, ''],
            ['channelmgr/walmart/concurrency', 'default', null, '16'],
            ['channelmgr/walmart/ship_node', 'default', null, ''],
        ]);
        $config = new Config($scope);

        $this->assertSame(
            ['client_id' => 'id-1', 'client_secret' => 's3cr3t',
            'base_url' => 'https://marketplace.walmartapis.com', 'timeout_ms' => 5000, 'connect_timeout_ms' => 3000],
            $config->clientConfig()
        );
        $this->assertSame(16, $config->concurrency());
        $this->assertNull($config->shipNode());
        $this->assertNull($config->defaultCancelReason());
    }
}
