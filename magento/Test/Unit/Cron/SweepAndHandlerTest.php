<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Cron;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use ChannelMgr\Walmart\Cron\Sweep;
use ChannelMgr\Walmart\Model\Config;
use ChannelMgr\Walmart\Model\Queue\SyncHandler;
use Magento\Framework\App\Config\ScopeConfigInterface;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

final class SweepAndHandlerTest extends TestCase
{
    private function config(bool $enabled): Config
    {
        $scope = $this->createMock(ScopeConfigInterface::class);
        $scope->method('isSetFlag')->with('channelmgr/walmart/enabled')->willReturn($enabled);
        return new Config($scope);
    }

    public function testTheSweeperDrainsDueRowsWhenEnabled(): void
    {
        $sync = $this->createMock(SyncManagementInterface::class);
        $sync->expects($this->once())->method('drain')->with(1000)
            ->willReturn(['sent' => 0, 'done' => 0, 'retry' => 0, 'failed' => 0, 'batches' => 0]);
        (new Sweep($sync, $this->config(true), $this->createMock(LoggerInterface::class)))->execute();
    }

    public function testTheSweeperDoesNothingWhenDisabled(): void
    {
        $sync = $this->createMock(SyncManagementInterface::class);
        $sync->expects($this->never())->method('drain');
        (new Sweep($sync, $this->config(false), $this->createMock(LoggerInterface::class)))->execute();
    }

    public function testAQueueMessageWakesTheConsumerToDrainAndAFailureIsLoggedNotThrown(): void
    {
        $sync = $this->createMock(SyncManagementInterface::class);
        $sync->expects($this->exactly(2))->method('drain')->willReturnOnConsecutiveCalls(
            ['sent' => 1, 'done' => 1, 'retry' => 0, 'failed' => 0, 'batches' => 1],
            $this->throwException(new \RuntimeException('database gone'))
        );
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects($this->once())->method('error')
            ->with('Channel Manager Walmart sync: database gone', ['outbox_id' => '8']);
        $handler = new SyncHandler($sync, $logger);
        $handler->process('7');
        $handler->process('8');
    }
}
