--TEST--
client: shipping an already shipped line again is ok and reconciled, not a second shipment
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2])]);
$client = $emu->client();
var_dump($client->shipOrder(shipment('PO-1', [1 => 2]))['reconciled']);
$again = $client->shipOrder(shipment('PO-1', [1 => 2]));
var_dump($again['ok'], $again['reconciled'], $again['attempts'], $again['order_status']);
print_r(line_units($emu->order('PO-1'), 1));
// the same line shipped with another tracking number is a different package: Walmart's refusal stands
$other = $client->shipOrder(shipment('PO-1', [1 => 1], 'OTHER-1'));
var_dump($other['ok'], $other['retryable'], $other['reconciled'], $other['http_status']);
echo $other['errors'][0]['description'], "\n", $other['status_details'], "\n";
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
int(2)
string(7) "Shipped"
Array
(
    [Shipped 1Z999AA10123456784] => 2
)
bool(false)
bool(false)
bool(false)
int(400)
Unable to process this request. The Line: 1 of PO: PO-1 is in SHIPPED status
Walmart rejected the shipment: Unable to process this request. The Line: 1 of PO: PO-1 is in SHIPPED status. Correct the order in Magento and submit it again, or update it in Walmart Seller Center.
