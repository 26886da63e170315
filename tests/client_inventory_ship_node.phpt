--TEST--
client: updateInventory($sku, $qty, $shipNode) sends Walmart's shipNode query parameter (percent-encoded); without it, only sku
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess();
$client = $emu->client();
foreach ([['MUG', 7, 'SN-1'], ['MUG', 3, null], ['TEE/RED/M', 2, 'NODE 2/EAST']] as [$sku, $qty, $node]) {
    $r = $client->updateInventory($sku, $qty, $node);
    printf("ok=%s sku=%s quantity=%d\n", var_export($r['ok'], true), $r['sku'], $r['quantity']);
}
foreach ($emu->requests() as $r) {
    if ($r['endpoint'] === 'inventory') {
        echo $r['method'], ' ', $r['target'], "\n";
    }
}
echo json_encode($emu->inventory('*'), JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
ok=true sku=MUG quantity=7
ok=true sku=MUG quantity=3
ok=true sku=TEE/RED/M quantity=2
PUT /v3/inventory?sku=MUG&shipNode=SN-1
PUT /v3/inventory?sku=MUG
PUT /v3/inventory?sku=TEE%2FRED%2FM&shipNode=NODE%202%2FEAST
{"":{"MUG":{"unit":"EACH","amount":3}},"SN-1":{"MUG":{"unit":"EACH","amount":7}},"NODE 2/EAST":{"TEE/RED/M":{"unit":"EACH","amount":2}}}
