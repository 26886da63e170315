<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Api;

/**
 * The outbox as the admin, the CLI, the cron sweeper and the queue consumer use it.
 *
 * @api
 */
interface SyncManagementInterface
{
    /**
     * Sends due updates until none is left or $limit were sent (0: no limit).
     *
     * @return array{sent: int, done: int, retry: int, failed: int, batches: int}
     */
    public function drain(int $limit = 0): array;

    /**
     * Failed updates of these Walmart orders go back to due; waiting ones become due now.
     *
     * @param string[] $purchaseOrderIds
     * @return int updates made due
     */
    public function retry(array $purchaseOrderIds): int;

    /**
     * Reads these orders from Walmart and shows their status.
     *
     * @param string[] $purchaseOrderIds
     * @return array<string, array> the extension's results by purchase order id
     */
    public function refresh(array $purchaseOrderIds): array;

    /**
     * Rows by state, the age of the oldest unfinished update, the last errors, the orders.
     *
     * @return array
     */
    public function status(): array;
}
