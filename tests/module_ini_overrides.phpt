--TEST--
module: INI settings can be set per script; timeouts must be positive, retries not negative
--EXTENSIONS--
channelmgr
--INI--
channelmgr.base_url=http://127.0.0.1:8080
channelmgr.timeout_ms=2500
--FILE--
<?php
var_dump(ini_get('channelmgr.base_url'), ini_get('channelmgr.timeout_ms'));
var_dump(ini_set('channelmgr.timeout_ms', '0'), ini_get('channelmgr.timeout_ms'));
var_dump(ini_set('channelmgr.connect_timeout_ms', '-5'), ini_get('channelmgr.connect_timeout_ms'));
var_dump(ini_set('channelmgr.max_retries', '-1'), ini_get('channelmgr.max_retries'));
var_dump(ini_set('channelmgr.max_retries', '0'), ini_get('channelmgr.max_retries'));
var_dump(ini_set('channelmgr.service_name', 'Walmart Marketplace (test)'), ini_get('channelmgr.service_name'));
?>
--EXPECT--
string(21) "http://127.0.0.1:8080"
string(4) "2500"
bool(false)
string(4) "2500"
bool(false)
string(4) "3000"
bool(false)
string(1) "3"
string(1) "3"
string(1) "0"
string(19) "Walmart Marketplace"
string(26) "Walmart Marketplace (test)"
