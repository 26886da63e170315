<?php

/*
 * A consumer as `bin/magento channelmgr:walmart:sync --watch` runs it: drain, and when nothing was due, sleep
 * `idle` seconds. Stops when the file `stop` names exists, or when nothing is unfinished and `until_empty` is set.
 */

declare(strict_types=1);

use ChannelMgr\Walmart\Model\Sync\DbClock;
use ChannelMgr\Walmart\Model\Sync\Engine;
use ChannelMgr\Walmart\Model\Sync\Options;
use ChannelMgr\Walmart\Model\Sync\Tables;
use ChannelMgr\Walmart\TestLib\FixedClient;
use ChannelMgr\Walmart\TestLib\FixedStock;
use ChannelMgr\Walmart\TestLib\PdoAdapter;

require __DIR__ . '/../tests/bootstrap.php';

$in = json_decode($argv[1], true, 512, JSON_THROW_ON_ERROR);
$db = PdoAdapter::connect($in['socket'], $in['database']);
$client = new ChannelMgr\Client(['client_id' => 'test-client', 'client_secret' => 'test-secret',
    'base_url' => $in['walmart'], 'timeout_ms' => 10000, 'max_retries' => 3, 'max_retry_wait_ms' => 30000]);
$engine = new Engine(
    $db,
    new Tables(),
    new FixedClient($client),
    new FixedStock([]),
    new DbClock($db),
    new Options(batchSize: $in['batch'] ?? 32, concurrency: $in['concurrency'] ?? 8, leaseSeconds: 300)
);
$total = ['sent' => 0, 'done' => 0, 'retry' => 0, 'failed' => 0, 'batches' => 0];
$idle = (float) ($in['idle'] ?? 0.1);
fwrite(STDERR, "ready\n");
while (true) {
    $report = $engine->drain();
    foreach ($report as $k => $v) {
        $total[$k] += $v;
    }
    if (isset($in['stop']) && file_exists($in['stop'])) {
        break;
    }
    if ($report['sent'] === 0) {
        if (
            !empty($in['until_empty']) && (int) $db->fetchOne(
                "SELECT COUNT(*) FROM channelmgr_walmart_outbox WHERE state IN ('pending', 'processing')"
            ) === 0
        ) {
            break;
        }
        usleep((int) ($idle * 1e6));
    }
}
echo json_encode($total), "\n";
