<?php
/* Per update: N shipOrder calls (default 2000) for channelmgr and the two
 * pure-PHP baselines, each against its own emulator, in this one process.
 * Prints updates per second, client CPU per update, and HTTP requests, TCP
 * connections and token requests per update from the emulator's counters. */
require __DIR__ . '/lib.php';

$n = (int) (getenv('BENCH_N') ?: 2000);
$impls = [
    'channelmgr' => fn(string $url) => new ChannelMgr\Client(['client_id' => BENCH_ID, 'client_secret' => BENCH_SECRET, 'base_url' => $url]),
    'best userland' => fn(string $url) => new BestUserland($url),
    'typical SDK' => fn(string $url) => new TypicalSdk($url),
];
$rows = [];
$bodies = [];
foreach ($impls as $name => $make) {
    $emu = bench_emulator(bench_orders('U', $n));
    $client = $make($emu->url);
    $cpu = cpu_seconds();
    $wall = hrtime(true);
    $ok = 0;
    for ($i = 0; $i < $n; $i++) {
        $ok += $client->shipOrder(bench_shipment("PO-U-$i"))['order_status'] === 'Shipped';
    }
    $wall = (hrtime(true) - $wall) / 1e9;
    [$user, $system] = cpu_seconds();
    [$user, $system] = [$user - $cpu[0], $system - $cpu[1]];
    $stats = $emu->stats();
    $requests = array_sum($stats['requests']);
    $shipping = array_values(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'shipping'))[0];
    $names = array_keys($shipping['headers']);
    sort($names);
    $bodies[$name] = [$shipping['body'], $names];
    $rows[$name] = ['ok' => $ok, 'rate' => $n / $wall, 'cpu_us' => ($user + $system) / $n * 1e6, 'user_us' => $user / $n * 1e6,
        'sys_us' => $system / $n * 1e6, 'req' => $requests / $n,
        'conn' => $stats['connections'] / $n, 'tokens' => $stats['token_requests']];
    $emu->stop();
}

printf("Per update: %d shipOrder calls each, against the emulator on 127.0.0.1 (keep-alive, no added latency)\n\n", $n);
printf("%-14s %10s %12s %16s %14s %14s %8s %5s\n", '', 'updates/s', 'CPU us/upd', '(user + system)', 'requests/upd',
    'TCP conn/upd', 'tokens', 'ok');
foreach ($rows as $name => $r) {
    printf("%-14s %10s %12.1f %16s %14.3f %14.4f %8d %5s\n", $name, number_format($r['rate']), $r['cpu_us'],
        sprintf('(%.0f + %.0f)', $r['user_us'], $r['sys_us']), $r['req'], $r['conn'], $r['tokens'], $r['ok'] === $n ? 'all' : $r['ok']);
}
$c = $rows['channelmgr'];
printf("\nchannelmgr vs best userland: %.2fx the updates/s, %.2fx the client CPU per update (target <= 0.50), %.2fx its user CPU\n",
    $c['rate'] / $rows['best userland']['rate'], $c['cpu_us'] / $rows['best userland']['cpu_us'],
    $c['user_us'] / $rows['best userland']['user_us']);
printf("channelmgr vs typical SDK:   %.2fx the updates/s, %.2fx the client CPU, %.2fx the requests, %.4fx the connections\n",
    $c['rate'] / $rows['typical SDK']['rate'], $c['cpu_us'] / $rows['typical SDK']['cpu_us'],
    $c['req'] / $rows['typical SDK']['req'], $c['conn'] / $rows['typical SDK']['conn']);
$same = count(array_unique(array_map('serialize', $bodies))) === 1;
printf("requests identical (body and header names): %s\n", $same ? 'yes' : 'NO');
