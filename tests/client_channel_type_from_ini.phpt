--TEST--
client: channelmgr.channel_type (INI) is the default of the channel_type option; the option wins; an empty value sends nothing
--EXTENSIONS--
channelmgr
--INI--
channelmgr.channel_type=7c1b0e2a-ini0-4000-8000-000000000001
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
var_dump(ini_get('channelmgr.channel_type'));
$emu->client()->getOrder('PO-1');
$emu->client(['channel_type' => 'from-the-option'])->getOrder('PO-1');
$emu->client(['channel_type' => ''])->getOrder('PO-1');
ini_set('channelmgr.channel_type', '');
$emu->client()->getOrder('PO-1');
foreach ($emu->requests() as $r) {
    if ($r['endpoint'] === 'order') {
        echo $r['headers']['wm_consumer.channel.type'] ?? '-', "\n";
    }
}
?>
--EXPECT--
string(36) "7c1b0e2a-ini0-4000-8000-000000000001"
7c1b0e2a-ini0-4000-8000-000000000001
from-the-option
-
-
