--TEST--
batch: inventory operations take ship_node (sent as shipNode) and SKUs with reserved or 4-byte characters, percent-encoded as single calls do
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess();
$emoji = str_repeat("\u{1F600}", 50);
$results = $emu->client()->syncBatch([
    'tee' => ['op' => 'inventory', 'sku' => 'TEE/RED/M', 'quantity' => 4],
    'node' => ['op' => 'inventory', 'sku' => 'MUG', 'quantity' => 9, 'ship_node' => 'SN-1'],
    'emoji' => ['op' => 'inventory', 'sku' => $emoji, 'quantity' => 1],
    'reserved' => ['op' => 'inventory', 'sku' => "A B+C:D?E#F[G]H@I!J\$K&L'M(N)O*P,Q;R=S{T}U%V", 'quantity' => 2],
    'bad node' => ['op' => 'inventory', 'sku' => 'MUG', 'quantity' => 1, 'ship_node' => 5],
]);
foreach ($results as $key => $r) {
    printf("%s: ok=%s %s\n", $key, var_export($r['ok'], true), $r['ok'] ? 'sku ok=' . var_export($r['sku'] === ['tee' => 'TEE/RED/M',
        'node' => 'MUG', 'emoji' => $emoji, 'reserved' => "A B+C:D?E#F[G]H@I!J\$K&L'M(N)O*P,Q;R=S{T}U%V"][$key], true)
        : $r['errors'][0]['code'] . ' ' . $r['errors'][0]['field']);
}
$targets = array_column(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'inventory'), 'target');
sort($targets);
echo implode("\n", array_map(fn($t) => strlen($t) > 200 ? substr($t, 0, 40) . '…(' . strlen($t) . ' bytes)' : $t, $targets)), "\n";
$all = $emu->inventory('*');
var_dump($all['']['TEE/RED/M']['amount'], $all['SN-1']['MUG']['amount'], $all[''][$emoji]['amount'],
    $all[''][ "A B+C:D?E#F[G]H@I!J\$K&L'M(N)O*P,Q;R=S{T}U%V"]['amount']);
?>
--EXPECT--
tee: ok=true sku ok=true
node: ok=true sku ok=true
emoji: ok=true sku ok=true
reserved: ok=true sku ok=true
bad node: ok=false INVALID_INPUT ship_node
/v3/inventory?sku=%F0%9F%98%80%F0%9F%98%…(618 bytes)
/v3/inventory?sku=A%20B%2BC%3AD%3FE%23F%5BG%5DH%40I%21J%24K%26L%27M%28N%29O%2AP%2CQ%3BR%3DS%7BT%7DU%25V
/v3/inventory?sku=MUG&shipNode=SN-1
/v3/inventory?sku=TEE%2FRED%2FM
int(4)
int(9)
int(1)
int(2)
