<?php
/* The best userland client can do under PHP-FPM, as one web request: PHP 8.2
 * cannot keep a curl handle across requests, so each request connects anew;
 * the token is cached in a file between requests (the role of Magento's cache). */
require __DIR__ . '/lib.php';
parse_str($_SERVER['QUERY_STRING'] ?? '', $q);

final class CachedTokenUserland extends UserlandClient
{
    public function shipOrder(array $shipment): array
    {
        $ch = curl_init();
        $file = sys_get_temp_dir() . '/channelmgr-bench-token-' . md5($this->base);
        $cached = is_file($file) ? json_decode((string) file_get_contents($file), true) : null;
        if (!$cached || time() > $cached[1] - 60) {
            $cached = $this->fetchToken($ch);
            file_put_contents($file, json_encode($cached), LOCK_EX);
        }
        return $this->ship($ch, $cached[0], $shipment);
    }
}

$result = (new CachedTokenUserland($q['url']))->shipOrder(bench_shipment($q['po']));
echo $result['ok'] ? 'ok ' . $result['order_status'] : 'failed', "\n";
