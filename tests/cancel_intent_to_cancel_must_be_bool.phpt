--TEST--
cancel: intent_to_cancel must be a bool (null means not given, i.e. false)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
cancel_error(sample_order(['intent_to_cancel' => 'yes']), 'customer_requested');
cancel_error(sample_order(['intent_to_cancel' => 1]), 'customer_requested');
?>
--EXPECT--
intent_to_cancel | intent_to_cancel: must be a bool, got string
intent_to_cancel | intent_to_cancel: must be a bool, got int
