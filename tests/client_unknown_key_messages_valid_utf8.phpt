--TEST--
client: an unknown key of many multibyte characters is quoted (shortened) without cutting a character: exception messages, fields and batch results stay valid UTF-8 and json_encode works
--EXTENSIONS--
channelmgr
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client();
foreach (['x', 'xy', 'xyz'] as $prefix) {
    $key = $prefix . str_repeat("\u{e9}", 100) . str_repeat("\u{20ac}", 40);
    try {
        $client->shipOrder(shipment('PO-1', [1 => 1]) + [$key => 1]);
        echo "sent\n";
    } catch (ChannelMgr\ValidationException $e) {
        printf("%s exception: message utf8=%s field utf8=%s\n", $prefix, var_export(preg_match('//u', $e->getMessage()) === 1, true),
            var_export(preg_match('//u', $e->getField()) === 1, true));
    }
    $results = $client->syncBatch([
        ['op' => 'ship', 'shipment' => shipment('PO-1', [1 => 1]) + [$key => 1]],
        ['op' => 'inventory', 'sku' => 'A', 'quantity' => 1, $key => 2],
    ]);
    foreach ($results as $i => $r) {
        printf("%s batch %d: %s utf8=%s json=%s\n", $prefix, $i, $r['errors'][0]['code'],
            var_export(preg_match('//u', $r['errors'][0]['field'] . $r['errors'][0]['description'] . $r['status_details']) === 1, true),
            var_export(json_encode($r) !== false, true));
    }
}
echo $emu->stats()['requests']['shipping'] ?? 0, " ship requests\n";
?>
--EXPECT--
x exception: message utf8=true field utf8=true
x batch 0: INVALID_INPUT utf8=true json=true
x batch 1: INVALID_INPUT utf8=true json=true
xy exception: message utf8=true field utf8=true
xy batch 0: INVALID_INPUT utf8=true json=true
xy batch 1: INVALID_INPUT utf8=true json=true
xyz exception: message utf8=true field utf8=true
xyz batch 0: INVALID_INPUT utf8=true json=true
xyz batch 1: INVALID_INPUT utf8=true json=true
0 ship requests
