--TEST--
client: tokens are cached per base URL, client id and secret; a short-lived token is used once, never cached past its margin
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$emu->control('POST', 'config', ['credentials' => ['test-client' => 'test-secret', 'other' => 'other-secret', 'third' => 'third-secret']]);
$emu->client()->getOrder('PO-1');
$emu->client(['client_id' => 'other', 'client_secret' => 'other-secret'])->getOrder('PO-1');
$emu->client()->getOrder('PO-1');
$emu->client(['base_url' => $emu->url . '/'])->getOrder('PO-1');  // the same URL, written with a slash
echo $emu->stats()['token_requests'], " token requests\n";
// Walmart tokens live 900 s; one that lives under a minute is used for its call, then fetched again
$emu->control('POST', 'config', ['token_ttl' => 30]);
$client = $emu->client(['client_id' => 'third', 'client_secret' => 'third-secret']);
var_dump($client->getOrder('PO-1')['ok'], $client->getOrder('PO-1')['ok']);
echo $emu->stats()['token_requests'], " token requests\n";
?>
--EXPECT--
2 token requests
bool(true)
bool(true)
4 token requests
