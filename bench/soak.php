<?php
/*
 * The soak (issue 7, point 7): a merchant's worst day against the emulator.
 *
 *   php -n -d extension=modules/channelmgr.so bench/soak.php [--ops N] [--seed S] [--rate R]
 *       [--workers W] [--rounds R] [--timeout-ms T] [--budget-ms B] [--verbose]
 *
 * A seeded plan of N operations (default 3000) on acknowledged orders: whole shipments, partial ones, shipments split
 * over packages (a line over two tracking numbers), cancellations of what is left, inventory updates (SKUs with
 * reserved and 4-byte characters, ship nodes). W worker processes (default 4, each one Magento queue consumer with
 * its own Client) send them through single calls and syncBatch, while the emulator's chaos plan faults a share R
 * (default 0.2) of every API request, token requests and confirming reads included, with every kind of fault.
 * Then, as the Magento module will, every retryable result is retried with verify_first (when the client has it),
 * in bounded rounds (default 5) under the same chaos, and once more after Walmart recovers (chaos off).
 *
 * Then Walmart's final state (every order, every ship node's inventory) and its request log are compared with the
 * intent and with what each result said:
 *   double ships        packages with more units shipped under their tracking number than the package holds, and
 *                       units shipped under a tracking number nobody sent
 *   lost updates        updates Walmart does not show at the end although the client's last word was ok, or a
 *                       failure it declared final (not retryable), so the module would never send them again
 *   wrong final states  orders or inventory entries that differ from the intent at the end, for any reason
 *                       (lost, doubled, unfinished: still failing after the recovery round)
 *   contradictions      results whose flags contradict what Walmart did: ok while Walmart had not applied it when
 *                       the call returned; a failure not marked unconfirmed while a request of that very call was
 *                       applied (at once or late); ok with retryable or unconfirmed; unconfirmed but not retryable;
 *                       reconciled without ok
 * and the figures are printed. The exit status is 1 when any of the four is not zero.
 *
 * bench/soak.php can also be included (tests/soak_short.phpt): soak_run($options) returns the figures.
 */
require_once __DIR__ . '/../tests/emulator/EmulatorProcess.php';

const SOAK_DEFAULTS = ['ops' => 3000, 'seed' => 42, 'rate' => 0.2, 'workers' => 4, 'rounds' => 5, 'timeout_ms' => 500,
    'budget_ms' => 1000, 'verbose' => false];

function soak_main(array $argv): int
{
    $options = SOAK_DEFAULTS;
    for ($i = 1; $i < count($argv); $i++) {
        $name = str_replace('-', '_', ltrim($argv[$i], '-'));
        if ($name === 'verbose') {
            $options['verbose'] = true;
        } elseif (array_key_exists($name, $options) && isset($argv[$i + 1])) {
            $options[$name] = $name === 'rate' ? (float) $argv[++$i] : (int) $argv[++$i];
        } else {
            fwrite(STDERR, "usage: soak.php [--ops N] [--seed S] [--rate R] [--workers W] [--rounds R] [--timeout-ms T] "
                . "[--budget-ms B] [--verbose]\n");
            return 2;
        }
    }
    if (!class_exists('ChannelMgr\Client') || !function_exists('pcntl_fork')) {
        fwrite(STDERR, "soak.php needs the channelmgr extension and pcntl\n");
        return 2;
    }
    $figures = soak_run($options);
    echo soak_report($figures, $options['verbose']);
    return $figures['doubles'] + $figures['lost'] + $figures['wrong'] + $figures['contradictions'] > 0 ? 1 : 0;
}

/* ---- the plan ------------------------------------------------------------------------------------------------ */

/**
 * The intent: orders to seed (Walmart's side), the operations Magento sends, in order, and what Walmart must show
 * at the end: per order and line, units per tracking number, cancelled and still open; per ship node and SKU, the
 * quantity.
 */
