--TEST--
emulator: late_ms processes a request after the client gave up (its update applied after the client's read); delay_ms applies on receipt
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3]), seed_order('PO-2', [3])]);
/* Walmart's shipping body: 1 unit of line 1 with tracking number T1. */
function ship_body(): string
{
    return json_encode(['orderShipment' => ['orderLines' => ['orderLine' => [['lineNumber' => '1', 'sellerOrderId' => '1',
        'orderLineStatuses' => ['orderLineStatus' => [['status' => 'Shipped',
            'statusQuantity' => ['unitOfMeasurement' => 'EACH', 'amount' => '1'],
            'trackingInfo' => ['shipDateTime' => 1764412800000, 'carrierName' => ['carrier' => 'UPS'],
                'methodCode' => 'Standard', 'trackingNumber' => 'T1']]]]]]]]]);
}
$emu->fault(['path' => '/PO-1/shipping', 'late_ms' => 700]);
[$status, $body] = $emu->api('POST', '/v3/orders/PO-1/shipping', ship_body(), [], 0.3);
echo "late POST: $status $body\n";
echo 'read at once: ', json_encode(line_units($emu->order('PO-1'), 1)), "\n";
usleep(700000);
echo 'read later:   ', json_encode(line_units($emu->order('PO-1'), 1)), "\n";

// a client that waits long enough gets the answer of the late processing
$emu->fault(['path' => '/PO-2/shipping', 'late_ms' => 300]);
[$status, $body] = $emu->api('POST', '/v3/orders/PO-2/shipping', ship_body(), [], 2);
echo "patient POST: $status ", json_encode(line_units(json_decode($body, true)['order'], 1)), "\n";
// delay_ms: processed on receipt, answered later
$emu->fault(['path' => '/PO-2/shipping', 'delay_ms' => 700]);
[$status] = $emu->api('POST', '/v3/orders/PO-2/shipping', ship_body(), [], 0.3);
echo "slow POST: $status; read at once: ", json_encode(line_units($emu->order('PO-2'), 1)), "\n";
usleep(500000);

$posts = array_values(array_filter($emu->requests(), fn($r) => $r['method'] === 'POST' && $r['endpoint'] === 'shipping'));
foreach ($posts as $r) {
    printf("%s processed %s ms after receipt, answered %s, fault %s\n", $r['target'],
        $r['processed_ms'] - $r['received_ms'] >= 690 ? '>= 700' : ($r['processed_ms'] - $r['received_ms'] >= 290 ? '>= 300' : '< 50'),
        $r['answered_ms'] - $r['received_ms'] >= 290 ? 'later' : 'at once', $r['fault']);
}
var_dump($emu->stats()['peak_in_flight'] >= 1, $emu->control('GET', 'stats')['faults_left']);
?>
--EXPECT--
late POST: 0 timeout
read at once: {"Acknowledged":3}
read later:   {"Acknowledged":2,"Shipped T1":1}
patient POST: 200 {"Acknowledged":2,"Shipped T1":1}
slow POST: 0; read at once: {"Acknowledged":1,"Shipped T1":2}
/v3/orders/PO-1/shipping processed >= 700 ms after receipt, answered later, fault {"late_ms":700}
/v3/orders/PO-2/shipping processed >= 300 ms after receipt, answered later, fault {"late_ms":300}
/v3/orders/PO-2/shipping processed < 50 ms after receipt, answered later, fault {"delay_ms":700}
bool(true)
int(0)
