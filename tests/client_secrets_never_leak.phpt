--TEST--
client: through a faulty run, no secret, credential or access token reaches the logger, results, exceptions, dumps or phpinfo
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$secret = 'Sup3r-S3cret-Value';
$emu = new EmulatorProcess([seed_order('PO-1', [3]), seed_order('PO-2', [1])]);
$emu->control('POST', 'config', ['credentials' => ['merchant' => $secret]]);
$seen = '';
$logger = new class($seen) {
    public function __construct(private string &$seen) {}
    public function log($level, $message, array $context = []): void { $this->seen .= json_encode([$level, $message, $context]) . "\n"; }
};
$make = fn(array $more = []) => new ChannelMgr\Client($more + ['client_id' => 'merchant', 'client_secret' => $secret,
    'base_url' => $emu->url, 'logger' => $logger, 'timeout_ms' => 300, 'max_retries' => 1, 'max_retry_wait_ms' => 100]);
$client = $make();
ob_start();
var_dump($client);
print_r($client);
var_export($make(['client_secret' => 'wrong'])->getOrder('PO-1'));
$results = [$client->getOrder('PO-1')];
$emu->control('POST', 'expire-tokens');
$results[] = $client->shipOrder(shipment('PO-1', [1 => 1]));
foreach ([['status' => 429, 'headers' => ['Retry-After' => '0']], ['status' => 503], ['delay_ms' => 1000], ['drop' => 'after'],
          ['malformed' => true], ['status' => 401]] as $fault) {
    $emu->fault($fault + ['path' => '/v3/orders/', 'times' => 2]);
    $results[] = $client->shipOrder(shipment('PO-1', [1 => 1], 'T' . count($results)));
}
$results[] = $client->cancelOrder(['purchase_order_id' => 'PO-2', 'lines' => [['line_number' => 1, 'ordered' => 1]]], 'fraud');
var_export($results);
try {
    new ChannelMgr\Client(['client_id' => 'merchant', 'client_secret' => "$secret\n"]);
} catch (Exception $e) {
    echo $e, "\n";
}
phpinfo(INFO_MODULES);
$printed = ob_get_clean();

$tokens = array_unique(array_filter(array_map(fn($r) => $r['headers']['wm_sec.access_token'] ?? null, $emu->requests())));
$basic = base64_encode("merchant:$secret");
$everything = $seen . $printed;
printf("%d results, %d log lines, %d bytes printed, %d access tokens issued\n", count($results), substr_count($seen, "\n"),
    strlen($printed), count($tokens));
var_dump(str_contains($everything, $secret), str_contains($everything, $basic), str_contains($everything, 'Authorization'));
var_dump(array_filter($tokens, fn($t) => str_contains($everything, $t)));
var_dump(count($tokens) >= 2, substr_count($seen, '"warning"') > 0, substr_count($seen, '"error"') > 0);
?>
--EXPECTF--
9 results, %d log lines, %d bytes printed, %d access tokens issued
bool(false)
bool(false)
bool(false)
array(0) {
}
bool(true)
bool(true)
bool(true)
