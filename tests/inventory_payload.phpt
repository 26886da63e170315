--TEST--
inventory: channelmgr_inventory_payload writes Walmart's inventory body; SKU 1 to 50 characters of UTF-8 without control characters, quantity >= 0
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
echo channelmgr_inventory_payload('SKU_0001', 10), "\n";
echo channelmgr_inventory_payload('Mug "Blue" Ünïcode', 0), "\n";
attempt(fn() => channelmgr_inventory_payload('SKU', -1));
attempt(fn() => channelmgr_inventory_payload('SKU', 2147483648));
attempt(fn() => channelmgr_inventory_payload("SKU\n", 1));
attempt(fn() => channelmgr_inventory_payload("SKU\xff", 1));
?>
--EXPECT--
{"sku":"SKU_0001","quantity":{"unit":"EACH","amount":10}}
{"sku":"Mug \"Blue\" Ünïcode","quantity":{"unit":"EACH","amount":0}}
quantity | quantity: must be between 0 and 2147483647, got -1
quantity | quantity: must be between 0 and 2147483647, got 2147483648
sku | sku: must not contain control characters (found one at character 4)
sku | sku: must be valid UTF-8 (invalid byte 0xFF at offset 3)
