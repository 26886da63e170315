<?php

/** @generate-class-entries */

namespace ChannelMgr {
    /** The base of everything channelmgr throws. */
    class Exception extends \RuntimeException
    {
    }

    /** Input that cannot be sent to Walmart; nothing was sent. */
    class ValidationException extends Exception
    {
        private string $field = "";

        /** The dot path of the offending input, list positions 0-based, e.g. "lines.1.quantity". */
        public function getField(): string {}
    }

    /**
     * A Walmart Marketplace seller account. Network outcomes come back as
     * result arrays; only bad input throws (ValidationException).
     * @strict-properties
     * @not-serializable
     */
    final class Client
    {
        public function __construct(array $config) {}

        public function shipOrder(array $shipment, array $options = []): array {}

        public function cancelOrder(array $order, string $reason, array $options = []): array {}

        public function acknowledgeOrder(string $purchaseOrderId): array {}

        public function getOrder(string $purchaseOrderId): array {}

        public function fetchReleasedOrders(array $query = []): array {}

        public function updateInventory(string $sku, int $quantity, ?string $shipNode = null): array {}

        public function syncBatch(array $operations, array $options = []): array {}
    }
}

namespace {
    function channelmgr_shipment_payload(array $shipment): string {}

    function channelmgr_cancellation_payload(array $order, string $reason): string {}

    function channelmgr_inventory_payload(string $sku, int $quantity): string {}

    function channelmgr_order_status(array $walmartOrder): string {}
}
