<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;

/**
 * Stores > Configuration > Sales > Channel Manager > Walmart. The client secret comes back decrypted from
 * ScopeConfig (its config.xml entry names the Encrypted backend model) and only ever goes into the extension's
 * client config; it is never printed, logged or shown.
 */
class Config
{
    public const PATH = 'channelmgr/walmart/';

    public function __construct(private readonly ScopeConfigInterface $scopeConfig)
    {
    }

    public function isEnabled(): bool
    {
        return (bool) $this->scopeConfig->isSetFlag(self::PATH . 'enabled');
    }

    /**
     * The ChannelMgr\Client configuration.
     */
    public function clientConfig(): array
    {
        return [
            'client_id' => (string) $this->value('client_id'),
            'client_secret' => (string) $this->value('client_secret'),
            'base_url' => (string) ($this->value('base_url') ?: 'https://marketplace.walmartapis.com'),
            'timeout_ms' => max(1, (int) ($this->value('timeout_ms') ?: 15000)),
            'connect_timeout_ms' => max(1, (int) ($this->value('connect_timeout_ms') ?: 3000)),
        ];
    }

    public function concurrency(): int
    {
        return max(1, (int) ($this->value('concurrency') ?: 8));
    }

    /**
     * The reason for cancels that come without one; null when such cancels are refused.
     */
    public function defaultCancelReason(): ?string
    {
        $reason = (string) $this->value('default_cancel_reason');
        return $reason === '' ? null : $reason;
    }

    public function shipNode(): ?string
    {
        $node = (string) $this->value('ship_node');
        return $node === '' ? null : $node;
    }

    private function value(string $field): mixed
    {
        return $this->scopeConfig->getValue(self::PATH . $field);
    }
}
