<?php

/*
 * A check of the module's XML that needs nothing but the module: each file's root element and schema URN are
 * the ones Magento reads that file with, and every element name is one that schema declares (the names below
 * are taken from Magento 2.4.7's XSDs; the runner also validates against the XSDs themselves when a reference
 * copy is around). Free-form subtrees (config.xml's <default>, di.xml argument values) are not checked.
 *   php xml-elements.php <module dir>
 */

declare(strict_types=1);

$module = rtrim($argv[1], '/');
$layout = ['page', 'update', 'body', 'head', 'referenceBlock', 'referenceContainer', 'block', 'container',
    'uiComponent', 'arguments', 'argument', 'item', 'action', 'move', 'remove', 'css', 'script', 'title'];
$rules = [
    '#^etc/module\.xml$#' => ['config', 'urn:magento:framework:Module/etc/module.xsd',
        ['config', 'module', 'sequence']],
    '#^etc/(adminhtml/)?di\.xml$#' => ['config', 'urn:magento:framework:ObjectManager/etc/config.xsd',
        ['config', 'preference', 'type', 'virtualType', 'plugin', 'arguments', 'argument', 'item']],
    '#^etc/(adminhtml/)?events\.xml$#' => ['config', 'urn:magento:framework:Event/etc/events.xsd',
        ['config', 'event', 'observer']],
    '#^etc/db_schema\.xml$#' => ['schema', 'urn:magento:framework:Setup/Declaration/Schema/etc/schema.xsd',
        ['schema', 'table', 'column', 'constraint', 'index']],
    '#^etc/crontab\.xml$#' => ['config', 'urn:magento:module:Magento_Cron:etc/crontab.xsd',
        ['config', 'group', 'job', 'schedule', 'config_path']],
    '#^etc/communication\.xml$#' => ['config', 'urn:magento:framework:Communication/etc/communication.xsd',
        ['config', 'topic', 'handler']],
    '#^etc/queue_publisher\.xml$#' => ['config', 'urn:magento:framework-message-queue:etc/publisher.xsd',
        ['config', 'publisher', 'connection']],
    '#^etc/queue_topology\.xml$#' => ['config', 'urn:magento:framework-message-queue:etc/topology.xsd',
        ['config', 'exchange', 'binding', 'arguments', 'argument', 'item']],
    '#^etc/queue_consumer\.xml$#' => ['config', 'urn:magento:framework-message-queue:etc/consumer.xsd',
        ['config', 'consumer']],
    '#^etc/acl\.xml$#' => ['config', 'urn:magento:framework:Acl/etc/acl.xsd', ['config', 'acl', 'resources',
        'resource']],
    '#^etc/config\.xml$#' => ['config', 'urn:magento:module:Magento_Store:etc/config.xsd', ['config', 'default']],
    '#^etc/adminhtml/menu\.xml$#' => ['config', 'urn:magento:module:Magento_Backend:etc/menu.xsd',
        ['config', 'menu', 'add', 'update', 'remove']],
    '#^etc/adminhtml/routes\.xml$#' => ['config', 'urn:magento:framework:App/etc/routes.xsd',
        ['config', 'router', 'route', 'module']],
    '#^etc/adminhtml/system\.xml$#' => ['config', 'urn:magento:module:Magento_Config:etc/system_file.xsd',
        ['config', 'system', 'tab', 'section', 'group', 'field', 'label', 'class', 'resource', 'comment', 'tooltip',
            'hint', 'source_model', 'backend_model', 'frontend_model', 'validate', 'depends', 'config_path',
            'can_restore', 'if_module_enabled', 'frontend_class', 'header_css', 'fieldset_css', 'help_url',
            'more_url', 'demo_link', 'attribute', 'options', 'option', 'upload_dir', 'base_url', 'button_label',
            'button_url', 'requires', 'include']],
    '#^view/adminhtml/layout/[a-z0-9_]+\.xml$#' => ['page',
        'urn:magento:framework:View/Layout/etc/page_configuration.xsd', $layout],
    '#^view/adminhtml/ui_component/[a-z0-9_]+\.xml$#' => ['listing',
        'urn:magento:module:Magento_Ui:etc/ui_configuration.xsd',
        ['listing', 'argument', 'item', 'settings', 'spinner', 'deps', 'dep', 'dataSource', 'storageConfig', 'param',
            'updateUrl', 'aclResource', 'dataProvider', 'requestFieldName', 'primaryFieldName', 'listingToolbar',
            'sticky', 'bookmark', 'columnsControls', 'filterSearch', 'filters', 'massaction', 'action', 'url', 'type',
            'label', 'confirm', 'title', 'message', 'paging', 'columns', 'selectionsColumn', 'indexField', 'column',
            'filter', 'bodyTmpl', 'dataType', 'sorting', 'sortable', 'visible', 'options', 'actionsColumn',
            'draggable', 'resizeEnabled', 'resizeDefaultWidth', 'dateFormat', 'timezone', 'exportButton']],
];

$failed = 0;
$files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($module, FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
    $rel = substr($file->getPathname(), strlen($module) + 1);
    if (!str_ends_with($rel, '.xml') || str_starts_with($rel, 'tests/') || str_starts_with($rel, 'bench/')) {
        continue;
    }
    $rule = null;
    foreach ($rules as $pattern => $r) {
        if (preg_match($pattern, $rel)) {
            $rule = $r;
        }
    }
    if ($rule === null) {
        echo "$rel: not a file Magento reads from a module\n";
        $failed++;
        continue;
    }
    [$root, $urn, $names] = $rule;
    $doc = new DOMDocument();
    if (!@$doc->load($file->getPathname())) {
        echo "$rel: not well-formed\n";
        $failed++;
        continue;
    }
    $el = $doc->documentElement;
    $problems = [];
    if ($el->nodeName !== $root) {
        $problems[] = "root element is <{$el->nodeName}>, Magento expects <$root>";
    }
    $given = $el->getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'noNamespaceSchemaLocation');
    if ($given !== $urn) {
        $problems[] = "schema is \"$given\", Magento's is \"$urn\"";
    }
    $walk = static function (DOMElement $node) use (&$walk, $names, &$problems): void {
        if (!in_array($node->nodeName, $names, true)) {
            $problems[] = "line {$node->getLineNo()}: <{$node->nodeName}> is not an element of this schema";
            return;
        }
        if (in_array($node->nodeName, ['default', 'argument', 'item'], true)) {
            return;
        }
        foreach ($node->childNodes as $child) {
            if ($child instanceof DOMElement) {
                $walk($child);
            }
        }
    };
    $walk($el);
    foreach ($problems as $p) {
        echo "$rel: $p\n";
        $failed++;
    }
}
exit($failed ? 1 : 0);
