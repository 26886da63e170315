<?php
/* Writes package.xml (the PECL package description) with every file git tracks
 * that belongs in a release. Run after adding or removing files:
 *   php tools/package-xml.php > package.xml
 * tests/package_lists_every_file.phpt fails when it is out of date. */

$root = dirname(__DIR__);
$version = preg_match('/PHP_CHANNELMGR_VERSION "([^"]+)"/', file_get_contents("$root/php_channelmgr.h"), $m) ? $m[1] : exit(1);

function release_files(string $root): array
{
    exec('git -C ' . escapeshellarg($root) . ' ls-files', $files, $rc);
    if ($rc !== 0) {
        fwrite(STDERR, "git ls-files failed\n");
        exit(1);
    }
    // repository plumbing, not part of a release
    return array_values(array_filter($files, fn($f) => !preg_match('~^(\.ci/|\.git|\.editorconfig$|package\.xml$|magento/)~', $f)));
}

function role(string $file): string
{
    return match (true) {
        str_starts_with($file, 'tests/') => 'test',
        str_starts_with($file, 'demo/'), str_starts_with($file, 'bench/'), str_starts_with($file, 'tools/'),
        (bool) preg_match('~^(README\.md|LICENSE)$~', $file) => 'doc',
        default => 'src',
    };
}

if (realpath($_SERVER['SCRIPT_FILENAME']) === __FILE__) {
    $files = release_files($root);
    $entries = implode("\n", array_map(fn($f) => sprintf('   <file name="%s" role="%s"/>', htmlspecialchars($f), role($f)), $files));
    $date = gmdate('Y-m-d');
    echo <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <name>channelmgr</name>
 <channel>pecl.php.net</channel>
 <summary>Walmart Marketplace order sync for Magento's Channel Manager</summary>
 <description>Validates Magento shipments and cancellations, formats Walmart Marketplace v3 payloads and derives Channel Manager order statuses, natively, with libcurl and json-c.</description>
 <lead>
  <name>channelmgr developers</name>
  <user>channelmgr</user>
  <email>channelmgr@example.invalid</email>
  <active>yes</active>
 </lead>
 <date>$date</date>
 <version>
  <release>$version</release>
  <api>$version</api>
 </version>
 <stability>
  <release>alpha</release>
  <api>alpha</api>
 </stability>
 <license uri="https://opensource.org/licenses/MIT">MIT</license>
 <notes>See README.md.</notes>
 <contents>
  <dir name="/">
$entries
  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.2.0</min>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
  </required>
 </dependencies>
 <providesextension>channelmgr</providesextension>
 <extsrcrelease/>
</package>

XML;
}
