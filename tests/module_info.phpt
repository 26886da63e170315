--TEST--
module: phpinfo shows the version, the libcurl and json-c versions and the INI settings
--EXTENSIONS--
channelmgr
--FILE--
<?php
(new ReflectionExtension('channelmgr'))->info();
?>
--EXPECTF--
channelmgr

channelmgr support => enabled
Version => 0.4.0
libcurl version => %d.%d.%d
libcurl SSL => %s
json-c version => %d.%d%S

Directive => Local Value => Master Value
channelmgr.base_url => https://marketplace.walmartapis.com => https://marketplace.walmartapis.com
channelmgr.service_name => Walmart Marketplace => Walmart Marketplace
channelmgr.channel_type => no value => no value
channelmgr.timeout_ms => 15000 => 15000
channelmgr.connect_timeout_ms => 3000 => 3000
channelmgr.max_retries => 3 => 3
