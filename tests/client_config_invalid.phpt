--TEST--
client: a bad config throws ValidationException naming the key; the secret is never quoted
--EXTENSIONS--
channelmgr
--FILE--
<?php
$base = ['client_id' => 'id', 'client_secret' => 's3cr3t-value'];
$cases = [
    'no client_id' => ['client_secret' => 'x'],
    'no secret' => ['client_id' => 'id'],
    'empty secret' => ['client_secret' => ''] + $base,
    'secret with newline' => ['client_secret' => "s3cr3t\nvalue"] + $base,
    'secret not string' => ['client_secret' => 12345] + $base,
    'id with CR' => ['client_id' => "id\r"] + $base,
    'ftp URL' => ['base_url' => 'ftp://marketplace.walmartapis.com'] + $base,
    'http to the world' => ['base_url' => 'http://marketplace.walmartapis.com'] + $base,
    'http to a LAN' => ['base_url' => 'http://192.168.1.10:8080'] + $base,
    'query in URL' => ['base_url' => 'https://marketplace.walmartapis.com/?x=1'] + $base,
    'user info' => ['base_url' => 'https://user@marketplace.walmartapis.com'] + $base,
    'no host' => ['base_url' => 'https:///v3'] + $base,
    'timeout 0' => ['timeout_ms' => 0] + $base,
    'timeout string' => ['timeout_ms' => '1000'] + $base,
    'retries 11' => ['max_retries' => 11] + $base,
    'wait -1' => ['max_retry_wait_ms' => -1] + $base,
    'service name' => ['service_name' => ''] + $base,
    'logger' => ['logger' => 'not callable'] + $base,
    'logger object' => ['logger' => new stdClass()] + $base,
    'unknown key' => ['secret' => 'x'] + $base,
];
foreach ($cases as $what => $config) {
    try {
        new ChannelMgr\Client($config);
        echo "$what: accepted\n";
    } catch (ChannelMgr\ValidationException $e) {
        echo "$what: ", $e->getField(), ' | ', $e->getMessage(), "\n";
        if (str_contains($e->getMessage(), 's3cr3t')) {
            echo "  LEAK\n";
        }
    }
}
foreach (['https://marketplace.walmartapis.com', 'https://sandbox.walmartapis.com/', 'http://127.0.0.1:8080', 'http://127.1.2.3',
          'http://localhost:9000', 'http://[::1]:9000', 'HTTPS://Marketplace.WalmartApis.com'] as $url) {
    new ChannelMgr\Client(['base_url' => $url] + $base);
    echo "$url: accepted\n";
}
?>
--EXPECT--
no client_id: client_id | client_id: is required
no secret: client_secret | client_secret: is required
empty secret: client_secret | client_secret: must not be empty
secret with newline: client_secret | client_secret: must not contain control characters (found one at character 7)
secret not string: client_secret | client_secret: must be a string, got int
id with CR: client_id | client_id: must not contain control characters (found one at character 3)
ftp URL: base_url | base_url: must be an https:// URL
http to the world: base_url | base_url: must be an https:// URL (http:// is only allowed to 127.0.0.0/8, ::1 or localhost)
http to a LAN: base_url | base_url: must be an https:// URL (http:// is only allowed to 127.0.0.0/8, ::1 or localhost)
query in URL: base_url | base_url: must be a plain https://host[:port][/path] URL, without query, fragment or user info
user info: base_url | base_url: must be a plain https://host[:port][/path] URL, without query, fragment or user info
no host: base_url | base_url: must name a host
timeout 0: timeout_ms | timeout_ms: must be between 1 and 600000, got 0
timeout string: timeout_ms | timeout_ms: must be an int, got string
retries 11: max_retries | max_retries: must be between 0 and 10, got 11
wait -1: max_retry_wait_ms | max_retry_wait_ms: must be between 0 and 600000, got -1
service name: service_name | service_name: must not be empty
logger: logger | logger: must be a PSR-3 logger (an object with log($level, $message, $context)) or a callable, got string
logger object: logger | logger: must be a PSR-3 logger (an object with log($level, $message, $context)) or a callable, got stdClass
unknown key: secret | secret: is not a known key; expected client_id, client_secret, base_url, service_name, channel_type, timeout_ms, connect_timeout_ms, max_retries, max_retry_wait_ms, logger
https://marketplace.walmartapis.com: accepted
https://sandbox.walmartapis.com/: accepted
http://127.0.0.1:8080: accepted
http://127.1.2.3: accepted
http://localhost:9000: accepted
http://[::1]:9000: accepted
HTTPS://Marketplace.WalmartApis.com: accepted
