--TEST--
client: a PSR-3 logger gets one debug entry per HTTP request, a warning per retry and an error per failed operation
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
final class MemoryLogger
{
    public array $entries = [];
    public function log($level, $message, array $context = []): void
    {
        $this->entries[] = [$level, $message, $context];
    }
}
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$logger = new MemoryLogger();
$client = $emu->client(['logger' => $logger, 'max_retries' => 1, 'max_retry_wait_ms' => 0]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 503, 'times' => 2]);
$client->getOrder('PO-1');
foreach ($logger->entries as [$level, $message, $context]) {
    $context['correlation_id'] = preg_match('/^[0-9a-f-]{36}$/', $context['correlation_id']) ? 'uuid' : $context['correlation_id'];
    if (isset($context['duration_ms'])) {
        $context['duration_ms'] = is_float($context['duration_ms']) ? 'float' : 'NOT A FLOAT';
    }
    echo str_pad($level, 8), $message, "\n        ", json_encode($context), "\n";
}
?>
--EXPECT--
debug   POST /v3/token: answered
        {"operation":"order lookup","method":"POST","path":"\/v3\/token","status":200,"duration_ms":"float","attempt":0,"correlation_id":"uuid"}
debug   GET /v3/orders/PO-1: answered
        {"operation":"order lookup","method":"GET","path":"\/v3\/orders\/PO-1","status":200,"duration_ms":"float","attempt":1,"correlation_id":"uuid"}
debug   GET /v3/orders/PO-1: answered
        {"operation":"order lookup","method":"GET","path":"\/v3\/orders\/PO-1","status":503,"duration_ms":"float","attempt":1,"correlation_id":"uuid"}
warning retrying the order lookup in 0 ms after SERVER_ERROR (retry 1 of 1)
        {"operation":"order lookup","method":"GET","path":"\/v3\/orders\/PO-1","status":503,"attempt":1,"correlation_id":"uuid","wait_ms":0,"code":"SERVER_ERROR"}
debug   GET /v3/orders/PO-1: answered
        {"operation":"order lookup","method":"GET","path":"\/v3\/orders\/PO-1","status":503,"duration_ms":"float","attempt":2,"correlation_id":"uuid"}
error   Walmart could not process the order lookup (HTTP 503: Walmart answered HTTP 503 without error details) after 2 attempts. Retry later.
        {"operation":"order lookup","method":"GET","path":"\/v3\/orders\/PO-1","status":503,"attempt":2,"correlation_id":"uuid","code":"SERVER_ERROR"}
