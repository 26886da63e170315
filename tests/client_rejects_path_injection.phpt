--TEST--
client: a purchase order id with /, .., ?, #, CR/LF or NUL, or a SKU with control characters, is refused before any request
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client();
$bad = ['PO-1/cancel', '../PO-1', 'PO-1?x=1', 'PO-1#x', "PO-1\r\nX-Injected: 1", "PO-1\0", 'PO 1', ''];
foreach ($bad as $po) {
    foreach ([
        'getOrder' => fn() => $client->getOrder($po),
        'acknowledgeOrder' => fn() => $client->acknowledgeOrder($po),
        'shipOrder' => fn() => $client->shipOrder(shipment($po, [1 => 1])),
        'cancelOrder' => fn() => $client->cancelOrder(['purchase_order_id' => $po, 'lines' => [['line_number' => 1, 'ordered' => 1]]], 'fraud'),
    ] as $method => $call) {
        try {
            $call();
            echo "$method(", json_encode($po), "): SENT\n";
        } catch (ChannelMgr\ValidationException $e) {
            $fields[$e->getField()] = true;
        }
    }
}
foreach (["SKU\r\n", "SKU\0", '', str_repeat('S', 51)] as $sku) {
    try {
        $client->updateInventory($sku, 1);
        echo 'updateInventory(', json_encode($sku), "): SENT\n";
    } catch (ChannelMgr\ValidationException $e) {
        echo $e->getMessage(), "\n";
    }
}
echo implode(', ', array_keys($fields)), "\n";
var_dump($emu->stats()['requests']);
?>
--EXPECT--
sku: must not contain control characters (found one at character 4)
sku: must not contain control characters (found one at character 4)
sku: must not be empty
sku: must be at most 50 characters, got 51
purchase_order_id
array(0) {
}
