--TEST--
inventory: a SKU may hold URL-reserved characters (TEE/RED/M, ?, #, &, .., \, space): Walmart has them percent-encoded, not refused; 1 to 50 characters of any width
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach (['TEE/RED/M', '../SKU', 'SKU?x=1&y#2', ': / ? # [ ] @ ! $ & \' ( ) * + , ; = { } %', 'SKU\\1', 'a..b'] as $sku) {
    echo json_decode(channelmgr_inventory_payload($sku, 1), true)['sku'] === $sku ? "kept: $sku\n" : "CHANGED: $sku\n";
}
$fifty = str_repeat("\u{1F4E6}", 50);                    // 50 characters, 200 bytes
echo strlen(json_decode(channelmgr_inventory_payload($fifty, 1), true)['sku']), " bytes kept\n";
attempt(fn() => channelmgr_inventory_payload($fifty . "\u{1F4E6}", 1));
attempt(fn() => channelmgr_inventory_payload('', 1));
attempt(fn() => channelmgr_inventory_payload("SKU\r\nX: 1", 1));
attempt(fn() => channelmgr_inventory_payload("SKU\0", 1));
?>
--EXPECT--
kept: TEE/RED/M
kept: ../SKU
kept: SKU?x=1&y#2
kept: : / ? # [ ] @ ! $ & ' ( ) * + , ; = { } %
kept: SKU\1
kept: a..b
200 bytes kept
sku | sku: must be at most 50 characters, got 51
sku | sku: must not be empty
sku | sku: must not contain control characters (found one at character 4)
sku | sku: must not contain control characters (found one at character 4)
