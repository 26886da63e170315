<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Etc;

use PHPUnit\Framework\TestCase;

/**
 * The module's declarations hold together: every admin route and grid has an ACL resource that acl.xml declares,
 * the whitelist is in step with db_schema.xml, every observer and plugin class exists, every translatable string
 * of the module is in i18n/en_US.csv.
 */
final class ModuleFilesTest extends TestCase
{
    private const ROOT = __DIR__ . '/../../..';

    private function aclIds(): array
    {
        $xml = simplexml_load_file(self::ROOT . '/etc/acl.xml');
        return array_map('strval', $xml->xpath('//resource/@id'));
    }

    public function testEveryAdminControllerMenuAndGridNamesADeclaredAclResource(): void
    {
        $ids = $this->aclIds();
        $controllers = glob(self::ROOT . '/Controller/Adminhtml/*/*.php');
        $this->assertNotEmpty($controllers);
        foreach ($controllers as $file) {
            $this->assertMatchesRegularExpression("/const ADMIN_RESOURCE = '([^']+)'/", file_get_contents($file));
            preg_match("/const ADMIN_RESOURCE = '([^']+)'/", file_get_contents($file), $m);
            $this->assertContains($m[1], $ids, basename($file));
        }
        $menu = simplexml_load_file(self::ROOT . '/etc/adminhtml/menu.xml');
        foreach ($menu->xpath('//add/@resource') as $resource) {
            $this->assertContains((string) $resource, $ids);
        }
        $grid = simplexml_load_file(self::ROOT . '/view/adminhtml/ui_component/channelmgr_walmart_order_listing.xml');
        $this->assertContains((string) $grid->xpath('//aclResource')[0], $ids);
        $system = simplexml_load_file(self::ROOT . '/etc/adminhtml/system.xml');
        $this->assertContains((string) $system->xpath('//section/resource')[0], $ids);
    }

    public function testTheWhitelistListsExactlyWhatTheSchemaDeclares(): void
    {
        $schema = simplexml_load_file(self::ROOT . '/etc/db_schema.xml');
        $expected = [];
        foreach ($schema->table as $table) {
            $entry = [];
            foreach ($table->column as $c) {
                $entry['column'][(string) $c['name']] = true;
            }
            foreach ($table->index as $i) {
                $entry['index'][(string) $i['referenceId']] = true;
            }
            foreach ($table->constraint as $c) {
                $entry['constraint'][(string) $c['referenceId']] = true;
            }
            $expected[(string) $table['name']] = $entry;
        }
        $this->assertSame(
            $expected,
            json_decode(file_get_contents(self::ROOT . '/etc/db_schema_whitelist.json'), true)
        );
    }

    public function testEveryObserverPluginHandlerAndCronClassExistsWithItsMethod(): void
    {
        $events = simplexml_load_file(self::ROOT . '/etc/events.xml');
        foreach ($events->xpath('//observer/@instance') as $class) {
            $this->assertTrue(method_exists((string) $class, 'execute'), (string) $class);
        }
        $cron = simplexml_load_file(self::ROOT . '/etc/crontab.xml');
        foreach ($cron->xpath('//job') as $job) {
            $this->assertTrue(method_exists((string) $job['instance'], (string) $job['method']));
        }
        $consumer = simplexml_load_file(self::ROOT . '/etc/queue_consumer.xml');
        [$class, $method] = explode('::', (string) $consumer->consumer['handler']);
        $this->assertTrue(method_exists($class, $method));
        $this->assertSame('channelmgrWalmartSync', (string) $consumer->consumer['name']);
        $communication = simplexml_load_file(self::ROOT . '/etc/communication.xml');
        $this->assertSame('channelmgr.walmart.sync', (string) $communication->topic['name']);
        $this->assertSame(\ChannelMgr\Walmart\Model\Publisher::TOPIC, (string) $communication->topic['name']);
    }

    public function testEveryTranslatableStringIsInTheDictionary(): void
    {
        $csv = [];
        $handle = fopen(self::ROOT . '/i18n/en_US.csv', 'r');
        while (($row = fgetcsv($handle)) !== false) {
            $csv[$row[0]] = $row[1];
        }
        $missing = [];
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator(
            self::ROOT,
            \FilesystemIterator::SKIP_DOTS
        ));
        foreach ($files as $file) {
            $path = $file->getPathname();
            if (!preg_match('/\.(php|phtml)$/', $path) || preg_match('~/(tests|Test|bench)/~', $path)) {
                continue;
            }
            preg_match_all(
                "/__\(\s*'((?:[^'\\\\]|\\\\.)*)'(?:\s*\.\s*'((?:[^'\\\\]|\\\\.)*)')?/",
                file_get_contents($path),
                $m,
                PREG_SET_ORDER
            );
            foreach ($m as $match) {
                $text = stripslashes($match[1] . ($match[2] ?? ''));
                if (!isset($csv[$text])) {
                    $missing[] = $text;
                }
            }
        }
        $this->assertSame([], $missing);
    }
}
