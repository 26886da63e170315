<?php

/*
 * What the module adds to the merchant's save of a shipment: reading the Walmart order's line map and writing the
 * outbox row, inside the shipment's transaction (the commit is the merchant's anyway). Time per shipment and SQL
 * statements, over 1000 shipments, against a transaction that only inserts a stand-in shipment row.
 */

declare(strict_types=1);

use ChannelMgr\Walmart\Model\Sync\Links;
use ChannelMgr\Walmart\Model\Sync\Outbox;
use ChannelMgr\Walmart\Model\Sync\Tables;

require __DIR__ . '/common.php';

$n = 1000;
$db = bench_db();
$walmart = new EmulatorProcess();
$pos = bench_orders($db, $walmart, $n, 'W');
$db->pdo->exec('CREATE TABLE fake_shipment (entity_id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY, order_id INT,'
    . ' created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)');
$tables = new Tables();
$links = new Links($db, $tables);
$outbox = new Outbox($db, $tables);

$runs = ['without the module' => false, 'with the module' => true];
$results = [];
for ($round = 0; $round < 2; $round++) {
    foreach ($runs as $name => $module) {
        $added = 0.0;
        $statements = 0;
        $t0 = microtime(true);
        foreach ($pos as $i => $po) {
            $db->beginTransaction();
            $db->query('INSERT INTO fake_shipment (order_id) VALUES (?)', [$i + 1]);
            if ($module) {
                $before = $db->statements;
                $s = hrtime(true);
                $link = $links->byMagentoOrder($i + 1);
                $outbox->enqueueShipment($round * $n + $i + 1, bench_shipment(
                    $link['order']['purchase_order_id'],
                    $i + 1
                ));
                $added += (hrtime(true) - $s) / 1e6;
                $statements += $db->statements - $before;
            }
            $db->commit();
        }
        $results[$name] = [(microtime(true) - $t0) * 1000 / $n, $added / $n, $statements / $n];
    }
}
printf(
    "outbox write on the save (MariaDB, 1000 shipments): %.3f ms and %.1f statements added per shipment"
    . " (the line-map read and the outbox insert); whole save transaction %.3f ms with the module, %.3f ms"
    . " without\n",
    $results['with the module'][1],
    $results['with the module'][2],
    $results['with the module'][0],
    $results['without the module'][0]
);
