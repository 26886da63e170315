<?php

/*
 * One consumer process for the concurrency and crash tests: drains the test database's outbox with the real
 * engine, the database's clock and its own client, until nothing is left unfinished (or a deadline), then prints
 * its report as JSON. Run with the extension loaded:
 *   php -d extension=channelmgr.so consumer.php '{"socket":…,"database":…,"walmart":…,"stock":{…},"lease":…}'
 */

declare(strict_types=1);

use ChannelMgr\Walmart\Model\Sync\DbClock;
use ChannelMgr\Walmart\Model\Sync\Engine;
use ChannelMgr\Walmart\Model\Sync\Options;
use ChannelMgr\Walmart\Model\Sync\Tables;
use ChannelMgr\Walmart\TestLib\FixedClient;
use ChannelMgr\Walmart\TestLib\FixedStock;
use ChannelMgr\Walmart\TestLib\PdoAdapter;

require __DIR__ . '/../bootstrap.php';

$in = json_decode($argv[1], true, 512, JSON_THROW_ON_ERROR);
$db = PdoAdapter::connect($in['socket'], $in['database']);
$client = new ChannelMgr\Client(['client_id' => 'test-client', 'client_secret' => 'test-secret',
    'base_url' => $in['walmart'], 'timeout_ms' => 5000, 'max_retries' => 1]);
$engine = new Engine(
    $db,
    new Tables(),
    new FixedClient($client),
    new FixedStock($in['stock'] ?? []),
    new DbClock($db),
    new Options(
        batchSize: $in['batch'] ?? 4,
        concurrency: 4,
        leaseSeconds: $in['lease'] ?? 60,
        backoffBaseSeconds: 1
    ),
    $in['owner'] ?? null
);
$total = ['sent' => 0, 'done' => 0, 'retry' => 0, 'failed' => 0, 'batches' => 0];
$deadline = microtime(true) + ($in['deadline'] ?? 60);
fwrite(STDERR, "started\n");
while (microtime(true) < $deadline) {
    foreach ($engine->drain() as $k => $v) {
        $total[$k] += $v;
    }
    $left = (int) $db->fetchOne(
        "SELECT COUNT(*) FROM channelmgr_walmart_outbox WHERE state IN ('pending', 'processing')"
    );
    if ($left === 0) {
        break;
    }
    usleep(20000);
}
echo json_encode($total), "\n";
