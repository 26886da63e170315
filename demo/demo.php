<?php
/*
 * channelmgr demo: the Walmart order flow a Magento merchant works through,
 * against the project's Walmart emulator on 127.0.0.1 (nothing leaves this
 * machine). Run: ./dev demo
 */
require __DIR__ . '/../tests/emulator/EmulatorProcess.php';

function section(string $title): void
{
    echo "\n== $title\n";
}

/* The Channel Manager order list: what the merchant sees for each Walmart order. */
$orderList = [];
function record(string $po, string $status, string $details = ''): void
{
    global $orderList;
    $orderList[$po] = [$status, $details];
    printf("   %s -> %s%s\n", $po, $status, $details === '' ? '' : "\n      $details");
}

function line_summary(array $order): string
{
    $parts = [];
    foreach ($order['orderLines']['orderLine'] as $line) {
        $units = [];
        foreach ($line['orderLineStatuses']['orderLineStatus'] as $b) {
            $units[] = $b['statusQuantity']['amount'] . ' ' . $b['status']
                . (isset($b['trackingInfo']) ? ' (' . $b['trackingInfo']['trackingNumber'] . ')' : '');
        }
        $parts[] = 'line ' . $line['lineNumber'] . ' ' . $line['item']['sku'] . ': ' . implode(', ', $units);
    }
    return implode("\n      ", $parts);
}

$walmart = new EmulatorProcess([
    ['purchaseOrderId' => '1581000000101', 'orderDate' => 1764403200000, 'lines' => [
        ['sku' => 'MUG-BLUE', 'name' => 'Blue mug', 'quantity' => 2], ['sku' => 'TEE-M', 'name' => 'T-shirt, M', 'quantity' => 1],
        ['sku' => 'SOCKS-3', 'name' => 'Socks, 3 pack', 'quantity' => 3]]],
    ['purchaseOrderId' => '1581000000102', 'orderDate' => 1764403260000, 'lines' => [
        ['sku' => 'LAMP-01', 'name' => 'Desk lamp', 'quantity' => 1], ['sku' => 'BULB-E27', 'name' => 'E27 bulb', 'quantity' => 4]]],
    ['purchaseOrderId' => '1581000000103', 'orderDate' => 1764403320000, 'lines' => [
        ['sku' => 'KETTLE', 'name' => 'Kettle', 'quantity' => 1]]],
]);
$client = new ChannelMgr\Client([
    'client_id' => 'test-client', 'client_secret' => 'test-secret', 'base_url' => $walmart->url,
    'max_retries' => 2, 'max_retry_wait_ms' => 500,
]);
echo "Walmart emulator at $walmart->url\n";

section('Import released orders (two per page, following Walmart\'s cursor), then acknowledge them');
$query = ['limit' => 2];
$imported = [];
do {
    $page = $client->fetchReleasedOrders($query);
    foreach ($page['orders'] as $order) {
        $imported[$order['purchaseOrderId']] = $order;
        printf("   imported %s (%d lines)\n", $order['purchaseOrderId'], count($order['orderLines']['orderLine']));
    }
    $query = ['cursor' => $page['next_cursor']];
} while ($page['next_cursor'] !== null);
foreach (array_keys($imported) as $po) {
    $ack = $client->acknowledgeOrder($po);
    record($po, $ack['order_status']);
}

section('Ship order ...101 partially: the T-shirt is out of stock, 1 of 3 socks ship with the mugs');
$shipped = $client->shipOrder([
    'purchase_order_id' => '1581000000101', 'seller_order_id' => '000000101', 'ship_date' => '2026-11-29T10:00:00-05:00',
    'method' => 'standard', 'tracking' => ['carrier' => 'ups', 'number' => '1Z999AA10123456784'],
    'lines' => [['line_number' => 1, 'quantity' => 2], ['line_number' => 3, 'quantity' => 1]],
]);
record('1581000000101', $shipped['order_status'], $shipped['status_details']);
echo '      ', line_summary($shipped['order']), "\n";

section('Ship the rest of ...101: the T-shirt, and the 2 socks left in two packages (one by a local courier)');
$shipped = $client->shipOrder([
    'purchase_order_id' => '1581000000101', 'seller_order_id' => '000000101', 'ship_date' => '2026-11-30T09:00:00-05:00',
    'tracking' => ['carrier' => 'USPS', 'number' => '9400100000000000000011'],
    'lines' => [
        ['line_number' => 2, 'quantity' => 1],
        ['line_number' => 3, 'quantity' => 1],
        ['line_number' => 3, 'quantity' => 1, 'tracking' => [
            'carrier' => 'Acme Couriers', 'number' => 'AC-77', 'url' => 'https://track.acme.example/AC-77']],
    ],
]);
record('1581000000101', $shipped['order_status'], $shipped['status_details']);
echo '      ', line_summary($shipped['order']), "\n";

