--TEST--
ship: an unknown key is named as valid UTF-8 (40 characters at most, cut between characters, '?' for bytes that are not text), so the message can be JSON-encoded
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach ([str_repeat('é', 70), "bad\xFF\xFEkey", "line\nbreak", str_repeat('ab', 31) . "\xC3"] as $key) {
    try {
        channelmgr_shipment_payload(sample_shipment([$key => 1]));
    } catch (ChannelMgr\ValidationException $e) {
        echo $e->getField(), "\n";
        var_dump(json_encode($e->getMessage()) !== false, json_encode($e->getField()) !== false);
    }
}
try {
    channelmgr_shipment_payload(sample_shipment(['lines' => [['line_number' => 1, 'quantity' => 1, str_repeat('€', 60) => 1]]]));
} catch (ChannelMgr\ValidationException $e) {
    echo $e->getField(), "\n";
    var_dump(json_encode($e->getMessage()) !== false);
}
?>
--EXPECT--
éééééééééééééééééééééééééééééééééééééééé...
bool(true)
bool(true)
bad??key
bool(true)
bool(true)
line?break
bool(true)
bool(true)
abababababababababababababababababababab...
bool(true)
bool(true)
lines.0.€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€...
bool(true)
