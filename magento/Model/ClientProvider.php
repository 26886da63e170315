<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use ChannelMgr\Walmart\Model\Sync\ClientProviderInterface;
use Magento\Framework\Exception\LocalizedException;

/**
 * One ChannelMgr\Client per process, from the configuration. The extension keeps the token, the connection and the
 * rate-limit memory for the life of the process, so a long-running consumer makes one HTTP request per update.
 */
class ClientProvider implements ClientProviderInterface
{
    private ?\ChannelMgr\Client $client = null;

    public function __construct(private readonly Config $config)
    {
    }

    public function client(): \ChannelMgr\Client
    {
        if ($this->client === null) {
            if (!extension_loaded('channelmgr')) {
                throw new LocalizedException(__('The channelmgr PHP extension is not loaded.'));
            }
            $this->client = new \ChannelMgr\Client($this->config->clientConfig());
        }
        return $this->client;
    }
}
