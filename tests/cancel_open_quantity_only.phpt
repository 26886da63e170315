--TEST--
cancel: each line cancels ordered - shipped - cancelled; lines with nothing open are left out
--EXTENSIONS--
channelmgr
--FILE--
<?php
$json = channelmgr_cancellation_payload([
    'purchase_order_id' => 'PO-2001',
    'lines' => [
        ['line_number' => 1, 'ordered' => 5, 'shipped' => 2, 'cancelled' => 1], // 2 open
        ['line_number' => 2, 'ordered' => 2, 'shipped' => 2],                   // shipped: left out
        ['line_number' => 3, 'ordered' => 1, 'cancelled' => 1],                 // cancelled: left out
        ['line_number' => 4, 'ordered' => 3.0, 'shipped' => null],              // 3 open
    ],
], 'fraud');
foreach (json_decode($json, true)['orderCancellation']['orderLines']['orderLine'] as $line) {
    $s = $line['orderLineStatuses']['orderLineStatus'][0];
    echo $line['lineNumber'], ': ', $s['status'], ' ', $s['statusQuantity']['amount'], ' ', $s['cancellationReason'], "\n";
}
?>
--EXPECT--
1: Cancelled 2 SELLER_CANCEL_FRAUD_STOP_SHIPMENT
4: Cancelled 3 SELLER_CANCEL_FRAUD_STOP_SHIPMENT
