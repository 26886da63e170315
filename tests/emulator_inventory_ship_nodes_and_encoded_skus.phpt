--TEST--
emulator: inventory is kept per SKU and ship node; SKUs arrive percent-encoded (reserved characters must be) and are decoded as RFC 3986 says
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess();
$put = function (string $query, string $sku, int $qty) use ($emu) {
    [$status, $body] = $emu->api('PUT', "/v3/inventory?$query", json_encode(['sku' => $sku, 'quantity' => ['unit' => 'EACH', 'amount' => $qty]],
        JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    $e = json_decode($body, true)['errors']['error'][0] ?? null;
    echo str_pad($query, 40), ' ', $status, $e ? " {$e['code']} {$e['field']}: {$e['description']}" : '', "\n";
};
$put('sku=MUG', 'MUG', 1);
$put('sku=MUG&shipNode=SN-1', 'MUG', 2);
$put('sku=TEE%2FRED%2FM&shipNode=SN-1', 'TEE/RED/M', 3);
$put('sku=MUG%20BLUE%2B1', 'MUG BLUE+1', 4);
$put('sku=A%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%7B%7D%25', "A:/?#[]@!$&'()*+,;={}%", 5);
$put('sku=' . rawurlencode(str_repeat("\u{1F600}", 50)), str_repeat("\u{1F600}", 50), 6);
$put('sku=TEE/RED/M', 'TEE/RED/M', 7);                      // reserved characters as they are: refused
$put('sku=MUG+BLUE', 'MUG BLUE', 8);                        // '+' is not a space in RFC 3986, and must be encoded
$put('sku=' . rawurlencode(str_repeat('x', 51)), str_repeat('x', 51), 9);
$put('sku=A%0AB', "A\nB", 10);
$put('shipNode=SN-1', '', 11);
echo json_encode($emu->inventory(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
echo json_encode($emu->inventory('SN-1'), JSON_UNESCAPED_SLASHES), "\n";
echo json_encode($emu->inventory('SN-2')), "\n";
echo implode(',', array_map(fn($n) => "'$n'", array_keys($emu->inventory('*')))), "\n";

// order lines seeded with the customer's intent to cancel carry it; the others do not have the key
$emu->control('POST', 'seed', [['purchaseOrderId' => 'PO-1', 'lines' => [['sku' => 'A', 'quantity' => 1, 'status' => 'Acknowledged',
    'intentToCancel' => true], ['sku' => 'B', 'quantity' => 1, 'status' => 'Acknowledged']]]]);
$lines = json_decode($emu->api('GET', '/v3/orders/PO-1')[1], true)['order']['orderLines']['orderLine'];
var_dump($lines[0]['intentToCancel'], array_key_exists('intentToCancel', $lines[1]));
?>
--EXPECT--
sku=MUG                                  200
sku=MUG&shipNode=SN-1                    200
sku=TEE%2FRED%2FM&shipNode=SN-1          200
sku=MUG%20BLUE%2B1                       200
sku=A%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%7B%7D%25 200
sku=%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80 200
sku=TEE/RED/M                            400 INVALID_REQUEST_PARAM.GMP_INVENTORY_API sku: sku must be percent-encoded: reserved characters and space are not allowed as they are
sku=MUG+BLUE                             400 INVALID_REQUEST_PARAM.GMP_INVENTORY_API sku: sku must be percent-encoded: reserved characters and space are not allowed as they are
sku=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 400 INVALID_REQUEST_PARAM.GMP_INVENTORY_API sku: sku must be 1 to 50 characters
sku=A%0AB                                400 INVALID_REQUEST_PARAM.GMP_INVENTORY_API sku: sku must be UTF-8 text without control characters
shipNode=SN-1                            400 MISSING_REQUEST_PARAM.GMP_INVENTORY_API sku: sku is required
{"MUG":{"unit":"EACH","amount":1},"MUG BLUE+1":{"unit":"EACH","amount":4},"A:/?#[]@!$&'()*+,;={}%":{"unit":"EACH","amount":5},"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀":{"unit":"EACH","amount":6}}
{"MUG":{"unit":"EACH","amount":2},"TEE/RED/M":{"unit":"EACH","amount":3}}
[]
'','SN-1'
bool(true)
bool(false)