function soak_plan(int $count, int $seed): array
{
    mt_srand($seed);
    $orders = $ops = $expect = $stock = [];
    $n = 0;
    $carriers = ['UPS', 'ups', 'FedEx', 'usps'];
    while (count($ops) < $count) {
        if (mt_rand(0, 99) < 20) {
            // inventory: one update per SKU and ship node (a later one for the same SKU would race a late earlier one)
            $k = count($ops);
            $sku = match (mt_rand(0, 9)) {
                0 => "TEE/RED/M-$k",
                1 => "MUG BLUE+$k",
                2 => str_repeat("\u{1F600}", 50 - strlen((string) $k)) . $k,  // 50 characters, up to 4 bytes each
                default => "SOAK-SKU-$k",
            };
            $node = mt_rand(0, 3) === 0 ? 'SN-' . mt_rand(1, 3) : null;
            $qty = mt_rand(0, 500);
            $ops[] = ['id' => "op$k", 'kind' => 'inventory', 'sku' => $sku, 'qty' => $qty, 'node' => $node];
            $stock[$node ?? ''][$sku] = $qty;
            continue;
        }
        $po = sprintf('SOAK-%d-%05d', $seed, $n++);
        $qty = [];
        for ($l = 1, $lines = mt_rand(1, 3); $l <= $lines; $l++) {
            $qty[$l] = mt_rand(1, 6);
        }
        $orders[] = ['purchaseOrderId' => $po, 'lines' => array_map(fn($q, $l) => ['sku' => "SKU-$l", 'quantity' => $q,
            'status' => 'Acknowledged'], $qty, array_keys($qty))];
        $open = $qty;                                       // units no planned operation has taken yet
        $expect[$po] = array_map(fn($q) => ['shipped' => [], 'cancelled' => 0, 'open' => $q], $qty);
        $shape = mt_rand(0, 99);
        $shipments = match (true) {
            $shape < 20 => 1,                               // one package with everything
            $shape < 60 => mt_rand(1, 3),                   // partial shipments, the rest maybe cancelled
            $shape < 85 => -1,                              // one shipment split over packages
            default => 0,                                   // cancelled outright
        };
        $packages = [];
        if ($shipments === -1) {
            // one shipment, a package per line, one line split over two packages when it has units enough
            $lines = [];
            foreach ($open as $l => $q) {
                $tracking = soak_tracking($seed, count($ops), count($packages));
                if ($q >= 2 && mt_rand(0, 1)) {
                    $first = mt_rand(1, $q - 1);
                    $second = soak_tracking($seed, count($ops), count($packages) + 1);
                    $lines[] = ['line_number' => $l, 'quantity' => $first, 'tracking' => ['carrier' => 'UPS', 'number' => $tracking]];
                    $lines[] = ['line_number' => $l, 'quantity' => $q - $first, 'tracking' => ['carrier' => 'FedEx', 'number' => $second]];
                    $packages[$tracking][$l] = $first;
                    $packages[$second][$l] = $q - $first;
                } else {
                    $lines[] = ['line_number' => $l, 'quantity' => $q, 'tracking' => ['carrier' => 'UPS', 'number' => $tracking]];
                    $packages[$tracking][$l] = $q;
                }
                $open[$l] = 0;
            }
            $ops[] = soak_ship_op($ops, $po, $lines, null, $packages, $n);
        }
        for ($s = 0; $s < $shipments; $s++) {
            $lines = $package = [];
            foreach ($open as $l => $q) {
                $take = $shape < 20 ? $q : ($q > 0 && mt_rand(0, 2) ? mt_rand(1, max(1, intdiv($q, 2))) : 0);
                if ($take > 0) {
                    $lines[] = ['line_number' => $l, 'quantity' => $take];
                    $package[$l] = $take;
                    $open[$l] -= $take;
                }
            }
            if (!$lines) {
                continue;
            }
            $tracking = soak_tracking($seed, count($ops), 0);
            $ops[] = soak_ship_op($ops, $po, $lines, ['carrier' => $carriers[mt_rand(0, 3)], 'number' => $tracking],
                [$tracking => $package], $n);
            $packages[$tracking] = $package;
        }
        foreach ($packages as $tracking => $package) {
            foreach ($package as $l => $units) {
                $expect[$po][$l]['shipped'][$tracking] = $units;
                $expect[$po][$l]['open'] -= $units;
            }
        }
        // Magento cancels the whole order: every line's open quantity as Magento counts it (its shipments recorded)
        if (array_sum($open) > 0 && ($shipments === 0 || mt_rand(0, 1))) {
            $lines = [];
            foreach ($qty as $l => $q) {
                $lines[] = ['line_number' => $l, 'ordered' => $q, 'shipped' => $q - $open[$l]];
                $expect[$po][$l]['cancelled'] = $open[$l];
                $expect[$po][$l]['open'] -= $open[$l];
            }
            $ops[] = ['id' => 'op' . count($ops), 'kind' => 'cancel', 'po' => $po,
                'order' => ['purchase_order_id' => $po, 'lines' => $lines],
                'reason' => ['out_of_stock', 'pricing_error', 'address_not_serviceable'][mt_rand(0, 2)], 'cancels' => $open];
        }
    }
    return ['orders' => $orders, 'ops' => $ops, 'expect' => $expect, 'stock' => $stock];
}

