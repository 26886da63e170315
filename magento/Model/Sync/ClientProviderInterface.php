<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * Where the engine gets its Walmart client. One client per process: the extension keeps the token, the connection
 * and the rate-limit memory per process, so the provider should hand out the same instance every time.
 */
interface ClientProviderInterface
{
    public function client(): \ChannelMgr\Client;
}
