--TEST--
client: a SKU of 50 four-byte characters (a 618-byte path) is sent whole, percent-encoded, and Walmart stores it
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess();
$sku = str_repeat("\u{1F600}", 50);
$r = $emu->client()->updateInventory($sku, 12);
var_dump($r['ok'], $r['sku'] === $sku, $r['quantity']);
$put = $emu->requests()[1];
var_dump(strlen($put['target']), $put['target'] === '/v3/inventory?sku=' . rawurlencode($sku));
var_dump($emu->inventory()[$sku] ?? null);
?>
--EXPECT--
bool(true)
bool(true)
int(12)
int(618)
bool(true)
array(2) {
  ["unit"]=>
  string(4) "EACH"
  ["amount"]=>
  int(12)
}
