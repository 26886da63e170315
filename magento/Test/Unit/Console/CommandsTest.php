<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Console;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use ChannelMgr\Walmart\Console\Command\StatusCommand;
use ChannelMgr\Walmart\Console\Command\SyncCommand;
use PHPUnit\Framework\TestCase;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Tester\CommandTester;

final class CommandsTest extends TestCase
{
    public function testSyncDrainsUpToTheLimitAndSaysWhatHappened(): void
    {
        $sync = $this->createMock(SyncManagementInterface::class);
        $sync->expects($this->once())->method('drain')->with(5)
            ->willReturn(['sent' => 5, 'done' => 3, 'retry' => 1, 'failed' => 1, 'batches' => 1]);
        $tester = new CommandTester(new SyncCommand($sync));

        $this->assertSame(Command::SUCCESS, $tester->execute(['--limit' => '5']));
        $this->assertSame("Sent 5 update(s): 3 applied, 1 to retry, 1 failed.\n", $tester->getDisplay());
    }

    public function testSyncRefusesALimitThatIsNotAWholeNumber(): void
    {
        $sync = $this->createMock(SyncManagementInterface::class);
        $sync->expects($this->never())->method('drain');
        $tester = new CommandTester(new SyncCommand($sync));
        $this->assertSame(Command::INVALID, $tester->execute(['--limit' => '-3']));
        $this->assertStringContainsString('--limit must be a whole number', $tester->getDisplay());
    }

    public function testSyncWatchKeepsDrainingUntilStopped(): void
    {
        $sync = $this->createMock(SyncManagementInterface::class);
        $calls = 0;
        $sync->method('drain')->willReturnCallback(function () use (&$calls) {
            if (++$calls === 3) {
                posix_kill(getmypid(), SIGTERM);
            }
            return ['sent' => $calls === 2 ? 1 : 0, 'done' => $calls === 2 ? 1 : 0, 'retry' => 0, 'failed' => 0,
                'batches' => 1];
        });
        $tester = new CommandTester(new SyncCommand($sync, 0.01));
        $this->assertSame(Command::SUCCESS, $tester->execute(['--watch' => true]));
        $this->assertSame(3, $calls);
        $this->assertSame("Sent 1 update(s): 1 applied, 0 to retry, 0 failed.\n", $tester->getDisplay());
        pcntl_signal(SIGTERM, SIG_DFL);
    }

    public function testStatusPrintsStatesTheOldestWaitingUpdateTheLastErrorsAndTheOrders(): void
    {
        $sync = $this->createMock(SyncManagementInterface::class);
        $sync->method('status')->willReturn([
            'by_state' => ['pending' => 2, 'processing' => 0, 'done' => 7, 'failed' => 1],
            'oldest_pending_age' => 93,
            'last_errors' => [['attempted_at' => '2026-11-29 10:00:00', 'purchase_order_id' => 'PO-9',
                'operation' => 'ship', 'outcome' => 'failed', 'http_status' => 400,
                'error_codes' => 'INVALID_REQUEST_CONTENT.GMP_ORDER_API', 'details' => 'Walmart rejected it.']],
            'orders' => [['purchase_order_id' => 'PO-9', 'increment_id' => '000000009', 'status' => 'Error',
                'pending_count' => 0, 'failed_count' => 1, 'last_sync_at' => '2026-11-29 10:00:00',
                'status_details' => 'Walmart rejected it.']],
        ]);
        $tester = new CommandTester(new StatusCommand($sync));

        $this->assertSame(Command::FAILURE, $tester->execute([]), 'a failed update needs the merchant');
        $out = $tester->getDisplay();
        $this->assertStringContainsString('Updates: pending 2, processing 0, done 7, failed 1', $out);
        $this->assertStringContainsString('Oldest waiting update: 93 s old', $out);
        $this->assertMatchesRegularExpression('/PO-9 +\| ship +\| failed +\| 400/', $out);
        $this->assertMatchesRegularExpression('/PO-9 +\| 000000009 \| Error +\| 0 +\| 1/', $out);
    }
}