section('Cancel order ...102 (the whole order: "The item is out of stock."), then sync the freed stock');
$cancelled = $client->cancelOrder([
    'purchase_order_id' => '1581000000102',
    'lines' => [['line_number' => 1, 'ordered' => 1], ['line_number' => 2, 'ordered' => 4]],
], 'out_of_stock');
record('1581000000102', $cancelled['order_status'], $cancelled['status_details']);
echo '      ', line_summary($cancelled['order']), "\n";
foreach (['LAMP-01' => 0, 'BULB-E27' => 4] as $sku => $stock) { // Magento's salable quantity after the cancellation
    $inventory = $client->updateInventory($sku, $stock);
    printf("   inventory %s = %d: %s\n", $inventory['sku'], $inventory['quantity'], $inventory['ok'] ? 'synced' : $inventory['status_details']);
}

section('Ship order ...103 with a carrier Walmart does not know and no tracking URL: refused before sending');
try {
    $client->shipOrder([
        'purchase_order_id' => '1581000000103', 'seller_order_id' => '000000103',
        'tracking' => ['carrier' => 'Acme Couriers', 'number' => 'AC-80'], 'lines' => [['line_number' => 1, 'quantity' => 1]],
    ]);
} catch (ChannelMgr\ValidationException $e) {
    record('1581000000103', 'Error', 'Commerce side: ' . $e->getMessage());
}

section('Ship ...103 again, fixed, while Walmart is unreachable (every answer dropped): the order shows Error');
$walmart->fault(['path' => '/v3/orders/1581000000103/shipping', 'drop' => 'before', 'times' => 3]);
$shipment = [
    'purchase_order_id' => '1581000000103', 'seller_order_id' => '000000103',
    'tracking' => ['carrier' => 'fedex', 'number' => '794698540001'], 'lines' => [['line_number' => 1, 'quantity' => 1]],
];
$failed = $client->shipOrder($shipment);
record('1581000000103', $failed['order_status'], $failed['status_details']);
printf("   retryable: %s, attempts: %d, first error: %s\n", var_export($failed['retryable'], true), $failed['attempts'],
    $failed['errors'][0]['code']);

section('The retry job sends it again once Walmart is back');
$retried = $client->shipOrder($shipment);
record('1581000000103', $retried['order_status'], $retried['status_details']);
echo '      ', line_summary($retried['order']), "\n";

section('After an outage: a backlog of 40 shipments caught up with syncBatch (8 at a time, 20 ms per request)');
$backlog = [];
for ($i = 1; $i <= 40; $i++) {
    $backlog[] = ['purchaseOrderId' => sprintf('1581000001%03d', $i), 'lines' => [['sku' => 'MUG-BLUE', 'quantity' => 1, 'status' => 'Acknowledged']]];
}
$walmart->control('POST', 'seed', $backlog);
$walmart->control('POST', 'config', ['latency_ms' => 20]);
$operations = [];
foreach ($backlog as $order) {
    $operations[$order['purchaseOrderId']] = ['op' => 'ship', 'shipment' => [
        'purchase_order_id' => $order['purchaseOrderId'], 'seller_order_id' => '0000' . substr($order['purchaseOrderId'], -5),
        'tracking' => ['carrier' => 'ups', 'number' => '1Z' . $order['purchaseOrderId']], 'lines' => [['line_number' => 1, 'quantity' => 1]]]];
}
$start = microtime(true);
$results = $client->syncBatch($operations, ['concurrency' => 8]);
printf("   %d of %d shipped in %.2f s (one at a time would take about %.1f s)\n",
    count(array_filter(array_column($results, 'ok'))), count($results), microtime(true) - $start, count($results) * 0.02);

section('Channel Manager order list');
printf("%-16s %-18s %s\n", 'Walmart Order #', 'Status', 'Status Details');
foreach ($orderList as $po => [$status, $details]) {
    printf("%-16s %-18s %s\n", $po, $status, $details);
}

$stats = $walmart->stats();
printf("\nWalmart saw %d API requests on %d TCP connection(s), with %d token request(s).\n",
    array_sum($stats['requests']) - $stats['token_requests'], $stats['connections'], $stats['token_requests']);
