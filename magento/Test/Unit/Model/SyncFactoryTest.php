<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Model;

use ChannelMgr\Walmart\Model\ClientProvider;
use ChannelMgr\Walmart\Model\Config;
use ChannelMgr\Walmart\Model\Stock\StockReader;
use ChannelMgr\Walmart\Model\Sync\DbClock;
use ChannelMgr\Walmart\Model\Sync\Engine;
use ChannelMgr\Walmart\Model\Sync\Options;
use ChannelMgr\Walmart\Model\SyncFactory;
use ChannelMgr\Walmart\Test\Unit\RecordingAdapter;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\App\ResourceConnection;
use PHPUnit\Framework\TestCase;

/**
 * The sync engine's parts run on Magento's own connection (so the outbox shares the order's and the shipment's
 * transaction) and on the installation's table names (with its table prefix).
 */
final class SyncFactoryTest extends TestCase
{
    private RecordingAdapter $db;
    /** @var list<string> every table name asked of Magento */
    private array $tableNamesAsked = [];
    private ClientProvider $clients;
    private StockReader $stock;

    private function factory(array $config = []): SyncFactory
    {
        $this->db = new RecordingAdapter(['fetchOne' => '1700000000']);
        $resource = $this->createMock(ResourceConnection::class);
        $resource->method('getConnection')->willReturn($this->db);
        $resource->method('getTableName')->willReturnCallback(function ($name) {
            $this->tableNamesAsked[] = $name;
            return 'm2_' . $name;
        });
        $scope = $this->createMock(ScopeConfigInterface::class);
        $scope->method('getValue')->willReturnCallback(
            static fn ($path) => $config[substr($path, strlen(Config::PATH))] ?? null
        );
        $config = new Config($scope);
        $this->clients = new ClientProvider($config);
        $this->stock = $this->createMock(StockReader::class);
        return new SyncFactory($resource, $this->clients, $this->stock, $config);
    }

    /** @return list<string> the SQL of every statement that reached the connection */
    private function statements(): array
    {
        return array_values(array_filter(array_map(static fn ($c) => $c[1] ?? null, $this->db->calls)));
    }

    public function testTheLinksReadTheInstallationsPrefixedTablesOnMagentosConnection(): void
    {
        $this->factory()->links()->byMagentoOrder(42);

        $this->assertCount(1, $this->statements());
        $this->assertStringContainsString(
            ' FROM m2_channelmgr_walmart_order o LEFT JOIN m2_channelmgr_walmart_order_line l ',
            $this->statements()[0]
        );
    }

    public function testTheOutboxWritesThePrefixedOutboxTableOnMagentosConnection(): void
    {
        $this->factory()->outbox()->enqueueCancel(42, 'PO-42', 'fraud');

        $this->assertNotSame([], $this->statements());
        foreach ($this->statements() as $sql) {
            $this->assertMatchesRegularExpression('/\bm2_channelmgr_walmart_outbox\b/', $sql);
        }
    }

    public function testTheSyncLogReadsThePrefixedLogTable(): void
    {
        $this->factory()->log()->forOrder('PO-42');

        $this->assertSame(
            ['SELECT * FROM m2_channelmgr_walmart_sync_log WHERE purchase_order_id = ?'
                . ' ORDER BY entity_id DESC LIMIT 50'],
            $this->statements()
        );
    }

    public function testTableNamesAreAskedOfMagentoOncePerFactory(): void
    {
        $factory = $this->factory();
        $factory->links();
        $asked = $this->tableNamesAsked;
        $factory->outbox();
        $factory->log();
        $factory->status();
        $factory->engine();
        $factory->links();

        $this->assertSame($asked, $this->tableNamesAsked, 'no table name is asked again');
        $this->assertSame(array_values(array_unique($asked)), $asked, 'each table name is asked once');
        foreach (
            ['channelmgr_walmart_order', 'channelmgr_walmart_order_line', 'channelmgr_walmart_outbox',
            'channelmgr_walmart_sync_log'] as $table
        ) {
            $this->assertContains($table, $asked);
        }
    }

    public function testTheEngineTakesConcurrencyAndShipNodeFromTheConfigurationAndTheTimeFromTheDatabase(): void
    {
        $engine = $this->factory(['concurrency' => '4', 'ship_node' => 'NODE-7'])->engine();
        $read = static fn (string $property) => (new \ReflectionProperty(Engine::class, $property))->getValue($engine);

        $options = $read('options');
        $this->assertInstanceOf(Options::class, $options);
        $this->assertSame(4, $options->concurrency);
        $this->assertSame('NODE-7', $options->shipNode);
        $this->assertSame($this->clients, $read('clients'));
        $this->assertSame($this->stock, $read('stock'));
        $clock = $read('clock');
        $this->assertInstanceOf(DbClock::class, $clock);
        $this->assertSame(1700000000, $clock->now());
        $this->assertSame([['fetchOne', 'SELECT UNIX_TIMESTAMP()', []]], $this->db->calls);
    }

    public function testWithoutConfigurationTheEngineSendsEightAtATimeAndNamesNoShipNode(): void
    {
        $engine = $this->factory()->engine();
        $options = (new \ReflectionProperty(Engine::class, 'options'))->getValue($engine);

        $this->assertSame(8, $options->concurrency);
        $this->assertNull($options->shipNode);
    }
}
