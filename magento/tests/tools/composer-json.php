<?php

/*
 * The module's composer.json as a Magento 2 module package must be: valid JSON, the right name and type, PHP and
 * ext-channelmgr required, registration.php autoloaded, PSR-4 for ChannelMgr\Walmart\.
 *   php composer-json.php <composer.json>
 */

declare(strict_types=1);

$json = json_decode((string) file_get_contents($argv[1]), true);
$problems = [];
if (!is_array($json)) {
    $problems[] = 'not valid JSON: ' . json_last_error_msg();
} else {
    $expect = [
        'name' => 'channelmgr/module-walmart',
        'type' => 'magento2-module',
    ];
    foreach ($expect as $key => $value) {
        if (($json[$key] ?? null) !== $value) {
            $problems[] = "$key must be \"$value\"";
        }
    }
    if (($json['require']['php'] ?? null) !== '~8.2.0||~8.3.0||~8.4.0') {
        $problems[] = 'require.php must be "~8.2.0||~8.3.0||~8.4.0"';
    }
    if (!isset($json['require']['ext-channelmgr'])) {
        $problems[] = 'require must name ext-channelmgr';
    }
    if (!in_array('registration.php', $json['autoload']['files'] ?? [], true)) {
        $problems[] = 'autoload.files must load registration.php';
    }
    if (($json['autoload']['psr-4']['ChannelMgr\\Walmart\\'] ?? null) !== '') {
        $problems[] = 'autoload.psr-4 must map ChannelMgr\\Walmart\\ to the package root';
    }
    if (isset($json['version']) && !preg_match('/^\d+\.\d+\.\d+$/', $json['version'])) {
        $problems[] = 'version must be x.y.z';
    }
}
foreach ($problems as $p) {
    echo "composer.json: $p\n";
}
exit($problems ? 1 : 0);
