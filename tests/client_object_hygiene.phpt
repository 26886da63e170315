--TEST--
client: the Client is final, cannot be cloned, serialized, given properties or constructed twice
--EXTENSIONS--
channelmgr
--FILE--
<?php
$client = new ChannelMgr\Client(['client_id' => 'id', 'client_secret' => 'secret']);
var_dump((new ReflectionClass($client))->isFinal());
foreach ([
    fn() => clone $client,
    fn() => serialize($client),
    fn() => $client->extra = 1,
    fn() => $client->__construct(['client_id' => 'other', 'client_secret' => 'x']),
    fn() => (new ReflectionClass(ChannelMgr\Client::class))->newInstanceWithoutConstructor()->getOrder('PO-1'),
] as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
Error: Trying to clone an uncloneable object of class ChannelMgr\Client
Exception: Serialization of 'ChannelMgr\Client' is not allowed
Error: Cannot create dynamic property ChannelMgr\Client::$extra
Error: Cannot call ChannelMgr\Client::__construct() twice
ReflectionException: Class ChannelMgr\Client is an internal class marked as final that cannot be instantiated without invoking its constructor
