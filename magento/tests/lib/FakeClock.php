<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\TestLib;

use ChannelMgr\Walmart\Model\Sync\ClockInterface;

final class FakeClock implements ClockInterface
{
    public function __construct(public int $now = 1764403200)
    {
    }

    public function now(): int
    {
        return $this->now;
    }

    public function advance(int $seconds): void
    {
        $this->now += $seconds;
    }
}
