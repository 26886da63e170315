<?php
/* Under PHP-FPM: N web requests (default 1000), one update each, through one
 * static worker, for channelmgr and the best userland client (a new connection
 * per request, the token cached in a file). Prints token requests and TCP
 * connections per 1000 updates from the emulator's counters. */
require __DIR__ . '/lib.php';
require __DIR__ . '/../tests/inc/fpm.inc';

$n = (int) (getenv('BENCH_FPM_N') ?: 1000);
$impls = ['channelmgr' => __DIR__ . '/../tests/fpm/ship.php', 'best userland' => __DIR__ . '/fpm_userland.php'];
printf("FPM: %d web requests per client, one shipOrder each, through one php-fpm worker\n\n", $n);
printf("%-14s %12s %22s %26s %8s\n", '', 'updates/s', 'token requests/1000', 'TCP connections/1000', 'ok');
foreach ($impls as $name => $script) {
    $emu = bench_emulator(bench_orders('F', $n));
    $fpm = new FpmProcess([ini_get('extension_dir') . '/curl.so'], realpath(__DIR__ . '/../modules/channelmgr.so'));
    @unlink(sys_get_temp_dir() . '/channelmgr-bench-token-' . md5($emu->url));
    $ok = 0;
    $wall = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $ok += str_starts_with($fpm->get($script, ['url' => $emu->url, 'po' => "PO-F-$i"]), 'ok Shipped');
    }
    $wall = (hrtime(true) - $wall) / 1e9;
    $stats = $emu->stats();
    printf("%-14s %12s %22.1f %26.1f %8s\n", $name, number_format($n / $wall), $stats['token_requests'] * 1000 / $n,
        $stats['connections'] * 1000 / $n, $ok === $n ? 'all' : $ok);
    $fpm->stop();
    $emu->stop();
}
echo "(updates/s here include starting a cgi-fcgi process per request)\n";
