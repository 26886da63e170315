<?php
/* Per update: N shipOrder calls (default 2000) for channelmgr and the two
 * pure-PHP baselines, on 1-line and 10-line orders, each client against its
 * own emulator, in this one process. Three rounds, the clients interleaved in
 * each, so a slow moment of the machine hits all of them alike; the figures are
 * medians over the rounds. Prints updates per second, client CPU per update
 * (user and system apart), HTTP requests, TCP connections and token requests
 * per update, and checks channelmgr's results against best userland's
 * (json_decode) for the same answers: ok, status and the order, identical. */
require __DIR__ . '/lib.php';

$n = (int) (getenv('BENCH_N') ?: 2000);
$rounds = (int) (getenv('BENCH_ROUNDS') ?: 3);
$impls = [
    'channelmgr' => fn(string $url) => new ChannelMgr\Client(['client_id' => BENCH_ID, 'client_secret' => BENCH_SECRET, 'base_url' => $url]),
    'best userland' => fn(string $url) => new BestUserland($url),
    'typical SDK' => fn(string $url) => new TypicalSdk($url),
];

function median(array $xs): float
{
    sort($xs);
    $m = intdiv(count($xs), 2);
    return count($xs) % 2 ? $xs[$m] : ($xs[$m - 1] + $xs[$m]) / 2;
}

foreach ([1, 10] as $lines) {
    $runs = [];
    $results = [];
    for ($round = 1; $round <= $rounds; $round++) {
        foreach ($impls as $name => $make) {
            $emu = bench_emulator(bench_orders('U', $n, 1, $lines));
            $client = $make($emu->url);
            $shipments = [];
            for ($i = 0; $i < $n; $i++) {
                $shipments[] = bench_shipment("PO-U-$i", '1Z999AA10123456784', $lines);
            }
            $seen = [];
            $cpu = cpu_seconds();
            $wall = hrtime(true);
            foreach ($shipments as $i => $shipment) {
                $r = $client->shipOrder($shipment);
                $seen[] = $r;
            }
            $wall = (hrtime(true) - $wall) / 1e9;
            [$user, $system] = cpu_seconds();
            [$user, $system] = [$user - $cpu[0], $system - $cpu[1]];
            if ($round === 1 && $name !== 'typical SDK') {
                $results[$name] = array_map(fn($r) => md5(serialize([$r['ok'], $r['order_status'], $r['order']])), $seen);
                $size = strlen(json_encode(['order' => $seen[0]['order']], JSON_UNESCAPED_SLASHES));
            }
            $stats = $emu->stats();
            $runs[$name][] = ['ok' => count(array_filter($seen, fn($r) => $r['order_status'] === 'Shipped')), 'rate' => $n / $wall,
                'user_us' => $user / $n * 1e6, 'sys_us' => $system / $n * 1e6, 'req' => array_sum($stats['requests']) / $n,
                'conn' => $stats['connections'] / $n, 'tokens' => $stats['token_requests']];
            unset($seen, $client);
            $emu->stop();
        }
    }

    $rows = [];
    foreach ($runs as $name => $list) {
        $rows[$name] = ['rate' => median(array_column($list, 'rate')), 'user_us' => median(array_column($list, 'user_us')),
            'sys_us' => median(array_column($list, 'sys_us')), 'req' => median(array_column($list, 'req')),
            'conn' => median(array_column($list, 'conn')), 'tokens' => median(array_column($list, 'tokens')),
            'ok' => min(array_column($list, 'ok'))];
        $rows[$name]['cpu_us'] = median(array_map(fn($r) => $r['user_us'] + $r['sys_us'], $list));
    }
    printf("Per update, %d-line orders: %d shipOrder calls per client and round, %d rounds interleaved, medians\n", $lines, $n, $rounds);
    printf("(the emulator on 127.0.0.1: keep-alive, no added latency; each answer the whole order, %d bytes)\n\n",
        $size);
    printf("%-14s %10s %11s %9s %9s %14s %14s %7s %5s\n", '', 'updates/s', 'CPU us/upd', 'user us', 'sys us', 'requests/upd',
        'TCP conn/upd', 'tokens', 'ok');
    foreach ($rows as $name => $r) {
        printf("%-14s %10s %11.1f %9.1f %9.1f %14.3f %14.4f %7d %5s\n", $name, number_format($r['rate']), $r['cpu_us'], $r['user_us'],
            $r['sys_us'], $r['req'], $r['conn'], $r['tokens'], $r['ok'] === $n ? 'all' : $r['ok']);
    }
    $c = $rows['channelmgr'];
    $b = $rows['best userland'];
    printf("\nchannelmgr vs best userland: %.2fx the updates/s (target >= 1), %.2fx its user CPU (target <= 0.50), "
        . "%.2fx its client CPU (target <= 0.80)\n", $c['rate'] / $b['rate'], $c['user_us'] / $b['user_us'], $c['cpu_us'] / $b['cpu_us']);
    printf("channelmgr vs typical SDK:   %.2fx the updates/s, %.2fx the client CPU, %.2fx the requests, %.4fx the connections\n",
        $c['rate'] / $rows['typical SDK']['rate'], $c['cpu_us'] / $rows['typical SDK']['cpu_us'],
        $c['req'] / $rows['typical SDK']['req'], $c['conn'] / $rows['typical SDK']['conn']);
    printf("results identical to json_decode's (ok, status, order) for all %d answers: %s\n\n", $n,
        $results['channelmgr'] === $results['best userland'] ? 'yes' : 'NO');
}
