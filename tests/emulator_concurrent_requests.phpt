--TEST--
emulator: requests on several connections are served concurrently; a slow answer holds up only its own connection
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$emu->control('POST', 'config', ['credentials' => ['test-client' => 'test-secret']]);
$emu->fault(['path' => '/slow', 'delay_ms' => 800]);
$port = parse_url($emu->url, PHP_URL_PORT);
$open = function (string $path) use ($port) {
    $s = stream_socket_client("tcp://127.0.0.1:$port");
    fwrite($s, "GET $path HTTP/1.1\r\nHost: x\r\nWM_QOS.CORRELATION_ID: c\r\nWM_SVC.NAME: s\r\nAccept: application/json\r\n\r\n");
    return $s;
};
$start = microtime(true);
$slow = $open('/slow');
$fast = [$open('/v3/orders/PO-1'), $open('/v3/orders/PO-1'), $open('/v3/orders/PO-1')];
$done = [];
while (count($done) < 4) {
    $read = array_filter(array_merge([$slow], $fast), fn($s) => !in_array((int) $s, $done, true));
    $w = $e = null;
    stream_select($read, $w, $e, 5);
    foreach ($read as $s) {
        fgets($s);
        $done[] = (int) $s;
        echo $s === $slow ? 'slow' : 'fast', ' answered', microtime(true) - $start < 0.5 ? ' at once' : ' later', "\n";
    }
}
?>
--EXPECT--
fast answered at once
fast answered at once
fast answered at once
slow answered later
