--TEST--
client: a cancel applied late, its read malformed: not sent again (no 429 on a resend can turn it into "Nothing was applied"); unconfirmed, and cancelled once
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2, 1])]);
$client = $emu->client(['timeout_ms' => 300, 'max_retries' => 2, 'max_retry_wait_ms' => 300]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/PO-1/cancel', 'late_ms' => 700]);
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'malformed' => true, 'times' => 9]);
$emu->fault(['path' => '/PO-1/cancel', 'status' => 429, 'times' => 9,
    'body' => ['errors' => ['error' => [['code' => 'REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API', 'description' => 'Too many requests']]]],
    'headers' => ['x-current-token-count' => '0', 'x-next-replenish-time' => (string) (int) (microtime(true) * 1000 + 100)]]);
$r = $client->cancelOrder(['purchase_order_id' => 'PO-1',
    'lines' => [['line_number' => 1, 'ordered' => 2], ['line_number' => 2, 'ordered' => 1]]], 'out_of_stock');
echo flags($r), "\n";
var_dump(str_contains($r['status_details'], 'Walmart may have received it; it will be checked before it is sent again'),
    str_contains($r['status_details'], 'Nothing was applied'));
usleep(700000);
echo units($emu, 'PO-1', 1), ' ', units($emu, 'PO-1', 2), "\n";
echo $emu->stats()['requests']['cancel'], " cancel request\n";
?>
--EXPECT--
ok=false retryable=true unconfirmed=true reconciled=false status=Error
bool(true)
bool(false)
{"Cancelled":2} {"Cancelled":1}
1 cancel request
