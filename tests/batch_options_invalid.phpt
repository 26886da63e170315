--TEST--
batch: concurrency must be a positive integer; unknown options are refused; nothing is sent
--EXTENSIONS--
channelmgr
--FILE--
<?php
$client = new ChannelMgr\Client(['client_id' => 'id', 'client_secret' => 'secret', 'base_url' => 'http://127.0.0.1:1']);
foreach ([['concurrency' => 0], ['concurrency' => -4], ['concurrency' => '8'], ['concurrency' => 2.5], ['concurrency' => null],
          ['parallel' => 8]] as $options) {
    try {
        $client->syncBatch([['op' => 'acknowledge', 'purchase_order_id' => 'PO-1']], $options);
        echo "accepted\n";
    } catch (ChannelMgr\ValidationException $e) {
        echo $e->getField(), ' | ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
concurrency | concurrency: must be a positive integer, got 0
concurrency | concurrency: must be a positive integer, got -4
concurrency | concurrency: must be a positive integer, got string
concurrency | concurrency: must be a positive integer, got float
concurrency | concurrency: must be a positive integer, got null
parallel | parallel: is not a known option; expected concurrency
