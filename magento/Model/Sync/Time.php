<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * Conversions between the engine's Unix seconds and the UTC datetime columns.
 */
final class Time
{
    public static function toDb(int $unix): string
    {
        return gmdate('Y-m-d H:i:s', $unix);
    }

    public static function fromDb(?string $datetime): ?int
    {
        if ($datetime === null || $datetime === '') {
            return null;
        }
        return (new \DateTimeImmutable($datetime, new \DateTimeZone('UTC')))->getTimestamp();
    }
}
