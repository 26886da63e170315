--TEST--
module: ValidationException extends ChannelMgr\Exception extends RuntimeException, and carries the field
--EXTENSIONS--
channelmgr
--FILE--
<?php
var_dump(get_parent_class(ChannelMgr\ValidationException::class), get_parent_class(ChannelMgr\Exception::class));
try {
    channelmgr_shipment_payload([]);
} catch (RuntimeException $e) {
    var_dump($e instanceof ChannelMgr\Exception, get_class($e), $e->getField(), $e->getMessage(), $e->getCode());
}
$e = new ChannelMgr\ValidationException('made by hand');
var_dump($e->getField());
?>
--EXPECT--
string(20) "ChannelMgr\Exception"
string(16) "RuntimeException"
bool(true)
string(30) "ChannelMgr\ValidationException"
string(17) "purchase_order_id"
string(30) "purchase_order_id: is required"
int(0)
string(0) ""
