--TEST--
client: fetchReleasedOrders pages with Walmart's nextCursor until there is none
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$orders = [];
foreach (range(1, 5) as $i) {
    $orders[] = seed_order("PO-$i", [1], 'Created') + ['orderDate' => 1764403200000 + $i];
}
$orders[] = seed_order('PO-acked', [1], 'Acknowledged');
$emu = new EmulatorProcess($orders);
$client = $emu->client();
$query = ['limit' => 2];
do {
    $page = $client->fetchReleasedOrders($query);
    printf("ok=%s orders=%s next=%s order=%s status=%s\n", var_export($page['ok'], true),
        implode(',', array_column($page['orders'], 'purchaseOrderId')), $page['next_cursor'] ?? 'null',
        var_export($page['order'], true), var_export($page['order_status'], true));
    $query = ['cursor' => $page['next_cursor']];
} while ($page['next_cursor'] !== null);
echo implode("\n", array_column(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'released'), 'target')), "\n";
?>
--EXPECT--
ok=true orders=PO-1,PO-2 next=?limit=2&hasMoreElements=true&soIndex=5&poIndex=2&partnerId=10001234&sellerId=8&status=Created order=NULL status=NULL
ok=true orders=PO-3,PO-4 next=?limit=2&hasMoreElements=true&soIndex=5&poIndex=4&partnerId=10001234&sellerId=8&status=Created order=NULL status=NULL
ok=true orders=PO-5 next=null order=NULL status=NULL
/v3/orders/released?limit=2
/v3/orders/released?limit=2&hasMoreElements=true&soIndex=5&poIndex=2&partnerId=10001234&sellerId=8&status=Created
/v3/orders/released?limit=2&hasMoreElements=true&soIndex=5&poIndex=4&partnerId=10001234&sellerId=8&status=Created
