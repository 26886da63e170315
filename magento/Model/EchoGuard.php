<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

/**
 * Changes the module makes to Magento itself (the importer of Walmart orders; anything that applies Walmart's state
 * to an order) run inside run(): the observers then queue nothing, so Walmart's own changes never echo back to
 * Walmart. The status projection writes only the module's tables and needs no guard.
 */
class EchoGuard
{
    private int $depth = 0;

    public function isActive(): bool
    {
        return $this->depth > 0;
    }

    /**
     * @template T
     * @param callable(): T $change
     * @return T
     */
    public function run(callable $change): mixed
    {
        $this->depth++;
        try {
            return $change();
        } finally {
            $this->depth--;
        }
    }
}
