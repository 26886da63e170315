<?php

/*
 * Every method a stand-in declares must have Magento 2.4.7's signature: same class kind and parents, parameter
 * names, types, by-reference/variadic/optional flags, and return type, as recorded in a signature index of
 * Magento 2.4.7 (a reference copy given as argument; the runner calls this only when one is around).
 *   php stand-in-signatures.php <stand-ins dir> <magento-2.4.7-sigs.json.gz>
 */

declare(strict_types=1);

[, $dir, $index] = $argv;
$classes = json_decode(gzdecode((string) file_get_contents($index)), true)['classes'];
spl_autoload_register(static function (string $class) use ($dir): void {
    $file = "$dir/" . str_replace('\\', '/', $class) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
require "$dir/functions.php";

function normalType(string $type): string
{
    $parts = array_map(static fn ($t) => ltrim($t, '\\'), explode('|', str_replace('?', '', $type)));
    sort($parts);
    return implode('|', $parts);
}

$problems = [];
$checked = 0;
$files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
    if ($file->getFilename() === 'functions.php') {
        continue;
    }
    $class = str_replace('/', '\\', substr($file->getPathname(), strlen("$dir/"), -4));
    $mine = new ReflectionClass($class);
    $real = $classes[$class] ?? null;
    if ($real === null) {
        $problems[] = "$class: not a class of Magento 2.4.7";
        continue;
    }
    if (($real[0][0] === 'i') !== $mine->isInterface()) {
        $problems[] = "$class: interface/class differs from Magento's";
    }
    foreach ($mine->getMethods() as $method) {
        if ($method->getDeclaringClass()->getName() !== $class) {
            continue;
        }
        $name = $method->getName();
        $sig = $real[4][$name] ?? null;
        if ($sig === null) {
            $problems[] = "$class::$name: Magento's class has no such method";
            continue;
        }
        $checked++;
        [, $return, $params] = $sig;
        $myReturn = $method->hasReturnType() ? ltrim((string) $method->getReturnType(), '\\') : null;
        if ($name === '__toString' && $myReturn === 'string') {
            $myReturn = null; // PHP 8 adds it to every __toString
        }
        if ($myReturn !== $return) {
            $problems[] = "$class::$name: returns " . var_export($myReturn, true) . ', Magento\'s '
                . var_export($return, true);
        }
        $mine_params = $method->getParameters();
        if (count($mine_params) !== count($params)) {
            $problems[] = "$class::$name: " . count($mine_params) . ' parameters, Magento\'s has ' . count($params);
            continue;
        }
        foreach ($params as $i => [$pName, $pType, $flags]) {
            $p = $mine_params[$i];
            $myType = $p->hasType() ? normalType((string) $p->getType()) : null;
            $theirs = $pType !== null ? normalType($pType) : null;
            $myFlags = ($p->isPassedByReference() ? 1 : 0) | ($p->isVariadic() ? 2 : 0)
                | ($p->isOptional() && !$p->isVariadic() ? 4 : 0);
            if ('$' . $p->getName() !== $pName || $myType !== $theirs || $myFlags !== ($flags & 7)) {
                $problems[] = sprintf(
                    '%s::%s: parameter %d is %s%s (flags %d), Magento\'s %s%s (flags %d)',
                    $class,
                    $name,
                    $i + 1,
                    $myType ? "$myType " : '',
                    '$' . $p->getName(),
                    $myFlags,
                    $theirs ? "$theirs " : '',
                    $pName,
                    $flags & 7
                );
            }
        }
    }
}
foreach ($problems as $p) {
    echo "$p\n";
}
echo "$checked stand-in methods checked, " . count($problems) . " differences\n";
exit($problems ? 1 : 0);
