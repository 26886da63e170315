<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Console\Command;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento channelmgr:walmart:sync [--limit=N] [--watch]
 */
class SyncCommand extends Command
{
    private bool $stop = false;

    public function __construct(
        private readonly SyncManagementInterface $sync,
        private readonly float $idleSeconds = 0.1
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->setName('channelmgr:walmart:sync')
            ->setDescription('Sends the due updates of Walmart orders to Walmart')
            ->addOption('limit', null, InputOption::VALUE_REQUIRED, 'Send at most this many updates', '0')
            ->addOption('watch', null, InputOption::VALUE_NONE, 'Keep sending as updates become due (Ctrl-C stops)');
        parent::configure();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $limit = $input->getOption('limit');
        if (!is_numeric($limit) || (int) $limit < 0 || (string) (int) $limit !== (string) $limit) {
            $output->writeln('<error>' . __('--limit must be a whole number, 0 or more.') . '</error>');
            return Command::INVALID;
        }
        $watch = (bool) $input->getOption('watch');
        if ($watch && function_exists('pcntl_signal')) {
            pcntl_async_signals(true);
            pcntl_signal(SIGTERM, fn () => $this->stop = true);
            pcntl_signal(SIGINT, fn () => $this->stop = true);
        }
        do {
            $report = $this->sync->drain((int) $limit);
            if ($report['sent'] > 0 || !$watch) {
                $output->writeln((string) __(
                    'Sent %1 update(s): %2 applied, %3 to retry, %4 failed.',
                    $report['sent'],
                    $report['done'],
                    $report['retry'],
                    $report['failed']
                ));
            }
            if ($watch && $report['sent'] === 0 && !$this->stop) {
                usleep((int) ($this->idleSeconds * 1e6));
            }
        } while ($watch && !$this->stop);
        return Command::SUCCESS;
    }
}
