--TEST--
data: fetchReleasedOrders' created_start_date takes a date or an ISO 8601 date-time with a zone; a date-time goes out in UTC to the second, as Walmart's example writes it (no '+', no milliseconds)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1], 'Created') + ['orderDate' => 1764403200000]]);
$client = $emu->client();
foreach (['2020-03-16', '2020-03-16T10:30:15Z', '2020-03-16T12:30:15.250+02:00', '2020-03-16T05:30:15-0500'] as $date) {
    $page = $client->fetchReleasedOrders(['created_start_date' => $date, 'limit' => 5]);
    echo $date, ': ok=', var_export($page['ok'], true), ' orders=', implode(',', array_column($page['orders'], 'purchaseOrderId')), "\n";
}
foreach (['2026-02-30', '2020-03-16T10:30:15', 'yesterday'] as $date) {
    try {
        $client->fetchReleasedOrders(['created_start_date' => $date]);
        echo "$date: SENT\n";
    } catch (ChannelMgr\ValidationException $e) {
        echo $e->getMessage(), "\n";
    }
}
echo implode("\n", array_column(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'released'), 'target')), "\n";
?>
--EXPECT--
2020-03-16: ok=true orders=PO-1
2020-03-16T10:30:15Z: ok=true orders=PO-1
2020-03-16T12:30:15.250+02:00: ok=true orders=PO-1
2020-03-16T05:30:15-0500: ok=true orders=PO-1
created_start_date: must be a real day from 1970 to 9999, got 2026-02-30
created_start_date: must be a date like 2026-11-22 or an ISO 8601 date-time with a zone like 2026-11-22T10:30:15Z, got "2020-03-16T10:30:15"
created_start_date: must be a date like 2026-11-22 or an ISO 8601 date-time with a zone like 2026-11-22T10:30:15Z, got "yesterday"
/v3/orders/released?limit=5&createdStartDate=2020-03-16
/v3/orders/released?limit=5&createdStartDate=2020-03-16T10:30:15Z
/v3/orders/released?limit=5&createdStartDate=2020-03-16T10:30:15Z
/v3/orders/released?limit=5&createdStartDate=2020-03-16T10:30:15Z