function soak_tracking(int $seed, int $op, int $package): string
{
    return sprintf('SK%dX%05dP%d', $seed, $op, $package);
}

function soak_ship_op(array $ops, string $po, array $lines, ?array $tracking, array $packages, int $n): array
{
    $shipment = ['purchase_order_id' => $po, 'seller_order_id' => sprintf('%09d', $n), 'ship_date' => 1764412800,
        'lines' => $lines];
    if ($tracking) {
        $shipment['tracking'] = $tracking;
    }
    return ['id' => 'op' . count($ops), 'kind' => 'ship', 'po' => $po, 'shipment' => $shipment, 'packages' => $packages];
}

/* ---- running it ---------------------------------------------------------------------------------------------- */

function soak_run(array $options): array
{
    $o = $options + SOAK_DEFAULTS;
    $start = microtime(true);
    $plan = soak_plan($o['ops'], $o['seed']);
    $caps = [
        'verify_first' => (new ReflectionMethod(ChannelMgr\Client::class, 'shipOrder'))->getNumberOfParameters() >= 2,
        'ship_node' => (new ReflectionMethod(ChannelMgr\Client::class, 'updateInventory'))->getNumberOfParameters() >= 3,
    ];
    $emu = new EmulatorProcess();
    foreach (array_chunk($plan['orders'], 500) as $chunk) {
        $emu->control('POST', 'seed', $chunk);
    }
    $late = [$o['timeout_ms'] + 100, $o['timeout_ms'] + $o['budget_ms'] + 800];
    $emu->chaos(['seed' => $o['seed'], 'rate' => $o['rate'], 'late_ms' => $late,
        'slow_ms' => [50, $o['timeout_ms'] * 2], 'retry_ms' => [100, 400]]);
    $config = ['client_id' => 'test-client', 'client_secret' => 'test-secret', 'base_url' => $emu->url,
        'timeout_ms' => $o['timeout_ms'], 'connect_timeout_ms' => 1000, 'max_retries' => 3, 'max_retry_wait_ms' => $o['budget_ms']];

    $ops = array_column($plan['ops'], null, 'id');
    $calls = [];                                            // op id => [call summary, …]
    $pending = array_keys($ops);
    $rounds = 0;
    for ($round = 0; $pending && $round <= $o['rounds'] + 1; $round++) {
        if ($round === $o['rounds'] + 1) {
            $emu->chaos(['rate' => 0]);                     // Walmart recovers; the module retries what is left
        }
        if ($round > 0) {
            usleep(($late[1] + 300) * 1000);                // anything applied late has landed before the retry reads
        }
        $rounds++;
        foreach (soak_round($ops, $pending, $round, $o, $config, $caps) as $id => $call) {
            $calls[$id][] = $call;
        }
        $pending = array_values(array_filter($pending, function ($id) use ($calls) {
            $last = end($calls[$id]);
            return !$last['ok'] && $last['retryable'];
        }));
    }
    $emu->chaos(['rate' => 0]);
    $figures = soak_verify($plan, $ops, $calls, $emu);
    $stats = $emu->stats();
    $emu->stop();
    return $figures + ['operations' => count($ops), 'kinds' => array_count_values(array_column($plan['ops'], 'kind')),
        'orders' => count($plan['orders']), 'rounds' => $rounds, 'caps' => $caps, 'stats' => $stats,
        'wall_s' => microtime(true) - $start, 'options' => $o];
}

/* One round: the pending operations split over the workers by order (an order's operations stay in one worker, in
 * order), each worker sending runs of them through syncBatch or single calls. Returns op id => call summary. */
