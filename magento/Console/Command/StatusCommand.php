<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Console\Command;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Helper\Table;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento channelmgr:walmart:status: updates by state, the oldest waiting one, the last errors, the orders.
 */
class StatusCommand extends Command
{
    public function __construct(private readonly SyncManagementInterface $sync)
    {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->setName('channelmgr:walmart:status')
            ->setDescription('Shows where the updates of Walmart orders stand');
        parent::configure();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $report = $this->sync->status();
        $states = [];
        foreach ($report['by_state'] as $state => $count) {
            $states[] = "$state $count";
        }
        $output->writeln((string) __('Updates: %1', implode(', ', $states)));
        $output->writeln((string) __(
            'Oldest waiting update: %1',
            $report['oldest_pending_age'] === null ? __('none') : __('%1 s old', $report['oldest_pending_age'])
        ));
        if ($report['last_errors']) {
            $output->writeln((string) __('Last errors:'));
            $table = new Table($output);
            $table->setHeaders(['Time (UTC)', 'Walmart PO', 'Operation', 'Outcome', 'HTTP', 'Codes', 'Details']);
            foreach ($report['last_errors'] as $e) {
                $table->addRow([$e['attempted_at'], $e['purchase_order_id'], $e['operation'], $e['outcome'],
                    $e['http_status'], $e['error_codes'], $e['details']]);
            }
            $table->render();
        }
        $output->writeln((string) __('Orders:'));
        $table = new Table($output);
        $table->setHeaders(['Walmart PO', 'Order #', 'Status', 'Pending', 'Failed', 'Last sync (UTC)', 'Details']);
        foreach ($report['orders'] as $o) {
            $table->addRow([$o['purchase_order_id'], $o['increment_id'], $o['status'], $o['pending_count'],
                $o['failed_count'], $o['last_sync_at'], $o['status_details']]);
        }
        $table->render();
        return $report['by_state']['failed'] > 0 ? Command::FAILURE : Command::SUCCESS;
    }
}
