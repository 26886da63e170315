<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * When a retryable failure is tried again: exponential in the attempts, capped, with "equal jitter" (half the
 * delay fixed, half random) so that consumers that failed together do not come back together, and the delay
 * still grows with every attempt. A wait Walmart asked for (rate limit) is a floor.
 */
final class Backoff
{
    /**
     * @param int $attempts sends so far, the failed one included (>= 1)
     * @param float $random uniform in [0, 1)
     * @param int|null $waitSeconds the wait Walmart asked for, if known
     */
    public static function delay(int $attempts, int $base, int $cap, float $random, ?int $waitSeconds = null): int
    {
        $exp = min($cap, $base * (2 ** min(max($attempts, 1) - 1, 30)));
        $delay = (int) ceil($exp / 2 + $random * $exp / 2);
        $delay = max(1, min($cap, $delay));
        return $waitSeconds !== null ? max($delay, $waitSeconds) : $delay;
    }
}
