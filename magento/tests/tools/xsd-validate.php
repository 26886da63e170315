<?php

/*
 * Validates the module's XML files against Magento 2.4.7's own XSDs (a reference copy given as argument; the
 * runner calls this only when one is around). Each file names its schema by URN in xsi:noNamespaceSchemaLocation;
 * the XSD tree is copied to a work directory with its URN includes rewritten to file paths.
 *   php xsd-validate.php <module dir> <xsd dir> <work dir>
 */

declare(strict_types=1);

[, $module, $xsdDir, $work] = $argv;
$copy = "$work/xsd";
$iterator = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($xsdDir, FilesystemIterator::SKIP_DOTS));
foreach ($iterator as $file) {
    $target = $copy . substr($file->getPathname(), strlen($xsdDir));
    @mkdir(dirname($target), 0777, true);
    $text = file_get_contents($file->getPathname());
    $text = preg_replace_callback('/urn:magento:[^"\']+/', static fn ($m) => urnToPath($m[0], $copy), $text);
    file_put_contents($target, $text);
}

function urnToPath(string $urn, string $root): string
{
    if (preg_match('/^urn:magento:framework:(.+)$/', $urn, $m)) {
        return "$root/lib/internal/Magento/Framework/$m[1]";
    }
    if (preg_match('/^urn:magento:framework-([a-z-]+):(.+)$/', $urn, $m)) {
        $lib = implode('', array_map('ucfirst', explode('-', $m[1])));
        return "$root/lib/internal/Magento/Framework/$lib/$m[2]";
    }
    if (preg_match('/^urn:magento:module:Magento_([A-Za-z]+):(.+)$/', $urn, $m)) {
        return "$root/app/code/Magento/$m[1]/$m[2]";
    }
    return $urn;
}

libxml_use_internal_errors(true);
$failed = 0;
$checked = 0;
$files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($module, FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
    $path = $file->getPathname();
    if (!str_ends_with($path, '.xml') || str_contains($path, '/tests/')) {
        continue;
    }
    $doc = new DOMDocument();
    $doc->load($path);
    $xsi = 'http://www.w3.org/2001/XMLSchema-instance';
    $urn = $doc->documentElement->getAttributeNS($xsi, 'noNamespaceSchemaLocation');
    $xsd = urnToPath($urn, $copy);
    if ($urn === '' || !is_file($xsd)) {
        echo substr($path, strlen($module) + 1), ": schema $urn is not in the reference copy\n";
        $failed++;
        continue;
    }
    $checked++;
    if (!$doc->schemaValidate($xsd)) {
        $failed++;
        foreach (libxml_get_errors() as $error) {
            printf("%s:%d: %s\n", substr($path, strlen($module) + 1), $error->line, trim($error->message));
        }
    }
    libxml_clear_errors();
}
echo "$checked XML files validated, $failed failed\n";
exit($failed ? 1 : 0);