function soak_round(array $ops, array $pending, int $round, array $o, array $config, array $caps): array
{
    $parts = array_fill(0, max(1, $o['workers']), []);
    foreach ($pending as $id) {
        $key = $ops[$id]['po'] ?? $ops[$id]['sku'];
        $parts[crc32($key) % count($parts)][] = $ops[$id];
    }
    $children = [];
    foreach ($parts as $w => $part) {
        if (!$part) {
            continue;
        }
        $file = tempnam(sys_get_temp_dir(), 'soak');
        $pid = pcntl_fork();
        if ($pid === 0) {
            $out = soak_worker($part, $round, $o['seed'] * 1000 + $round * 10 + $w, $config, $caps);
            file_put_contents($file, serialize($out));
            soak_leave(); // without shutdown functions or destructors: the emulator belongs to the parent
        }
        $children[$pid] = $file;
    }
    $results = [];
    foreach ($children as $pid => $file) {
        pcntl_waitpid($pid, $status);
        $out = @unserialize((string) file_get_contents($file));
        unlink($file);
        if (!is_array($out)) {
            throw new RuntimeException("soak worker $pid died (status $status)");
        }
        $results += $out;
    }
    return $results;
}

/* A forked worker ends here: it becomes /bin/true, so the parent's shutdown functions do not run in it. */
function soak_leave(): never
{
    pcntl_exec('/bin/true');
    exit(0);
}

function soak_worker(array $ops, int $round, int $seed, array $config, array $caps): array
{
    mt_srand($seed);
    $client = new ChannelMgr\Client($config);
    $verify = $round > 0 && $caps['verify_first'];
    $out = [];
    for ($i = 0, $n = count($ops); $i < $n;) {
        if (mt_rand(0, 1)) {
            $chunk = array_slice($ops, $i, mt_rand(4, 16));
            $out += soak_batch($client, $chunk, $verify, $round);
        } else {
            $chunk = array_slice($ops, $i, mt_rand(1, 12));
            foreach ($chunk as $op) {
                $out[$op['id']] = soak_single($client, $op, $verify, $round);
            }
        }
        $i += count($chunk);
    }
    return $out;
}

function soak_single(ChannelMgr\Client $client, array $op, bool $verify, int $round): array
{
    $options = $verify ? ['verify_first' => true] : [];
    $s = microtime(true) * 1000;
    try {
        $r = match ($op['kind']) {
            'ship' => $options ? $client->shipOrder($op['shipment'], $options) : $client->shipOrder($op['shipment']),
            'cancel' => $options ? $client->cancelOrder($op['order'], $op['reason'], $options)
                : $client->cancelOrder($op['order'], $op['reason']),
            'inventory' => $op['node'] !== null ? $client->updateInventory($op['sku'], $op['qty'], $op['node'])
                : $client->updateInventory($op['sku'], $op['qty']),
        };
    } catch (Throwable $e) {
        $r = $e;
    }
    return soak_summary($r, $s, microtime(true) * 1000, 'single', $verify && $op['kind'] !== 'inventory', $round);
}

function soak_batch(ChannelMgr\Client $client, array $chunk, bool $verify, int $round): array
{
    $batch = [];
    foreach ($chunk as $op) {
        $batch[$op['id']] = match ($op['kind']) {
            'ship' => ['op' => 'ship', 'shipment' => $op['shipment']],
            'cancel' => ['op' => 'cancel', 'order' => $op['order'], 'reason' => $op['reason']],
            'inventory' => ['op' => 'inventory', 'sku' => $op['sku'], 'quantity' => $op['qty']]
                + ($op['node'] !== null ? ['ship_node' => $op['node']] : []),
        } + ($verify && $op['kind'] !== 'inventory' ? ['verify_first' => true] : []);
    }
    $s = microtime(true) * 1000;
    try {
        $results = $client->syncBatch($batch, ['concurrency' => 8]);
    } catch (Throwable $e) {
        $results = array_fill_keys(array_keys($batch), $e);
    }
    $e = microtime(true) * 1000;
    $out = [];
    foreach ($chunk as $op) {
        $out[$op['id']] = soak_summary($results[$op['id']] ?? new RuntimeException('no result'), $s, $e, 'batch',
            $verify && $op['kind'] !== 'inventory', $round);
    }
    return $out;
}

