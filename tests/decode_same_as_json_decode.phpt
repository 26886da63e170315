--TEST--
decode: the client decodes Walmart's answers as json_decode($body, true) does: the same order (types, keys, float and integer limits, escapes, repeated and numeric keys) and a refusal wherever json_decode() fails, on crafted and on 600 generated answers
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';

/* An answer with a readable order, $extra at order.extra (the part under test). */
function answer(string $extra): string
{
    return '{"order":{"purchaseOrderId":"PO-1","orderLines":{"orderLine":[{"lineNumber":"1","orderLineStatuses":'
        . '{"orderLineStatus":[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"1"}}]}}]},'
        . '"extra":' . $extra . '}}';
}

/* What json_decode() makes of $body: the order serialized (exact types), or "refused". */
function expected(string $body): string
{
    $doc = json_decode($body, true);
    if (json_last_error() !== JSON_ERROR_NONE || !is_array($doc)) {
        return 'refused';
    }
    try {
        channelmgr_order_status($doc);
    } catch (ChannelMgr\ValidationException) {
        return 'no readable order'; /* a break that left valid JSON, and an order missing a part */
    }
    return serialize($doc['order']);
}

function via_client(EmulatorProcess $emu, ChannelMgr\Client $client, string $body): string
{
    $emu->fault(['path' => '/v3/orders/PO-1', 'status' => 200, 'body_base64' => base64_encode($body)]);
    $r = $client->getOrder('PO-1');
    if ($r['ok']) {
        return serialize($r['order']);
    }
    $why = $r['errors'][0]['description'] ?? '';
    if (str_starts_with($why, "Walmart's answer has no readable order (")) {
        return 'no readable order';
    }
    return ($r['errors'][0]['code'] ?? '') === 'INVALID_RESPONSE' && str_starts_with($why, "Walmart's answer is not JSON (")
        ? 'refused' : 'UNEXPECTED: ' . json_encode($r);
}

function compare(EmulatorProcess $emu, ChannelMgr\Client $client, string $label, array $bodies): void
{
    $same = $refused = $unreadable = 0;
    foreach ($bodies as $name => $body) {
        $want = expected($body);
        $got = via_client($emu, $client, $body);
        if ($want !== $got) {
            echo "$label $name DIFFERS\n  body:        ", json_encode($body, JSON_INVALID_UTF8_SUBSTITUTE), "\n",
                "  json_decode: $want\n  channelmgr:  $got\n";
            continue;
        }
        $same++;
        $refused += $want === 'refused';
        $unreadable += $want === 'no readable order';
    }
    printf("%s: %d of %d the same (%d refused by both, %d without a readable order)\n", $label, $same, count($bodies),
        $refused, $unreadable);
}

$crafted = [
    'scalars' => '[true,false,null,0,-0,1,-1,"",""]',
    'integer limits' => '[9223372036854775807,-9223372036854775808,9223372036854775808,-9223372036854775809,'
        . '12345678901234567890123,9223372036854775806,-9223372036854775807,1000000000000000000]',
    'floats' => '[0.0,-0.0,1.5,-1.5e3,1E400,-1e-400,2.0,0.1e1,1e+2,123456789012345678901234567890.5]',
    'escapes' => '["\\"\\\\\\/\\b\\f\\n\\r\\t","\\u0041\\u00e9\\u20AC\\ud83d\\ude00","\\u0000x","a\\u002fb"]',
    'raw UTF-8' => '["é","€","😀","ÿ"]',
    'numeric keys' => '{"0":"a","12":"b","-3":"c","007":"d","1e2":"e","-0":"f","9223372036854775808":"g"," 1":"h"}',
    'repeated keys' => '{"a":1,"b":2,"a":3,"status":"x","status":"Shipped"}',
    'empty and odd keys' => '{"":1,"a b":2,"\\u00e9":3,"\\u0000":4}',
    'vocabulary values' => '["Shipped","USD","EACH","Standard","status","order","Y","N"]',
    'nested' => '{"a":[[],[{}],{"b":[1,[2,[3]]]}],"c":{}}',
    'whitespace' => " \t\n\r[ 1 , { \"a\" : [ ] } ] \n",
    'depth 509 (511 with the order around it: the most json_decode() takes)' => str_repeat('[', 509) . str_repeat(']', 509),
];
$refused = [
    'truncated' => '{"a":[1,2',
    'trailing comma' => '[1,2,]',
    'trailing comma in object' => '{"a":1,}',
    'leading zero' => '[01]',
    'bare dot' => '[1.]',
    'dot first' => '[.5]',
    'plus' => '[+1]',
    'NaN' => '[NaN]',
    'single quotes' => "['a']",
    'unquoted key' => '{a:1}',
    'missing colon' => '{"a" 1}',
    'lone high surrogate' => '["\\ud83d"]',
    'lone low surrogate' => '["\\ude00"]',
    'high then non-low' => '["\\ud83d\\u0041"]',
    'short \\u' => '["\\u12"]',
    'bad escape' => '["\\x41"]',
    'raw control character' => "[\"a\x01b\"]",
    'raw newline in string' => "[\"a\nb\"]",
    'NUL between values' => "[1,\x002]",
    'overlong UTF-8' => "[\"\xC0\x80\"]",
    'UTF-8 surrogate' => "[\"\xED\xA0\x80\"]",
    'beyond U+10FFFF' => "[\"\xF4\x90\x80\x80\"]",
    'cut UTF-8' => "[\"\xE2\x82\"]",
    'stray continuation' => "[\"\x80\"]",
    'truE' => '[truE]',
    'nul' => '[nul]',
    'two values' => '[1] [2]',
    'depth 510 (512 with the order around it)' => str_repeat('[', 510) . str_repeat(']', 510),
    'depth 600' => str_repeat('[', 600) . str_repeat(']', 600),
];

