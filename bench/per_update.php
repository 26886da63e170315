<?php
/* Per update: shipOrder calls for channelmgr and the two pure-PHP baselines,
 * on 1-line and 10-line orders, each client against its own emulator, in this
 * one process. Three rounds; within a round the clients take turns in blocks
 * of BENCH_BLOCK updates, so a slow moment of the machine hits all of them
 * alike; the figures are medians over the rounds. Prints updates per second,
 * client CPU per update (user and system apart), HTTP requests, TCP
 * connections and token requests per update, and checks channelmgr's results
 * against best userland's (json_decode) for the same answers: ok, status and
 * the order, identical (in an untimed pass first: the timed rounds free each
 * result as the next call takes its place, as a caller would).
 *
 * The kernel here splits CPU time into user and system by sampling at each
 * tick (250 Hz): the total is exact, the split is a sample, so each client
 * runs for seconds per round (BENCH_N updates; the typical SDK, slower and
 * not a target, a quarter of them). */
require __DIR__ . '/lib.php';

$rounds = (int) (getenv('BENCH_ROUNDS') ?: 3);
$block = (int) (getenv('BENCH_BLOCK') ?: 250);
$impls = [
    'channelmgr' => fn(string $url) => new ChannelMgr\Client(['client_id' => BENCH_ID, 'client_secret' => BENCH_SECRET, 'base_url' => $url]),
    'best userland' => fn(string $url) => new BestUserland($url),
    'typical SDK' => fn(string $url) => new TypicalSdk($url),
];
$share = ['channelmgr' => 1, 'best userland' => 1, 'typical SDK' => 4];

function median(array $xs): float
{
    sort($xs);
    $m = intdiv(count($xs), 2);
    return count($xs) % 2 ? $xs[$m] : ($xs[$m - 1] + $xs[$m]) / 2;
}

foreach ([1 => 20000, 10 => 4000] as $lines => $default_n) {
    $n = (int) (getenv('BENCH_N') ?: $default_n);
    $runs = [];

    /* First, untimed: both clients on the same answers, every result kept and compared. */
    $results = [];
    $checked = min($n, 2000);
    foreach (['channelmgr', 'best userland'] as $name) {
        $emu = bench_emulator(bench_orders('U', $checked, 1, $lines));
        $client = $impls[$name]($emu->url);
        for ($i = 0; $i < $checked; $i++) {
            $r = $client->shipOrder(bench_shipment("PO-U-$i", '1Z999AA10123456784', $lines));
            $results[$name][] = md5(serialize([$r['ok'], $r['order_status'], $r['order']]));
            $size ??= strlen(json_encode(['order' => $r['order']], JSON_UNESCAPED_SLASHES));
        }
        unset($client, $r);
        $emu->stop();
    }

    /* Then timed: each result freed as the next call takes its place, as a caller would. */
    for ($round = 1; $round <= $rounds; $round++) {
        $state = [];
        foreach ($impls as $name => $make) {
            $count = intdiv($n, $share[$name]);
            $emu = bench_emulator(bench_orders('U', $count, 1, $lines));
            $shipments = [];
            for ($i = 0; $i < $count; $i++) {
                $shipments[] = bench_shipment("PO-U-$i", '1Z999AA10123456784', $lines);
            }
            $state[$name] = ['emu' => $emu, 'client' => $make($emu->url), 'shipments' => $shipments, 'next' => 0,
                'user' => 0.0, 'sys' => 0.0, 'wall' => 0.0, 'ok' => 0];
        }
        do {
            $busy = false;
            foreach ($state as $name => &$st) {
                $todo = array_slice($st['shipments'], $st['next'], intdiv($block, $share[$name]) ?: 1);
                if (!$todo) {
                    continue;
                }
                $busy = true;
                $client = $st['client'];
                $ok = 0;
                $cpu = cpu_seconds();
                $wall = hrtime(true);
                foreach ($todo as $shipment) {
                    $r = $client->shipOrder($shipment);
                    $ok += $r['order_status'] === 'Shipped';
                }
                unset($r);
                $wall = hrtime(true) - $wall;
                $after = cpu_seconds();
                $st['user'] += $after[0] - $cpu[0];
                $st['sys'] += $after[1] - $cpu[1];
                $st['wall'] += $wall / 1e9;
                $st['next'] += count($todo);
                $st['ok'] += $ok;
            }
            unset($st);
        } while ($busy);
        foreach ($state as $name => $st) {
            $count = count($st['shipments']);
            $stats = $st['emu']->stats();
            $runs[$name][] = ['ok' => $st['ok'], 'n' => $count, 'rate' => $count / $st['wall'], 'user_us' => $st['user'] / $count * 1e6,
                'sys_us' => $st['sys'] / $count * 1e6, 'req' => array_sum($stats['requests']) / $count,
                'conn' => $stats['connections'] / $count, 'tokens' => $stats['token_requests']];
            $st['emu']->stop();
        }
        unset($state, $st);
    }

    $rows = [];
    foreach ($runs as $name => $list) {
        $rows[$name] = ['rate' => median(array_column($list, 'rate')), 'user_us' => median(array_column($list, 'user_us')),
            'sys_us' => median(array_column($list, 'sys_us')), 'req' => median(array_column($list, 'req')),
            'conn' => median(array_column($list, 'conn')), 'tokens' => median(array_column($list, 'tokens')),
            'ok' => min(array_column($list, 'ok')), 'n' => $list[0]['n']];
        $rows[$name]['cpu_us'] = median(array_map(fn($r) => $r['user_us'] + $r['sys_us'], $list));
    }
    printf("Per update, %d-line orders: %d shipOrder calls per client and round (typical SDK %d), %d rounds, the clients "
        . "taking turns in blocks of %d; medians\n", $lines, $n, intdiv($n, $share['typical SDK']), $rounds, $block);
    printf("(the emulator on 127.0.0.1: keep-alive, no added latency; each answer the whole order, %d bytes)\n\n",
        $size);
    printf("%-14s %10s %11s %9s %9s %14s %14s %7s %5s\n", '', 'updates/s', 'CPU us/upd', 'user us', 'sys us', 'requests/upd',
        'TCP conn/upd', 'tokens', 'ok');
    foreach ($rows as $name => $r) {
        printf("%-14s %10s %11.1f %9.1f %9.1f %14.3f %14.4f %7d %5s\n", $name, number_format($r['rate']), $r['cpu_us'], $r['user_us'],
            $r['sys_us'], $r['req'], $r['conn'], $r['tokens'], $r['ok'] === $r['n'] ? 'all' : $r['ok']);
    }
    $c = $rows['channelmgr'];
    $b = $rows['best userland'];
    printf("\nchannelmgr vs best userland: %.2fx the updates/s (target >= 1), %.2fx its user CPU (target <= 0.50), "
        . "%.2fx its client CPU (target <= 0.80)\n", $c['rate'] / $b['rate'], $c['user_us'] / $b['user_us'], $c['cpu_us'] / $b['cpu_us']);
    printf("channelmgr vs typical SDK:   %.2fx the updates/s, %.2fx the client CPU, %.2fx the requests, %.4fx the connections\n",
        $c['rate'] / $rows['typical SDK']['rate'], $c['cpu_us'] / $rows['typical SDK']['cpu_us'],
        $c['req'] / $rows['typical SDK']['req'], $c['conn'] / $rows['typical SDK']['conn']);
    printf("results identical to json_decode's (ok, status, order) for all %d answers: %s\n\n", count($results['channelmgr']),
        $results['channelmgr'] === $results['best userland'] ? 'yes' : 'NO');
    unset($size);
}