/* What the module keeps of a result: its flags, first error and sentence, and when the call ran. */
function soak_summary(array|Throwable $r, float $s, float $e, string $via, bool $verify, int $round): array
{
    $base = ['from' => $s, 'to' => $e, 'via' => $via, 'verify_first' => $verify, 'round' => $round];
    if ($r instanceof Throwable) {
        // refused input (or an API this build lacks): nothing was sent, and the module cannot retry it
        return $base + ['ok' => false, 'retryable' => false, 'unconfirmed' => false, 'reconciled' => false, 'attempts' => 0,
            'code' => get_class($r), 'details' => $r->getMessage(), 'thrown' => true];
    }
    return $base + ['ok' => $r['ok'], 'retryable' => $r['retryable'], 'unconfirmed' => $r['unconfirmed'] ?? false,
        'reconciled' => $r['reconciled'], 'attempts' => $r['attempts'], 'code' => $r['errors'][0]['code'] ?? '',
        'details' => $r['status_details'], 'thrown' => false];
}

/* ---- the comparison ------------------------------------------------------------------------------------------ */

function soak_verify(array $plan, array $ops, array $calls, EmulatorProcess $emu): array
{
    $orders = $emu->control('GET', 'orders');
    $stock = $emu->control('GET', 'inventory?shipNode=*');
    $log = $emu->control('GET', 'requests?endpoints=shipping,cancel,inventory&bare=1');

    // which operation each applied request belongs to
    $byTracking = $byCancel = $bySku = [];
    foreach ($ops as $id => $op) {
        if ($op['kind'] === 'ship') {
            foreach (array_keys($op['packages']) as $tracking) {
                $byTracking[$tracking] = $id;
            }
        } elseif ($op['kind'] === 'cancel') {
            $byCancel[$op['po']] = $id;
        } else {
            $bySku[($op['node'] ?? '') . "\0" . $op['sku']] = $id;
        }
    }
    $applied = [];                                          // op id => [[received_ms, processed_ms], …]
    $unknown = 0;
    foreach ($log as $r) {
        if ($r['processed_status'] === null || $r['processed_status'] < 200 || $r['processed_status'] > 299) {
            continue;
        }
        $id = null;
        if ($r['endpoint'] === 'shipping') {
            preg_match_all('/"trackingNumber":"([^"]*)"/', $r['body'], $m);
            $id = $byTracking[$m[1][0] ?? ''] ?? null;
        } elseif ($r['endpoint'] === 'cancel') {
            $id = $byCancel[rawurldecode(explode('/', $r['target'])[3])] ?? null;
        } else {
            $q = [];
            foreach (explode('&', (string) substr($r['target'], strpos($r['target'], '?') + 1)) as $pair) {
                [$k, $v] = explode('=', $pair, 2) + [1 => ''];
                $q[rawurldecode($k)] = rawurldecode($v);
            }
            $id = $bySku[($q['shipNode'] ?? '') . "\0" . ($q['sku'] ?? '')] ?? null;
        }
        if ($id === null) {
            $unknown++;
            continue;
        }
        $applied[$id][] = [$r['received_ms'], $r['processed_ms']];
    }

    $f = ['doubles' => 0, 'double_units' => 0, 'double_applied' => 0, 'lost' => 0, 'lost_ok' => 0, 'lost_final' => 0,
        'lost_refused' => 0, 'unfinished' => 0, 'wrong' => 0, 'wrong_orders' => 0, 'wrong_stock' => 0, 'contradictions' => 0,
        'contradiction_kinds' => [], 'calls' => 0, 'retries' => 0, 'verify_first_calls' => 0, 'batch_calls' => 0,
        'reconciled' => 0, 'unconfirmed' => 0, 'unknown_applied' => $unknown, 'examples' => []];

    // the orders: every line's units by tracking number, cancelled and open, against the intent
    $shownApplied = [];
    foreach ($plan['expect'] as $po => $lines) {
        $wrong = false;
        foreach ($lines as $l => $want) {
            $have = soak_line($orders[$po], $l);
            foreach ($have['shipped'] as $tracking => $units) {
                $planned = $want['shipped'][$tracking] ?? 0;
                if ($units > $planned) {
                    $f['doubles']++;
                    $f['double_units'] += $units - $planned;
                    soak_example($f, "double: $po line $l tracking $tracking shows $units units, the package holds $planned");
                }
            }
            $wrong = $wrong || $have['shipped'] != $want['shipped'] || $have['cancelled'] !== $want['cancelled']
                || $have['open'] !== $want['open'];
        }
        if ($wrong) {
            $f['wrong_orders']++;
        }
    }
    foreach ($plan['stock'] as $node => $skus) {
        foreach ($skus as $sku => $qty) {
            if (($stock[$node][$sku]['amount'] ?? null) !== $qty) {
                $f['wrong_stock']++;
            }
        }
    }
    $f['wrong'] = $f['wrong_orders'] + $f['wrong_stock'];

    foreach ($ops as $id => $op) {
        $shown = soak_shown($op, $orders, $stock);
        if (count($applied[$id] ?? []) > 1 && $op['kind'] !== 'inventory') {
            $f['double_applied']++;
        }
        $list = $calls[$id] ?? [];
        $f['calls'] += count($list);
        $f['retries'] += max(0, count($list) - 1);
        foreach ($list as $c) {
            $f['verify_first_calls'] += $c['verify_first'] ? 1 : 0;
            $f['batch_calls'] += $c['via'] === 'batch' ? 1 : 0;
            $f['reconciled'] += $c['reconciled'] ? 1 : 0;
            $f['unconfirmed'] += $c['unconfirmed'] ? 1 : 0;
            foreach (soak_contradictions($op, $c, $applied[$id] ?? []) as $kind) {
                $f['contradictions']++;
                $f['contradiction_kinds'][$kind] = ($f['contradiction_kinds'][$kind] ?? 0) + 1;
                soak_example($f, "contradiction ($kind): $id {$op['kind']} " . ($op['po'] ?? $op['sku']) . " round {$c['round']} "
                    . "{$c['via']}: {$c['code']} | {$c['details']}");
            }
        }
        $last = end($list);
        if (!$shown && $last) {
            if ($last['ok']) {
                $f['lost']++;
                $f['lost_ok']++;
                soak_example($f, "lost (ok, not applied): $id {$op['kind']} " . ($op['po'] ?? $op['sku']));
            } elseif (!$last['retryable']) {
                $f['lost']++;
                $f[$last['thrown'] || $last['code'] === 'INVALID_INPUT' ? 'lost_refused' : 'lost_final']++;
                soak_example($f, "lost (given up): $id {$op['kind']} " . ($op['po'] ?? $op['sku']) . ": {$last['code']} | {$last['details']}");
            } else {
                $f['unfinished']++;
                soak_example($f, "unfinished: $id {$op['kind']} " . ($op['po'] ?? $op['sku']) . ": {$last['code']} | {$last['details']}");
            }
        }
    }
    ksort($f['contradiction_kinds']);
    return $f;
}

