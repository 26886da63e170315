<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use ChannelMgr\Walmart\Model\Sync\DbClock;
use ChannelMgr\Walmart\Model\Sync\Engine;
use ChannelMgr\Walmart\Model\Sync\Links;
use ChannelMgr\Walmart\Model\Sync\Options;
use ChannelMgr\Walmart\Model\Sync\Outbox;
use ChannelMgr\Walmart\Model\Sync\StatusReport;
use ChannelMgr\Walmart\Model\Sync\SyncLog;
use ChannelMgr\Walmart\Model\Sync\Tables;
use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Builds the framework-free sync engine's parts on Magento's connection, so that the outbox is written on the same
 * connection (and so in the same transaction) as the order and the shipment.
 */
class SyncFactory
{
    private ?Tables $tables = null;

    public function __construct(
        private readonly ResourceConnection $resource,
        private readonly ClientProvider $clients,
        private readonly Stock\StockReader $stock,
        private readonly Config $config
    ) {
    }

    public function outbox(): Outbox
    {
        return new Outbox($this->db(), $this->tables());
    }

    public function links(): Links
    {
        return new Links($this->db(), $this->tables());
    }

    public function log(): SyncLog
    {
        return new SyncLog($this->db(), $this->tables());
    }

    public function status(): StatusReport
    {
        return new StatusReport($this->db(), $this->tables());
    }

    public function engine(): Engine
    {
        return new Engine(
            $this->db(),
            $this->tables(),
            $this->clients,
            $this->stock,
            new DbClock($this->db()),
            new Options(concurrency: $this->config->concurrency(), shipNode: $this->config->shipNode())
        );
    }

    private function db(): AdapterInterface
    {
        return $this->resource->getConnection();
    }

    private function tables(): Tables
    {
        return $this->tables ??= new Tables(fn (string $name): string => (string) $this->resource->getTableName($name));
    }
}
