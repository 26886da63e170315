<?php
/* Shared by the benchmarks: the emulator, CPU time, and the two pure-PHP
 * baselines. Both send requests identical to channelmgr's (same headers, same
 * JSON body), decode Walmart's answer and derive the Channel Manager status,
 * so the work compared is the same; neither retries, paces or reconciles. */
require_once __DIR__ . '/../tests/emulator/EmulatorProcess.php';
require_once __DIR__ . '/baseline.php';

const BENCH_ID = 'test-client';
const BENCH_SECRET = 'test-secret';

function bench_emulator(array $orders, array $config = []): EmulatorProcess
{
    $emu = new EmulatorProcess();
    foreach (array_chunk($orders, 500) as $chunk) {
        $emu->control('POST', 'seed', $chunk);
    }
    if ($config) {
        $emu->control('POST', 'config', $config);
    }
    return $emu;
}

/* Orders of $lines lines each, acknowledged: PO-<prefix>-<i>, $units units a line. */
function bench_orders(string $prefix, int $n, int $units = 1, int $lines = 1): array
{
    $orders = [];
    for ($i = 0; $i < $n; $i++) {
        $order = ['purchaseOrderId' => "PO-$prefix-$i", 'lines' => []];
        for ($l = 1; $l <= $lines; $l++) {
            $order['lines'][] = ['sku' => "SKU-$i-$l", 'quantity' => $units, 'status' => 'Acknowledged'];
        }
        $orders[] = $order;
    }
    return $orders;
}

/* A shipment of one unit of each of the first $lines lines. */
function bench_shipment(string $po, string $tracking = '1Z999AA10123456784', int $lines = 1): array
{
    return ['purchase_order_id' => $po, 'seller_order_id' => '000000100', 'ship_date' => 1764412800,
        'tracking' => ['carrier' => 'UPS', 'number' => $tracking],
        'lines' => array_map(fn($l) => ['line_number' => $l, 'quantity' => 1], range(1, $lines))];
}

/** [user, system] CPU seconds of this process. */
function cpu_seconds(): array
{
    $u = getrusage();
    return [$u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6, $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6];
}

function rss_kib(): int
{
    return preg_match('/VmRSS:\s+(\d+)/', (string) file_get_contents('/proc/self/status'), $m) ? (int) $m[1] : 0;
}

function uuid4(): string
{
    $b = random_bytes(16);
    $b[6] = chr(ord($b[6]) & 0x0f | 0x40);
    $b[8] = chr(ord($b[8]) & 0x3f | 0x80);
    return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
}

/* Channel Manager status from a decoded order, as channelmgr_order_status() derives it. */
function userland_status(array $order): string
{
    $open = $shipped = $cancelled = 0;
    foreach ($order['orderLines']['orderLine'] as $line) {
        foreach ($line['orderLineStatuses']['orderLineStatus'] as $b) {
            $n = (int) $b['statusQuantity']['amount'];
            match ($b['status']) {
                'Created', 'Acknowledged' => $open += $n,
                'Shipped', 'Delivered', 'Refund' => $shipped += $n,
                'Cancelled' => $cancelled += $n,
            };
        }
    }
    return $shipped ? ($open ? 'Partially Shipped' : 'Shipped') : ($open ? 'Open' : 'Canceled');
}

abstract class UserlandClient
{
    public function __construct(protected string $base)
    {
    }

    abstract public function shipOrder(array $shipment): array;

    protected function headers(?string $token, string $contentType): array
    {
        return array_merge($token === null ? [] : ["WM_SEC.ACCESS_TOKEN: $token"],
            ["Content-Type: $contentType", 'WM_QOS.CORRELATION_ID: ' . uuid4(), 'WM_SVC.NAME: Walmart Marketplace',
             'Accept: application/json', 'Expect:']);
    }

    protected function post(\CurlHandle $ch, string $path, array $headers, string $body): array
    {
        curl_setopt_array($ch, [CURLOPT_URL => $this->base . $path, CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body,
            CURLOPT_HTTPHEADER => $headers, CURLOPT_RETURNTRANSFER => true, CURLOPT_USERAGENT => 'channelmgr/' . phpversion('channelmgr'),
            CURLOPT_TIMEOUT_MS => 15000, CURLOPT_CONNECTTIMEOUT_MS => 3000]);
        $out = curl_exec($ch);
        return [curl_getinfo($ch, CURLINFO_RESPONSE_CODE), $out === false ? null : json_decode($out, true)];
    }

    protected function fetchToken(\CurlHandle $ch): array
    {
        [, $body] = $this->post($ch, '/v3/token', array_merge(
            ['Authorization: Basic ' . base64_encode(BENCH_ID . ':' . BENCH_SECRET)],
            $this->headers(null, 'application/x-www-form-urlencoded')), 'grant_type=client_credentials');
        return [$body['access_token'], time() + $body['expires_in']];
    }

    protected function ship(\CurlHandle $ch, string $token, array $shipment): array
    {
        [$status, $body] = $this->post($ch, '/v3/orders/' . $shipment['purchase_order_id'] . '/shipping',
            $this->headers($token, 'application/json'), baseline_shipment_payload($shipment));
        $ok = $status === 200 && isset($body['order']);
        return ['ok' => $ok, 'order_status' => $ok ? userland_status($body['order']) : 'Error', 'order' => $ok ? $body['order'] : null];
    }
}

/* What most PHP SDKs do: a new handle and a token request for every update. */
final class TypicalSdk extends UserlandClient
{
    public function shipOrder(array $shipment): array
    {
        $ch = curl_init();
        [$token] = $this->fetchToken($ch);
        curl_close($ch);
        $ch = curl_init();
        $result = $this->ship($ch, $token, $shipment);
        curl_close($ch);
        return $result;
    }
}

/* The best a PHP client can do in one process: one kept-alive handle, the token cached until it expires. */
final class BestUserland extends UserlandClient
{
    private ?\CurlHandle $ch = null;
    private ?string $token = null;
    private int $expires = 0;

    public function shipOrder(array $shipment): array
    {
        $this->ch ??= curl_init();
        if ($this->token === null || time() > $this->expires - 60) {
            [$this->token, $this->expires] = $this->fetchToken($this->ch);
        }
        return $this->ship($this->ch, $this->token, $shipment);
    }
}
