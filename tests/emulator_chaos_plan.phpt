--TEST--
emulator: the seeded chaos plan faults API requests (token requests too) by kind, counts them, and turns off
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1], 'Created')]);
$get = fn() => $emu->api('GET', '/v3/orders/PO-1', '', [], 3);
$show = function (string $what, array $answer) {
    [$status, $body, $complete] = $answer;
    $e = json_decode($body, true)['errors']['error'][0]['code'] ?? null;
    echo str_pad($what, 16), $status, ' ', $e ?? ($status ? substr($body, 0, 17) : $body), $complete || !$status ? '' : ' (truncated)', "\n";
};
$show('no chaos', $get());
// every kind, one at a time (rate 1)
foreach (['drop_before', 'truncate', 'malformed', '429', '401'] as $kind) {
    $emu->chaos(['seed' => 7, 'rate' => 1, 'kinds' => [$kind]]);
    $show($kind, $get());
}
$emu->chaos(['rate' => 0]);
$show('revoked token', $get()); // the 401 kind made Walmart forget the token for good
$token = json_decode($emu->api('POST', '/v3/token', 'grant_type=client_credentials')[1], true)['access_token'];
$get = fn() => $emu->api('GET', '/v3/orders/PO-1', '', ['WM_SEC.ACCESS_TOKEN' => $token], 3);
$show('fresh token', $get());
$emu->chaos(['rate' => 1, 'kinds' => ['expire_tokens']]);
$show('expire_tokens', $get());
$show('token request', $emu->api('POST', '/v3/token', 'grant_type=client_credentials')); // processed after expiring the others
$emu->chaos(['rate' => 1, 'kinds' => ['401']]);
$show('401 on token', $emu->api('POST', '/v3/token', 'grant_type=client_credentials')); // never: credentials stay good
$emu->chaos(['rate' => 0]);
$token = json_decode($emu->api('POST', '/v3/token', 'grant_type=client_credentials')[1], true)['access_token'];
$emu->chaos(['rate' => 1, 'kinds' => ['5xx_after']]);
$status = $emu->api('POST', '/v3/orders/PO-1/acknowledge', '', ['WM_SEC.ACCESS_TOKEN' => $token], 3)[0];
echo '5xx_after       ', intdiv($status, 100), 'xx, applied: ', json_encode(line_units($emu->order('PO-1'), 1)), "\n";
$emu->chaos(['rate' => 1, 'kinds' => ['slow'], 'slow_ms' => [400, 400]]);
$show('slow', $emu->api('POST', '/v3/token', 'grant_type=client_credentials', [], 0.2));

// a seeded plan at 30%: the same seed faults the same requests of the same sequence
$runs = [];
foreach ([1, 2] as $run) {
    $emu->chaos(['seed' => 42, 'rate' => 0.3, 'kinds' => ['5xx_before', '429']]);
    $codes = '';
    for ($i = 0; $i < 60; $i++) {
        $codes .= $emu->api('POST', '/v3/token', 'grant_type=client_credentials')[0] === 200 ? '.' : 'x';
    }
    $runs[] = $codes;
}
$emu->chaos(['rate' => 0]);
var_dump($runs[0] === $runs[1], substr_count($runs[0], 'x') >= 8 && substr_count($runs[0], 'x') <= 30);
$stats = $emu->stats();
echo json_encode($stats['chaos']), "\n";
var_dump(array_sum((array) $stats['chaos']) === array_sum((array) $stats['chaos_endpoints']), $stats['chaos_endpoints']['order']);
var_dump(json_encode($emu->chaos(['kinds' => ['meteor']])));
?>
--EXPECT--
no chaos        200 {"order":{"purcha
drop_before     0 dropped
truncate        200 {"order":{"purcha (truncated)
malformed       200 {"order": {"purch
429             429 REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API
401             401 UNAUTHORIZED.GMP_GATEWAY_API
revoked token   401 UNAUTHORIZED.GMP_GATEWAY_API
fresh token     200 {"order":{"purcha
expire_tokens   401 UNAUTHORIZED.GMP_GATEWAY_API
token request   200 {"access_token":"
401 on token    200 {"access_token":"
5xx_after       5xx, applied: {"Acknowledged":1}
slow            0 timeout
bool(true)
bool(true)
{"401":1,"429":23,"5xx_after":1,"5xx_before":22,"drop_before":1,"expire_tokens":2,"malformed":1,"slow":1,"truncate":1}
bool(true)
int(6)
string(39) "{"error":"unknown chaos kinds: meteor"}"
