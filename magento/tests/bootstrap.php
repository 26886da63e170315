<?php

/*
 * PHPUnit bootstrap of the module's tests: the module's classes, the test helpers, and the stand-ins of Magento's
 * classes (tests/stand-ins, loaded only here), plus Debian's symfony/console for the CLI commands.
 */

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    $roots = [
        'ChannelMgr\\Walmart\\TestLib\\' => __DIR__ . '/lib/',
        'ChannelMgr\\Walmart\\' => dirname(__DIR__) . '/',
        'Magento\\' => __DIR__ . '/stand-ins/Magento/',
        'Psr\\Log\\' => __DIR__ . '/stand-ins/Psr/Log/',
    ];
    foreach ($roots as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});

require_once __DIR__ . '/stand-ins/functions.php';
if (is_file('/usr/share/php/Symfony/Component/Console/autoload.php')) {
    require_once '/usr/share/php/Symfony/Component/Console/autoload.php';
}
require_once dirname(__DIR__, 2) . '/tests/emulator/EmulatorProcess.php';
