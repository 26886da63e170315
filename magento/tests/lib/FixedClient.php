<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\TestLib;

use ChannelMgr\Walmart\Model\Sync\ClientProviderInterface;

/** Hands out one client, which the test may replace (Walmart down, then back). */
final class FixedClient implements ClientProviderInterface
{
    public function __construct(public \ChannelMgr\Client $client)
    {
    }

    public function client(): \ChannelMgr\Client
    {
        return $this->client;
    }
}
