--TEST--
package: package.xml lists exactly the files git tracks for a release, with the module's version
--EXTENSIONS--
channelmgr
--SKIPIF--
<?php
if (!is_dir(__DIR__ . '/../.git') || !shell_exec('command -v git')) die('skip needs a git checkout');
?>
--FILE--
<?php
require __DIR__ . '/../tools/package-xml.php';
$root = dirname(__DIR__);
$xml = file_get_contents("$root/package.xml");
preg_match_all('~<file name="([^"]+)" role="(?:src|test|doc)"/>~', $xml, $m);
$listed = array_map('htmlspecialchars_decode', $m[1]);
$tracked = release_files($root);
$missing = array_diff($tracked, $listed);
$stale = array_diff($listed, $tracked);
echo 'not listed: ', implode(', ', $missing) ?: '-', "\n";
echo 'listed but gone: ', implode(', ', $stale) ?: '-', "\n";
preg_match('~<release>([^<]+)</release>~', $xml, $v);
var_dump($v[1] === phpversion('channelmgr'));
?>
--EXPECT--
not listed: -
listed but gone: -
bool(true)
