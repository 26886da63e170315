<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\TestLib;

use ChannelMgr\Walmart\Model\Sync\Engine;
use ChannelMgr\Walmart\Model\Sync\Links;
use ChannelMgr\Walmart\Model\Sync\Options;
use ChannelMgr\Walmart\Model\Sync\Outbox;
use ChannelMgr\Walmart\Model\Sync\Tables;
use PHPUnit\Framework\TestCase;

/**
 * A test of the sync engine: fresh tables from etc/db_schema.xml on the private MariaDB, a Walmart emulator of its
 * own, the extension's client pointed at it, and a clock the test moves.
 */
abstract class EngineTestCase extends TestCase
{
    protected PdoAdapter $db;
    protected Tables $tables;
    protected \EmulatorProcess $walmart;
    protected FakeClock $clock;
    protected FixedStock $stock;
    protected FixedClient $clients;
    protected Outbox $outbox;
    protected Links $links;

    protected function setUp(): void
    {
        if (!extension_loaded('channelmgr')) {
            $this->fail('the channelmgr extension is not loaded (php -d extension=…/channelmgr.so)');
        }
        $this->db = TestDatabase::fresh();
        $this->tables = new Tables();
        $this->walmart = new \EmulatorProcess();
        $this->clock = new FakeClock();
        $this->stock = new FixedStock();
        $this->clients = new FixedClient($this->client());
        $this->outbox = new Outbox($this->db, $this->tables);
        $this->links = new Links($this->db, $this->tables);
    }

    protected function tearDown(): void
    {
        $this->walmart->stop();
    }

    protected function client(array $config = []): \ChannelMgr\Client
    {
        return $this->walmart->client($config + ['timeout_ms' => 3000, 'max_retries' => 1, 'max_retry_wait_ms' => 500]);
    }

    protected function engine(?Options $options = null, string $owner = 'test-consumer'): Engine
    {
        return new Engine(
            $this->db,
            $this->tables,
            $this->clients,
            $this->stock,
            $this->clock,
            $options ?? new Options(batchSize: 16, concurrency: 4, leaseSeconds: 60),
            $owner,
            static fn (): float => 0.5
        );
    }

    /**
     * A Walmart order on the emulator (lines acknowledged, one unit each unless said) linked to a Magento order.
     *
     * @param list<array{item: int, sku: string, qty?: int}> $lines
     */
    protected function order(
        string $po,
        int $magentoOrderId,
        array $lines,
        string $walmartStatus = 'Acknowledged'
    ): void {
        $seed = [];
        $map = [];
        foreach ($lines as $i => $line) {
            $seed[] = ['sku' => $line['sku'], 'quantity' => $line['qty'] ?? 1, 'status' => $walmartStatus];
            $map[$i + 1] = ['order_item_id' => $line['item'], 'sku' => $line['sku'], 'qty' => $line['qty'] ?? 1];
        }
        $this->walmart->control('POST', 'seed', [['purchaseOrderId' => $po, 'lines' => $seed]]);
        $this->links->link($magentoOrderId, sprintf('%09d', $magentoOrderId), $po, $map);
    }

    protected function shipment(string $po, int $magentoOrderId, array $lines, string $tracking): array
    {
        return [
            'purchase_order_id' => $po,
            'seller_order_id' => sprintf('%09d', $magentoOrderId),
            'ship_date' => 1764412800,
            'tracking' => ['carrier' => 'ups', 'number' => $tracking],
            'lines' => $lines,
        ];
    }

    /** Units of a Walmart line by status (and tracking number), as the emulator holds them. */
    protected function walmartLine(string $po, int $line): array
    {
        $order = $this->walmart->order($po);
        $units = [];
        foreach ($order['orderLines']['orderLine'][$line - 1]['orderLineStatuses']['orderLineStatus'] as $b) {
            $key = $b['status'] . (isset($b['trackingInfo']) ? ' ' . $b['trackingInfo']['trackingNumber'] : '')
                . (isset($b['cancellationReason']) ? ' ' . $b['cancellationReason'] : '');
            $units[$key] = ($units[$key] ?? 0) + (int) $b['statusQuantity']['amount'];
        }
        ksort($units);
        return $units;
    }

    protected function moduleOrder(string $po): array
    {
        return $this->db->fetchRow(
            'SELECT status, status_details, pending_count, failed_count FROM channelmgr_walmart_order'
            . ' WHERE purchase_order_id = ?',
            [$po]
        );
    }

    protected function rows(): array
    {
        return $this->db->fetchAll(
            'SELECT entity_id, dedup_key, operation, purchase_order_id, state, attempts FROM channelmgr_walmart_outbox'
            . ' ORDER BY entity_id'
        );
    }

    /** API requests the emulator received, by endpoint, with their order. */
    protected function requests(string $endpoint): array
    {
        return array_values(array_filter(
            $this->walmart->requests(),
            static fn (array $r): bool => $r['endpoint'] === $endpoint
        ));
    }

    protected function log(): array
    {
        return $this->db->fetchAll(
            'SELECT outbox_id, operation, outcome, http_status, verify_first, error_codes'
            . ' FROM channelmgr_walmart_sync_log ORDER BY entity_id'
        );
    }
}