function soak_example(array &$f, string $what): void
{
    if (count($f['examples']) < 40) {
        $f['examples'][] = $what;
    }
}

/* A line of Walmart's order: units shipped per tracking number, cancelled, open. */
function soak_line(array $order, int $line): array
{
    $out = ['shipped' => [], 'cancelled' => 0, 'open' => 0];
    foreach ($order['orderLines']['orderLine'][$line - 1]['orderLineStatuses']['orderLineStatus'] as $b) {
        $units = (int) $b['statusQuantity']['amount'];
        if ($b['status'] === 'Shipped') {
            $tracking = $b['trackingInfo']['trackingNumber'];
            $out['shipped'][$tracking] = ($out['shipped'][$tracking] ?? 0) + $units;
        } elseif ($b['status'] === 'Cancelled') {
            $out['cancelled'] += $units;
        } else {
            $out['open'] += $units;
        }
    }
    ksort($out['shipped']);
    return $out;
}

/* Whether Walmart's final state shows the operation applied. */
function soak_shown(array $op, array $orders, array $stock): bool
{
    if ($op['kind'] === 'inventory') {
        return ($stock[$op['node'] ?? ''][$op['sku']]['amount'] ?? null) === $op['qty'];
    }
    if ($op['kind'] === 'cancel') {
        foreach ($op['cancels'] as $l => $units) {
            if (soak_line($orders[$op['po']], $l)['cancelled'] < $units) {
                return false;
            }
        }
        return true;
    }
    foreach ($op['packages'] as $tracking => $package) {
        foreach ($package as $l => $units) {
            if ((soak_line($orders[$op['po']], $l)['shipped'][$tracking] ?? 0) < $units) {
                return false;
            }
        }
    }
    return true;
}

