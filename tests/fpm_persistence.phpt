--TEST--
fpm: one worker keeps one token and one TCP connection across web requests; other credentials or URLs get their own
--EXTENSIONS--
channelmgr
--SKIPIF--
<?php
require __DIR__ . '/inc/fpm.inc';
if (!is_executable(FpmProcess::binary()) || !shell_exec('command -v cgi-fcgi')) die('skip needs php8.2-fpm and libfcgi-bin');
?>
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/fpm.inc';
$emu = new EmulatorProcess([seed_order('PO-1', array_fill(0, 20, 1))]);
$emu->control('POST', 'config', ['credentials' => ['test-client' => 'test-secret', 'other' => 'other-secret']]);
$fpm = new FpmProcess();
$pids = [];
for ($line = 1; $line <= 20; $line++) {
    $out = $fpm->get('ship.php', ['url' => $emu->url, 'po' => 'PO-1', 'line' => $line]);
    [$outcome, $pid] = explode(' pid=', $out) + [1 => '?'];
    $outcomes[$outcome] = ($outcomes[$outcome] ?? 0) + 1;
    $pids[$pid] = true;
}
print_r($outcomes);
echo count($pids), " worker process\n";
$stats = $emu->stats();
printf("20 web requests: %d ship requests, %d token request, %d TCP connection\n", $stats['requests']['shipping'],
    $stats['token_requests'], $stats['connections']);

// other credentials: a token of their own, on the same kept-alive connection
$emu->control('POST', 'seed', [seed_order('PO-2', [1, 1])]);
foreach ([1, 2] as $line) {
    echo strtok($fpm->get('ship.php', ['url' => $emu->url, 'po' => 'PO-2', 'line' => $line, 'id' => 'other', 'secret' => 'other-secret']), '='), "\n";
}
$stats = $emu->stats();
printf("other credentials: %d token requests, %d TCP connection\n", $stats['token_requests'], $stats['connections']);

// another Walmart (another base URL): its own token and connection
$emu2 = new EmulatorProcess([seed_order('PO-3', [1])]);
$fpm->get('ship.php', ['url' => $emu2->url, 'po' => 'PO-3']);
$stats2 = $emu2->stats();
printf("another base URL: %d token request, %d TCP connection there\n", $stats2['token_requests'], $stats2['connections']);
?>
--EXPECT--
Array
(
    [ok Partially Shipped] => 19
    [ok Shipped] => 1
)
1 worker process
20 web requests: 20 ship requests, 1 token request, 1 TCP connection
ok Partially Shipped pid
ok Shipped pid
other credentials: 2 token requests, 1 TCP connection
another base URL: 1 token request, 1 TCP connection there
