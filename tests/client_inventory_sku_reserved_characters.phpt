--TEST--
client: SKUs with Walmart's reserved characters (TEE/RED/M, space, + : ? # [ ] @ ! $ & ' ( ) * , ; = { } %) are accepted and percent-encoded, every byte outside RFC 3986's unreserved set
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess();
$client = $emu->client();
$skus = ['TEE/RED/M', 'MUG BLUE+1', ":/?#[]@!\$&'()*+,;={}%", 'a..b\\c', 'Crème brûlée', '-._~AZaz09'];
foreach ($skus as $sku) {
    $r = $client->updateInventory($sku, 5);
    printf("%s ok=%s sku=%s\n", $sku, var_export($r['ok'], true), $r['sku']);
}
foreach ($emu->requests() as $r) {
    if ($r['endpoint'] === 'inventory') {
        echo $r['target'], "\n";
    }
}
echo json_encode(array_keys($emu->inventory()), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
// still refused: control characters, invalid UTF-8, more than 50 characters, empty
foreach (["A\nB", "\xC3", str_repeat('x', 51), ''] as $sku) {
    try {
        $client->updateInventory($sku, 1);
        echo "sent\n";
    } catch (ChannelMgr\ValidationException $e) {
        echo $e->getField(), "\n";
    }
}
?>
--EXPECT--
TEE/RED/M ok=true sku=TEE/RED/M
MUG BLUE+1 ok=true sku=MUG BLUE+1
:/?#[]@!$&'()*+,;={}% ok=true sku=:/?#[]@!$&'()*+,;={}%
a..b\c ok=true sku=a..b\c
Crème brûlée ok=true sku=Crème brûlée
-._~AZaz09 ok=true sku=-._~AZaz09
/v3/inventory?sku=TEE%2FRED%2FM
/v3/inventory?sku=MUG%20BLUE%2B1
/v3/inventory?sku=%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%7B%7D%25
/v3/inventory?sku=a..b%5Cc
/v3/inventory?sku=Cr%C3%A8me%20br%C3%BBl%C3%A9e
/v3/inventory?sku=-._~AZaz09
["TEE/RED/M","MUG BLUE+1",":/?#[]@!$&'()*+,;={}%","a..b\\c","Crème brûlée","-._~AZaz09"]
sku
sku
sku
sku
