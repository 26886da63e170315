<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * How the engine drains the outbox.
 */
final class Options
{
    /**
     * @param int $batchSize rows claimed and sent in one syncBatch
     * @param int $concurrency syncBatch's concurrency
     * @param int $leaseSeconds how long a claimed row belongs to its consumer; must exceed the longest call
     *                          (timeout x (retries + 1) + waits), or a slow consumer's row is sent by another
     * @param int $backoffBaseSeconds first retry delay of a retryable failure
     * @param int $backoffCapSeconds longest retry delay
     * @param int $rateLimitFloorSeconds least delay after Walmart's rate limit was hit beyond the client's budget
     * @param string|null $shipNode Walmart's shipNode for inventory updates, or none
     * @param int $senderLeaseSeconds how long the right to send for the seller account outlives its holder's last
     *                                batch (never longer than $leaseSeconds): a consumer that died holding it stalls
     *                                the others at most this long
     * @param string $senderName the seller account whose token bucket the consumers share
     */
    public function __construct(
        public readonly int $batchSize = 32,
        public readonly int $concurrency = 8,
        public readonly int $leaseSeconds = 300,
        public readonly int $backoffBaseSeconds = 2,
        public readonly int $backoffCapSeconds = 900,
        public readonly int $rateLimitFloorSeconds = 5,
        public readonly ?string $shipNode = null,
        public readonly int $senderLeaseSeconds = 15,
        public readonly string $senderName = 'walmart'
    ) {
    }
}
