--TEST--
status: an order without lines, or with a malformed line, is a ValidationException naming the path
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of([]);
status_of(['order' => ['purchaseOrderId' => '1']]);
status_of(['order' => ['orderLines' => []]]);
status_of(['order' => ['orderLines' => ['orderLine' => []]]]);
status_of(['order' => ['orderLines' => ['orderLine' => 'none']]]);
status_of(['order' => ['orderLines' => ['orderLine' => ['x']]]]);
status_of(['order' => ['orderLines' => ['orderLine' => [['lineNumber' => '1']]]]]);
status_of(['order' => ['orderLines' => ['orderLine' => [['orderLineStatuses' => ['orderLineStatus' => []]]]]]]);
status_of(walmart_order([[['Shipped', '1']], [['Lost', '1']]]));
status_of(walmart_order([[['Shipped', '1'], ['Created', '1.5']]]));
status_of(walmart_order([[['Shipped', '-1']]]));
status_of(walmart_order([[['Shipped', 2.5]]]));
status_of(walmart_order([[['Shipped', null]]]));
status_of(walmart_order([[['Shipped', '0']]]));
$order = walmart_order([[['Shipped', '1']]]);
unset($order['order']['orderLines']['orderLine'][0]['orderLineStatuses']['orderLineStatus'][0]['status']);
status_of($order);
?>
--EXPECT--
orderLines | orderLines: is required
order.orderLines | order.orderLines: is required
order.orderLines.orderLine | order.orderLines.orderLine: is required
order.orderLines.orderLine | order.orderLines.orderLine: must not be empty
order.orderLines.orderLine | order.orderLines.orderLine: must be a list, got string
order.orderLines.orderLine.0 | order.orderLines.orderLine.0: must be an array, got string
order.orderLines.orderLine.0.orderLineStatuses | order.orderLines.orderLine.0.orderLineStatuses: is required
order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus | order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus: must not be empty
order.orderLines.orderLine.1.orderLineStatuses.orderLineStatus.0.status | order.orderLines.orderLine.1.orderLineStatuses.orderLineStatus.0.status: must be one of Created, Acknowledged, Shipped, Delivered, Cancelled, Refund; got "Lost"
order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.1.statusQuantity.amount | order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.1.statusQuantity.amount: must be a whole number of units, got "1.5"
order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount | order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: must be a whole number of units, got "-1"
order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount | order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: must be a whole number of units, got 2.5
order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount | order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: is required
order.orderLines.orderLine | order.orderLines.orderLine: count no units at all
order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.status | order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.status: is required
