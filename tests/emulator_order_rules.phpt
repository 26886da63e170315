--TEST--
emulator: Walmart's order rules the client never lets through: method codes, carriers, trackingURL with otherCarrier, cancellation reasons
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2])]);
function post(EmulatorProcess $emu, string $path, string $body): string
{
    static $token;
    $std = "WM_QOS.CORRELATION_ID: c\r\nWM_SVC.NAME: Walmart Marketplace\r\nAccept: application/json\r\n";
    $token ??= json_decode(file_get_contents("$emu->url/v3/token", false, stream_context_create(['http' => ['method' => 'POST',
        'header' => $std . 'Authorization: Basic ' . base64_encode('test-client:test-secret') . "\r\nContent-Type: application/x-www-form-urlencoded",
        'content' => 'grant_type=client_credentials']])), true)['access_token'];
    $out = file_get_contents("$emu->url$path", false, stream_context_create(['http' => ['method' => 'POST', 'ignore_errors' => true,
        'header' => $std . "WM_SEC.ACCESS_TOKEN: $token\r\nContent-Type: application/json", 'content' => $body]]));
    $e = json_decode($out, true)['errors']['error'][0] ?? null;
    return substr($http_response_header[0], 9, 3) . ' ' . ($e ? "{$e['code']} {$e['field']}: {$e['description']}" : 'ok');
}
$ship = json_decode(channelmgr_shipment_payload(['purchase_order_id' => 'PO-1', 'seller_order_id' => '1', 'ship_date' => 1764412800,
    'tracking' => ['carrier' => 'UPS', 'number' => 'Z1'], 'lines' => [['line_number' => 1, 'quantity' => 1]]]), true);
/* The payload with its first orderLine changed. */
function with_line(array $p, callable $change): array
{
    $change($p['orderShipment']['orderLines']['orderLine'][0]);
    return $p;
}
$cases = [
    'method code' => function (array &$l) { $l['orderLineStatuses']['orderLineStatus'][0]['trackingInfo']['methodCode'] = 'Overnight'; },
    'carrier' => function (array &$l) { $l['orderLineStatuses']['orderLineStatus'][0]['trackingInfo']['carrierName'] = ['carrier' => 'Acme Couriers']; },
    'otherCarrier, no trackingURL' => function (array &$l) { $l['orderLineStatuses']['orderLineStatus'][0]['trackingInfo']['carrierName'] = ['otherCarrier' => 'Acme Couriers']; },
    'no sellerOrderId' => function (array &$l) { $l['sellerOrderId'] = ''; },
    'unknown line' => function (array &$l) { $l['lineNumber'] = '9'; },
];
foreach ($cases as $what => $change) {
    echo str_pad($what, 29), post($emu, '/v3/orders/PO-1/shipping', json_encode(with_line($ship, $change))), "\n";
}
$cancel = json_decode(channelmgr_cancellation_payload(['purchase_order_id' => 'PO-1', 'lines' => [['line_number' => 1, 'ordered' => 2]]], 'fraud'), true);
$cancel['orderCancellation']['orderLines']['orderLine'][0]['orderLineStatuses']['orderLineStatus'][0]['cancellationReason'] = 'BORED';
echo str_pad('cancellation reason', 29), post($emu, '/v3/orders/PO-1/cancel', json_encode($cancel)), "\n";
echo str_pad('nothing was applied', 29), json_encode(line_units($emu->order('PO-1'), 1)), "\n";
?>
--EXPECT--
method code                  400 INVALID_REQUEST_CONTENT.GMP_ORDER_API methodCode: Method code is not supported in line number 1
carrier                      400 INVALID_REQUEST_CONTENT.GMP_ORDER_API carrierName: Carrier name is not supported in line number 1
otherCarrier, no trackingURL 400 INVALID_REQUEST_CONTENT.GMP_ORDER_API trackingURL: trackingURL is required for otherCarrier in line number 1
no sellerOrderId             400 MALFORMED_REQUEST_CONTENT.GMP_ORDER_API sellerOrderId: sellerOrderId is required in line number 1
unknown line                 400 INVALID_REQUEST_CONTENT.GMP_ORDER_API lineNumber: Invalid lineNumber: "9" does not exist in PO: PO-1
cancellation reason          400 INVALID_REQUEST_CONTENT.GMP_ORDER_API cancellationReason: Cancellation reason is not supported in line number 1
nothing was applied          {"Acknowledged":2}
