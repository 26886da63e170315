<?php
/*
 * channelmgr demo: what Magento's shipment and cancel observers hand to the
 * extension, the Walmart payloads it builds, and the Channel Manager status
 * that follows. Walmart's side is the project's emulator model
 * (tests/emulator/WalmartOrders.php), applied in-process.
 * Run: ./dev demo
 */
require __DIR__ . '/../tests/emulator/WalmartOrders.php';

$walmart = new WalmartOrders();
$lines = [
    ['sku' => 'MUG-BLUE', 'name' => 'Blue mug', 'quantity' => 2, 'price' => 12.5],
    ['sku' => 'TEE-M', 'name' => 'T-shirt, M', 'quantity' => 1, 'price' => 19.99],
    ['sku' => 'SOCKS-3', 'name' => 'Socks, 3 pack', 'quantity' => 3, 'price' => 8.0],
];
foreach (['1581000000001', '1581000000002', '1581000000003'] as $po) {
    $walmart->seed(['purchaseOrderId' => $po, 'lines' => $lines]);
    $walmart->acknowledge($po);
}

function section(string $title): void
{
    echo "\n== $title\n";
}

function show_payload(string $json): void
{
    printf("payload (%d bytes):\n%s\n", strlen($json), $json);
}

/* Sends the payload to the emulated Walmart and prints the order's status. */
function apply(WalmartOrders $walmart, string $po, string $kind, string $json): void
{
    [$http, $body] = $walmart->$kind($po, json_decode($json, true));
    $status = $http === 200 ? channelmgr_order_status($body) : 'Error: ' . $body['errors']['error'][0]['description'];
    printf("-> Walmart answered %d; Channel Manager status: %s\n", $http, $status);
}

$ups = ['carrier' => 'ups', 'number' => '1Z999AA10123456784', 'url' => 'https://www.ups.com/track?tracknum=1Z999AA10123456784'];

section('Sample order: 2 x Blue mug, 1 x T-shirt, 3 x Socks (three lines), acknowledged');
printf("status: %s\n", channelmgr_order_status($walmart->order('1581000000001')));

section('Full shipment of order 1581000000001 (Magento order 000000101), all lines in one UPS package');
$json = channelmgr_shipment_payload([
    'purchase_order_id' => '1581000000001', 'seller_order_id' => '000000101', 'ship_date' => '2026-11-29T10:00:00-05:00',
    'tracking' => $ups,
    'lines' => [['line_number' => 1, 'quantity' => 2], ['line_number' => 2, 'quantity' => 1], ['line_number' => 3, 'quantity' => 3]],
]);
show_payload($json);
apply($walmart, '1581000000001', 'ship', $json);

section('Partial shipment of order 1581000000002: the T-shirt is out of stock, 1 of 3 socks ship');
$json = channelmgr_shipment_payload([
    'purchase_order_id' => '1581000000002', 'seller_order_id' => '000000102', 'ship_date' => 1764428400,
    'method' => 'express', 'tracking' => ['carrier' => 'fedex', 'number' => '794698540001'],
    'lines' => [['line_number' => 1, 'quantity' => 2], ['line_number' => 3, 'quantity' => 1]],
]);
show_payload($json);
apply($walmart, '1581000000002', 'ship', $json);

section('Split shipment of the rest of 1581000000002: the socks line in two packages, one from another carrier');
$json = channelmgr_shipment_payload([
    'purchase_order_id' => '1581000000002', 'seller_order_id' => '000000102', 'ship_date' => 1764514800,
    'tracking' => ['carrier' => 'USPS', 'number' => '9400100000000000000011'],
    'lines' => [
        ['line_number' => 2, 'quantity' => 1],
        ['line_number' => 3, 'quantity' => 1],
        ['line_number' => 3, 'quantity' => 1, 'tracking' => [
            'carrier' => 'Acme Couriers', 'number' => 'AC-77', 'url' => 'https://track.acme.example/AC-77']],
    ],
]);
show_payload($json);
apply($walmart, '1581000000002', 'ship', $json);

section('Cancellation of order 1581000000003 (the whole order, as Magento cancels it)');
$json = channelmgr_cancellation_payload([
    'purchase_order_id' => '1581000000003',
    'lines' => [
        ['line_number' => 1, 'ordered' => 2], ['line_number' => 2, 'ordered' => 1], ['line_number' => 3, 'ordered' => 3],
    ],
], 'out_of_stock');
show_payload($json);
apply($walmart, '1581000000003', 'cancel', $json);

section('Bad input is refused before anything is sent');
foreach ([
    fn() => channelmgr_shipment_payload(['purchase_order_id' => '1581000000001', 'seller_order_id' => '000000101',
        'tracking' => ['carrier' => 'Acme Couriers', 'number' => 'AC-1'], 'lines' => [['line_number' => 1, 'quantity' => 1]]]),
    fn() => channelmgr_shipment_payload(['purchase_order_id' => '1581000000001', 'seller_order_id' => '000000101',
        'tracking' => $ups, 'lines' => [['line_number' => 1, 'quantity' => -2]]]),
    fn() => channelmgr_cancellation_payload(['purchase_order_id' => '1581000000001',
        'lines' => [['line_number' => 1, 'ordered' => 2, 'shipped' => 2]]], 'out_of_stock'),
    fn() => channelmgr_cancellation_payload(['purchase_order_id' => '1581000000003',
        'lines' => [['line_number' => 1, 'ordered' => 2]]], 'The item is out of stock.'),
] as $call) {
    try {
        $call();
    } catch (ChannelMgr\ValidationException $e) {
        printf("%s: %s\n", get_class($e), $e->getMessage());
    }
}

section('Channel Manager order list');
printf("%-16s %-18s\n", 'Walmart Order #', 'Status');
foreach (['1581000000001', '1581000000002', '1581000000003'] as $po) {
    printf("%-16s %-18s\n", $po, channelmgr_order_status($walmart->order($po)));
}
