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
}

namespace {
    function channelmgr_shipment_payload(array $shipment): string {}

    function channelmgr_cancellation_payload(array $order, string $reason): string {}

    function channelmgr_order_status(array $walmartOrder): string {}
}
