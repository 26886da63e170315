--TEST--
emulator: faults reach the confirming read (by path and method: a 401 while the token is valid, 502, dropped, truncated, malformed) and the token endpoint; clear-faults forgets the queue
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$show = function (string $what, array $answer) {
    [$status, $body, $complete] = $answer;
    $e = json_decode($body, true)['errors']['error'][0]['code'] ?? null;
    printf("%-22s %d %s%s\n", $what, $status, $e ?? ($status ? substr($body, 0, 17) : $body), $complete || !$status ? '' : ' (truncated)');
};
$read = fn() => $emu->api('GET', '/v3/orders/PO-1');
$read(); // a token now; the faults below are for the requests after it
$unauthorized = ['errors' => ['error' => [['code' => 'UNAUTHORIZED.GMP_GATEWAY_API', 'description' => 'Unauthorized']]]];
// queued in this order; a fault for GET is not taken by the POST before it
$emu->fault([
    ['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 401, 'body' => $unauthorized],
    ['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 502, 'body' => ''],
    ['path' => '/v3/orders/PO-1', 'method' => 'GET', 'drop' => 'before'],
    ['path' => '/v3/orders/PO-1', 'method' => 'GET', 'truncate' => true],
    ['path' => '/v3/orders/PO-1', 'method' => 'GET', 'malformed' => true],
]);
$show('acknowledge POST', $emu->api('POST', '/v3/orders/PO-1/acknowledge'));
foreach (['401, token valid', '502', 'dropped', 'truncated', 'malformed', 'no fault left'] as $what) {
    $show("read: $what", $read());
}
$emu->fault([['path' => '/v3/token', 'status' => 503, 'body' => ''], ['path' => '/v3/token', 'drop' => 'after'],
    ['path' => '/v3/token', 'malformed' => true], ['path' => '/v3/token', 'late_ms' => 300]]);
foreach (['503', 'dropped', 'malformed', 'late (waited for)', 'no fault left'] as $what) {
    $show("token: $what", $emu->api('POST', '/v3/token', 'grant_type=client_credentials'));
}
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 500, 'times' => 5]);
var_dump($emu->control('POST', 'clear-faults'), $emu->stats()['faults_left']);
$show('read after clearing', $read());
?>
--EXPECT--
acknowledge POST       200 {"order":{"purcha
read: 401, token valid 401 UNAUTHORIZED.GMP_GATEWAY_API
read: 502              502 
read: dropped          0 dropped
read: truncated        200 {"order":{"purcha (truncated)
read: malformed        200 {"order": {"purch
read: no fault left    200 {"order":{"purcha
token: 503             503 
token: dropped         0 dropped
token: malformed       200 {"order": {"purch
token: late (waited for) 200 {"access_token":"
token: no fault left   200 {"access_token":"
array(1) {
  ["cleared"]=>
  int(5)
}
int(0)
read after clearing    200 {"order":{"purcha
