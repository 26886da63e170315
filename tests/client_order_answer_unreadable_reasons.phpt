--TEST--
client: an order answer with an amount out of range, or the JSON null, is INVALID_RESPONSE with a readable reason (the full field path, no empty or garbage text)
--EXTENSIONS--
channelmgr
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2])]);
$client = $emu->client(['max_retries' => 0]);
$order = $emu->order('PO-1');
$order['orderLines']['orderLine'][0]['orderLineStatuses']['orderLineStatus'][0]['statusQuantity']['amount'] = 10000000000;
$answers = ['amount 10^10' => ['status' => 200, 'body' => ['order' => $order]], 'null' => ['status' => 200, 'body' => "null\n"],
    'empty' => ['status' => 200, 'body' => '']];
foreach ($answers as $what => $fault) {
    $emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET'] + $fault);
    $r = $client->getOrder('PO-1');
    $d = $r['errors'][0]['description'];
    printf("%s: ok=%s retryable=%s code=%s utf8=%d empty reason=%s json=%s\n", $what, var_export($r['ok'], true),
        var_export($r['retryable'], true), $r['errors'][0]['code'], preg_match('//u', $d), var_export(str_contains($d, '()'), true),
        var_export(json_encode($r) !== false, true));
    if ($what === 'amount 10^10') {
        var_dump(str_contains($d, 'orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount'));
    }
}
?>
--EXPECT--
amount 10^10: ok=false retryable=true code=INVALID_RESPONSE utf8=1 empty reason=false json=true
bool(true)
null: ok=false retryable=true code=INVALID_RESPONSE utf8=1 empty reason=false json=true
empty: ok=false retryable=true code=INVALID_RESPONSE utf8=1 empty reason=false json=true
