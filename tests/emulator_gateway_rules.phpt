--TEST--
emulator: Walmart's gateway rules on headers, content types and tokens, with Walmart's error codes
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
function call(EmulatorProcess $emu, string $method, string $path, array $headers, string $body = ''): string
{
    $lines = [];
    foreach ($headers as $name => $value) {
        $lines[] = "$name: $value";
    }
    $context = stream_context_create(['http' => ['method' => $method, 'header' => implode("\r\n", $lines),
        'content' => $body, 'ignore_errors' => true]]);
    $out = file_get_contents($emu->url . $path, false, $context);
    $error = json_decode($out, true)['errors']['error'][0] ?? null;
    return substr($http_response_header[0], 9, 3) . ' ' . ($error ? $error['code'] . ' ' . $error['field'] : substr($out, 0, 20));
}
$std = ['WM_QOS.CORRELATION_ID' => 'c1', 'WM_SVC.NAME' => 'Walmart Marketplace', 'Accept' => 'application/json'];
$form = ['Content-Type' => 'application/x-www-form-urlencoded', 'Authorization' => 'Basic ' . base64_encode('test-client:test-secret')];
echo call($emu, 'POST', '/v3/token', $std + $form, 'grant_type=client_credentials'), "\n";
echo call($emu, 'POST', '/v3/token', ['Authorization' => 'Basic ' . base64_encode('test-client:nope')] + $std + $form, 'grant_type=client_credentials'), "\n";
echo call($emu, 'POST', '/v3/token', $std + $form, 'grant_type=password'), "\n";
echo call($emu, 'POST', '/v3/token', ['WM_QOS.CORRELATION_ID' => ' '] + $std + $form, 'grant_type=client_credentials'), "\n";
$token = json_decode(file_get_contents($emu->url . '/v3/token', false, stream_context_create(['http' => ['method' => 'POST',
    'header' => implode("\r\n", array_map(fn($k, $v) => "$k: $v", array_keys($std + $form), $std + $form)),
    'content' => 'grant_type=client_credentials']])), true)['access_token'];
$auth = ['WM_SEC.ACCESS_TOKEN' => $token] + $std;
echo call($emu, 'GET', '/v3/orders/PO-1', $auth), "\n";
echo call($emu, 'GET', '/v3/orders/PO-1', $std), "\n";
echo call($emu, 'GET', '/v3/orders/PO-1', ['WM_SEC.ACCESS_TOKEN' => 'eyJforged'] + $std), "\n";
echo call($emu, 'GET', '/v3/orders/PO-1', array_diff_key($auth, ['WM_QOS.CORRELATION_ID' => 1])), "\n";
echo call($emu, 'GET', '/v3/orders/PO-1', array_diff_key($auth, ['WM_SVC.NAME' => 1])), "\n";
echo call($emu, 'GET', '/v3/orders/PO-1', ['Accept' => 'application/xml'] + $auth), "\n";
echo call($emu, 'POST', '/v3/orders/PO-1/shipping', ['Content-Type' => 'text/plain'] + $auth, '{}'), "\n";
echo call($emu, 'POST', '/v3/orders/PO-1/shipping', ['Content-Type' => 'application/json'] + $auth, '{"orderShipment":'), "\n";
echo call($emu, 'DELETE', '/v3/orders/PO-1', $auth), "\n";
$emu->control('POST', 'expire-tokens');
echo call($emu, 'GET', '/v3/orders/PO-1', $auth), "\n";
?>
--EXPECT--
200 {"access_token":"eyJ
401 UNAUTHORIZED.GMP_GATEWAY_API UNAUTHORIZED
400 INVALID_REQUEST_CONTENT.GMP_GATEWAY_API grant_type
400 INVALID_REQUEST_HEADER.GMP_GATEWAY_API WM_QOS.CORRELATION_ID
200 {"order":{"purchaseO
401 UNAUTHORIZED.GMP_GATEWAY_API UNAUTHORIZED
401 UNAUTHORIZED.GMP_GATEWAY_API UNAUTHORIZED
400 INVALID_REQUEST_HEADER.GMP_GATEWAY_API WM_QOS.CORRELATION_ID
400 MISSING_REQUEST_HEADER.GMP_GATEWAY_API WM_SVC.NAME
406 INVALID_ACCEPT_TYPE.GMP_GATEWAY_API Accept
415 UNSUPPORTED_MEDIA_TYPE.GMP_GATEWAY_API Content-Type
400 MALFORMED_REQUEST_CONTENT.GMP_ORDER_API data
405 METHOD_NOT_ALLOWED.GMP_GATEWAY_API method
401 UNAUTHORIZED.GMP_GATEWAY_API UNAUTHORIZED