/* Generated: random values (seeded), then broken copies of them. */
mt_srand(20261202);
function gen_string(): string
{
    static $pieces = ['a', 'Z', '0', ' ', 'status', 'Shipped', '\\"', '\\\\', '\\/', '\\n', '\\t', '\\u0041', '\\u00e9',
        '\\uD83D\\uDE00', '\\u0000', 'é', '€', '😀', 'EACH', '-', '.', '1'];
    $s = '';
    for ($i = mt_rand(0, 6); $i > 0; $i--) {
        $s .= $pieces[mt_rand(0, count($pieces) - 1)];
    }
    return '"' . $s . '"';
}
function gen_number(): string
{
    static $numbers = ['0', '-0', '7', '-42', '3.25', '-0.5e-3', '1E10', '9223372036854775807', '9223372036854775808',
        '-9223372036854775808', '-9223372036854775809', '99999999999999999999', '1e308', '2.0', '0.1'];
    return $numbers[mt_rand(0, count($numbers) - 1)];
}
function gen_value(int $depth): string
{
    $kind = mt_rand(0, $depth > 4 ? 3 : 5);
    switch ($kind) {
        case 0: return gen_string();
        case 1: return gen_number();
        case 2: return ['true', 'false', 'null'][mt_rand(0, 2)];
        case 3: return gen_string();
        case 4:
            $items = [];
            for ($i = mt_rand(0, 4); $i > 0; $i--) {
                $items[] = gen_value($depth + 1);
            }
            return '[' . implode(',', $items) . ']';
        default:
            $members = [];
            for ($i = mt_rand(0, 4); $i > 0; $i--) {
                $key = mt_rand(0, 4) ? gen_string() : '"' . mt_rand(-3, 20) . '"';
                $members[] = $key . (mt_rand(0, 5) ? ':' : ' : ') . gen_value($depth + 1);
            }
            return '{' . implode(',', $members) . '}';
    }
}
$generated = $broken = [];
for ($i = 0; count($generated) < 400; $i++) {
    $generated["#$i"] = answer(gen_value(0));
}
$breakers = [
    fn($s, $at) => substr($s, 0, $at),                              // cut short
    fn($s, $at) => substr($s, 0, $at) . substr($s, $at + 1),        // a byte lost
    fn($s, $at) => substr($s, 0, $at) . ',' . substr($s, $at),      // a stray comma
    fn($s, $at) => substr($s, 0, $at) . "\xC3" . substr($s, $at),   // a cut UTF-8 sequence
    fn($s, $at) => substr($s, 0, $at) . "\x1F" . substr($s, $at),   // a control character
    fn($s, $at) => substr($s, 0, $at) . '\\u' . substr($s, $at),    // a half escape
];
foreach (array_slice($generated, 0, 200) as $name => $body) {
    $at = mt_rand(1, strlen($body) - 1);
    $broken["$name'"] = $breakers[mt_rand(0, count($breakers) - 1)]($body, $at);
}

$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 0]);
compare($emu, $client, 'crafted', array_map('answer', $crafted));
compare($emu, $client, 'crafted, refused', array_map('answer', $refused));
compare($emu, $client, 'generated', $generated);
compare($emu, $client, 'generated, broken', $broken);

/* An empty array is the engine's shared one, as json_decode() gives: it shows in the next index after a negative key. */
function next_keys(array $a): string
{
    $a[-5] = 1;
    $a[] = 2;
    return implode(',', array_keys($a));
}
$body = answer('{"list":[],"object":{}}');
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 200, 'body' => $body]);
$mine = $client->getOrder('PO-1')['order']['extra'];
$theirs = json_decode($body, true)['order']['extra'];
printf("empty list: %s (json_decode: %s), empty object: %s (json_decode: %s)\n", next_keys($mine['list']),
    next_keys($theirs['list']), next_keys($mine['object']), next_keys($theirs['object']));
?>
--EXPECT--
crafted: 12 of 12 the same (0 refused by both, 0 without a readable order)
crafted, refused: 29 of 29 the same (29 refused by both, 0 without a readable order)
generated: 400 of 400 the same (0 refused by both, 0 without a readable order)
generated, broken: 200 of 200 the same (160 refused by both, 22 without a readable order)
empty list: -5,0 (json_decode: -5,0), empty object: -5,0 (json_decode: -5,0)
