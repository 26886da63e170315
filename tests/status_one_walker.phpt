--TEST--
status: channelmgr_order_status() (PHP arrays) and the client's read of Walmart's answer (the bytes it received, decoded by the client) are one walk: the same fixtures give the same status or the same "<field>: <message>"
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';

function bucket_json(string $status, string $amount): string
{
    return '{"status":"' . $status . '","statusQuantity":{"unitOfMeasurement":"EACH","amount":' . $amount . '}}';
}

function lines_json(string $lines): string
{
    return '{"order":{"purchaseOrderId":"PO-1","orderLines":{"orderLine":' . $lines . '}}}';
}

function one_line(string ...$buckets): string
{
    return lines_json('[{"lineNumber":"1","orderLineStatuses":{"orderLineStatus":[' . implode(',', $buckets) . ']}}]');
}

$fixtures = [
    'amount 2.0 (a number)'        => one_line(bucket_json('Shipped', '2.0')),
    'amount "2.0" (text)'          => one_line(bucket_json('Shipped', '"2.0"')),
    'amount 2 and 1E3'             => one_line(bucket_json('Shipped', '2'), bucket_json('Created', '1E3')),
    'amount -0.0'                  => one_line(bucket_json('Shipped', '1'), bucket_json('Created', '-0.0')),
    'line given as an object'      => lines_json('{"lineNumber":"1","orderLineStatuses":{"orderLineStatus":[' . bucket_json('Cancelled', '1') . ']}}'),
    'bucket given as an object'    => lines_json('[{"lineNumber":"1","orderLineStatuses":{"orderLineStatus":' . bucket_json('Delivered', '1') . '}}]'),
    'bare order'                   => '{"orderLines":{"orderLine":[{"orderLineStatuses":{"orderLineStatus":[' . bucket_json('Refund', '1') . ']}}]}}',
    'empty line list'              => lines_json('[]'),
    'empty line object'            => lines_json('{}'),
    'no orderLines'                => '{"order":{"purchaseOrderId":"PO-1"}}',
    'order is a list'              => '{"order":[]}',
    'no order at all'              => '{"list":{}}',
    'orderLines not an array'      => '{"order":{"orderLines":"x"}}',
    'orderLine a string'           => lines_json('"none"'),
    'a null line'                  => lines_json('[null]'),
    'a line without statuses'      => lines_json('[{"lineNumber":"1"}]'),
    'empty bucket list'            => lines_json('[{"orderLineStatuses":{"orderLineStatus":[]}}]'),
    'status unknown'               => one_line(bucket_json('Lost', '1')),
    'status missing'               => one_line('{"statusQuantity":{"amount":"1"}}'),
    'status a number'              => one_line('{"status":3,"statusQuantity":{"amount":"1"}}'),
    'statusQuantity missing'       => one_line('{"status":"Shipped"}'),
    'amount 2.5'                   => one_line(bucket_json('Shipped', '1'), bucket_json('Shipped', '2.5')),
    'amount "1.5"'                 => one_line(bucket_json('Shipped', '"1.5"')),
    'amount 1000000000'            => one_line(bucket_json('Shipped', '1000000000')),
    'amount beyond 64 bits'        => one_line(bucket_json('Shipped', '99999999999999999999')),
    'amount -1'                    => one_line(bucket_json('Shipped', '-1')),
    'amount true'                  => one_line(bucket_json('Shipped', 'true')),
    'amount null'                  => one_line(bucket_json('Shipped', 'null')),
    'no units at all'              => one_line(bucket_json('Shipped', '0')),
];

$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 0]);

foreach ($fixtures as $name => $json) {
    try {
        $php = channelmgr_order_status(json_decode($json, true, 512, JSON_THROW_ON_ERROR));
    } catch (ChannelMgr\ValidationException $e) {
        $php = $e->getMessage();
    }
    $emu->fault(['path' => '/v3/orders/PO-1', 'status' => 200, 'body' => $json]);
    $r = $client->getOrder('PO-1');
    if ($r['ok']) {
        $via_client = $r['order_status'];
    } elseif (preg_match("/^Walmart's answer has no readable order \((.*)\)$/s", $r['errors'][0]['description'] ?? '', $m)) {
        $via_client = $m[1];
    } else {
        $via_client = 'UNEXPECTED: ' . json_encode($r['errors']);
    }
    echo $name, ': ', $php === $via_client ? $php : "DISAGREE\n  php:    $php\n  client: $via_client", "\n";
}
?>
--EXPECT--
amount 2.0 (a number): Shipped
amount "2.0" (text): Shipped
amount 2 and 1E3: Partially Shipped
amount -0.0: Shipped
line given as an object: Canceled
bucket given as an object: Shipped
bare order: Shipped
empty line list: order.orderLines.orderLine: must not be empty
empty line object: order.orderLines.orderLine: must not be empty
no orderLines: order.orderLines: is required
order is a list: order.orderLines: is required
no order at all: orderLines: is required
orderLines not an array: order.orderLines: must be an array, got string
orderLine a string: order.orderLines.orderLine: must be a list, got string
a null line: order.orderLines.orderLine.0: must be an array, got null
a line without statuses: order.orderLines.orderLine.0.orderLineStatuses: is required
empty bucket list: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus: must not be empty
status unknown: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.status: must be one of Created, Acknowledged, Shipped, Delivered, Cancelled, Refund; got "Lost"
status missing: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.status: is required
status a number: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.status: must be a string, got int
statusQuantity missing: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity: is required
amount 2.5: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.1.statusQuantity.amount: must be a whole number of units, got 2.5
amount "1.5": order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: must be a whole number of units, got "1.5"
amount 1000000000: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: must be a whole number of units from 0 to 999999999
amount beyond 64 bits: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: must be a whole number of units from 0 to 999999999
amount -1: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: must be a whole number of units from 0 to 999999999
amount true: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: must be a whole number of units, got bool
amount null: order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: is required
no units at all: order.orderLines.orderLine: count no units at all
