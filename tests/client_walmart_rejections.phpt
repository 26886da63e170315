--TEST--
client: Walmart's 400 rules are not retryable; Walmart's description reaches errors and status_details
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2, 1]), seed_order('PO-2', [1], 'Created'), seed_order('PO-3', [1], 'Cancelled')]);
$client = $emu->client();
$show = function (string $what, array $r) {
    printf("%s: ok=%s retryable=%s http=%d attempts=%d status=%s\n  %s | %s\n  %s\n", $what, var_export($r['ok'], true),
        var_export($r['retryable'], true), $r['http_status'], $r['attempts'], $r['order_status'],
        $r['errors'][0]['code'], $r['errors'][0]['description'], $r['status_details']);
};
$show('over-ship', $client->shipOrder(shipment('PO-1', [1 => 3])));
$show('not acknowledged', $client->shipOrder(shipment('PO-2', [1 => 1])));
$show('cancelled line', $client->shipOrder(shipment('PO-3', [1 => 1])));
$client->shipOrder(shipment('PO-1', [1 => 2]));
$show('cancel shipped', $client->cancelOrder(['purchase_order_id' => 'PO-1', 'lines' => [['line_number' => 1, 'ordered' => 2]]], 'fraud'));
$show('ack after ship', $client->acknowledgeOrder('PO-1'));
$show('unknown PO', $client->getOrder('PO-404'));
print_r(line_units($emu->order('PO-1'), 1));
?>
--EXPECT--
over-ship: ok=false retryable=false http=400 attempts=2 status=Error
  INVALID_REQUEST_CONTENT.GMP_ORDER_API | INVALID_REQUEST_CONTENT :: Failed when called shipConfirm API for PO-1. Qty OverShipped : Some or All Line(s)/Qty cannot be Shipped due to invalid Lines Or invalid Qty Or Qty more than allowed
  Walmart rejected the shipment: INVALID_REQUEST_CONTENT :: Failed when called shipConfirm API for PO-1. Qty OverShipped : Some or All Line(s)/Qty cannot be Shipped due to invalid Lines Or invalid Qty Or Qty more than allowed. Correct the order in Magento and submit it again, or update it in Walmart Seller Center.
not acknowledged: ok=false retryable=false http=400 attempts=1 status=Error
  INVALID_REQUEST_CONTENT.GMP_ORDER_API | Unable to process this request. The Line: 1 of PO: PO-2 is in CREATED status; acknowledge the order first
  Walmart rejected the shipment: Unable to process this request. The Line: 1 of PO: PO-2 is in CREATED status; acknowledge the order first. Correct the order in Magento and submit it again, or update it in Walmart Seller Center.
cancelled line: ok=false retryable=false http=400 attempts=2 status=Error
  INVALID_REQUEST_CONTENT.GMP_ORDER_API | Unable to process this request. The Line: 1 of PO: PO-3 is in CANCELLED status
  Walmart rejected the shipment: Unable to process this request. The Line: 1 of PO: PO-3 is in CANCELLED status. Correct the order in Magento and submit it again, or update it in Walmart Seller Center.
cancel shipped: ok=false retryable=false http=400 attempts=2 status=Error
  INVALID_REQUEST_CONTENT.GMP_ORDER_API | Unable to process this request. The Line: 1 of PO: PO-1 is in SHIPPED status
  Walmart rejected the cancellation: Unable to process this request. The Line: 1 of PO: PO-1 is in SHIPPED status. Correct the order in Magento and submit it again, or update it in Walmart Seller Center.
ack after ship: ok=false retryable=false http=400 attempts=1 status=Error
  INVALID_REQUEST_CONTENT.GMP_ORDER_API | INVALID_REQUEST_CONTENT :: Failed when called acknowledge API for 'PO-1'.  Some or all qty in higher status
  Walmart rejected the acknowledgement: INVALID_REQUEST_CONTENT :: Failed when called acknowledge API for 'PO-1'.  Some or all qty in higher status. Check the order in Walmart Seller Center: it may have moved on since it was imported.
unknown PO: ok=false retryable=false http=404 attempts=1 status=Error
  CONTENT_NOT_FOUND.GMP_ORDER_API | Failed when called getAnOrder. Order not found for purchaseOrderId PO-404
  Walmart rejected the order lookup: Failed when called getAnOrder. Order not found for purchaseOrderId PO-404. Check the Walmart order number: Walmart does not know this order.
Array
(
    [Shipped 1Z999AA10123456784] => 2
)
