--TEST--
client: a released-orders cursor up to 2048 bytes that passes validation is sent as given, never "could not be built"; a longer one is refused
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1], 'Created')]);
$client = $emu->client();
$start = '?limit=10&poIndex=0&partnerId=';
foreach ([400, 493, 600, 2048, 2049] as $n) {
    $cursor = $start . str_repeat('7', $n - strlen($start));
    try {
        $r = $client->fetchReleasedOrders(['cursor' => $cursor]);
        printf("%d bytes: ok=%s orders=%d\n", $n, var_export($r['ok'], true), count($r['orders'] ?? []));
    } catch (ChannelMgr\ValidationException $e) {
        printf("%d bytes: refused (%s)\n", $n, $e->getField());
    }
}
$sent = array_column(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'released'), 'target');
echo implode(' ', array_map(fn($t) => strlen($t) - strlen('/v3/orders/released'), $sent)), "\n";
?>
--EXPECT--
400 bytes: ok=true orders=1
493 bytes: ok=true orders=1
600 bytes: ok=true orders=1
2048 bytes: ok=true orders=1
2049 bytes: refused (cursor)
400 493 600 2048