/* What in one result contradicts what Walmart did (applied: [received_ms, processed_ms] of each applied request). */
function soak_contradictions(array $op, array $c, array $applied): array
{
    $out = [];
    if ($c['ok'] && $c['retryable']) {
        $out[] = 'ok and retryable';
    }
    if ($c['ok'] && $c['unconfirmed']) {
        $out[] = 'ok and unconfirmed';
    }
    if ($c['unconfirmed'] && !$c['retryable']) {
        $out[] = 'unconfirmed, not retryable';
    }
    if ($c['reconciled'] && !$c['ok']) {
        $out[] = 'reconciled, not ok';
    }
    $before = array_filter($applied, fn($a) => $a[1] <= $c['to']);
    if ($c['ok'] && !$before) {
        $out[] = 'ok, not applied when it returned';
    }
    $during = array_filter($applied, fn($a) => $a[0] >= $c['from'] && $a[0] <= $c['to']);
    if (!$c['ok'] && !$c['unconfirmed'] && $during && $op['kind'] !== 'inventory') {
        $out[] = $c['retryable'] ? 'failed (not unconfirmed), yet applied' : 'failed for good, yet applied';
    }
    return $out;
}

/* ---- the figures --------------------------------------------------------------------------------------------- */

function soak_report(array $f, bool $verbose = false): string
{
    $o = $f['options'];
    $s = $f['stats'];
    $out = sprintf("soak: %d operations (%s) on %d orders, seed %d, %.0f%% of requests faulted, %d workers, timeout %d ms, "
        . "budget %d ms; verify_first %s, ship nodes %s\n", $f['operations'], soak_list($f['kinds']), $f['orders'], $o['seed'],
        $o['rate'] * 100, $o['workers'], $o['timeout_ms'], $o['budget_ms'], $f['caps']['verify_first'] ? 'yes' : 'NO (this build)',
        $f['caps']['ship_node'] ? 'yes' : 'NO (this build)');
    $out .= sprintf("calls: %d (%d in batches), retries %d (%d with verify_first) over %d rounds; reconciled %d, unconfirmed %d\n",
        $f['calls'], $f['batch_calls'], $f['retries'], $f['verify_first_calls'], $f['rounds'], $f['reconciled'], $f['unconfirmed']);
    $out .= sprintf("requests: %s; %d TCP connections\n", soak_list($s['requests']), $s['connections']);
    $out .= sprintf("faults: %d (%s); on %s\n", array_sum((array) $s['chaos']), soak_list((array) $s['chaos']),
        soak_list((array) $s['chaos_endpoints']));
    $out .= sprintf("double ships: %d (%d units; packages applied more than once: %d)\n", $f['doubles'], $f['double_units'],
        $f['double_applied']);
    $out .= sprintf("lost updates: %d (ok but not applied %d, given up %d, input refused by this build %d)\n", $f['lost'], $f['lost_ok'],
        $f['lost_final'], $f['lost_refused']);
    $out .= sprintf("wrong final states: %d (orders %d, inventory %d; unfinished after recovery %d)\n", $f['wrong'],
        $f['wrong_orders'], $f['wrong_stock'], $f['unfinished']);
    $out .= sprintf("contradictions: %d%s\n", $f['contradictions'],
        $f['contradiction_kinds'] ? ' (' . soak_list($f['contradiction_kinds']) . ')' : '');
    $out .= sprintf("wall time: %.1f s\n", $f['wall_s']);
    if ($verbose && $f['examples']) {
        $out .= "examples:\n  " . implode("\n  ", $f['examples']) . "\n";
    }
    return $out;
}

function soak_list(array $counts): string
{
    return implode(', ', array_map(fn($k, $v) => "$k $v", array_keys($counts), $counts)) ?: 'none';
}

if (PHP_SAPI === 'cli' && isset($argv[0]) && realpath($argv[0]) === __FILE__) {
    exit(soak_main($argv));
}
