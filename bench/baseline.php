<?php
/* A pure-PHP implementation of channelmgr_shipment_payload(): the same checks
 * on the same input and byte-identical JSON (arrays + json_encode). It is the
 * yardstick for the extension's speed, not a second implementation to ship. */

require_once __DIR__ . '/../tests/emulator/WalmartOrders.php'; // Walmart's carrier and method names

function baseline_fail(string $field, string $message): never
{
    throw new InvalidArgumentException("$field: $message");
}

function baseline_text(string $field, mixed $v, int $max): string
{
    if (!is_string($v)) {
        baseline_fail($field, 'must be a string');
    }
    if (!preg_match('/^[^\p{Cc}\x{2028}\x{2029}]{1,' . $max . '}$/uD', $v)) {
        baseline_fail($field, "must be 1 to $max characters of valid UTF-8 text");
    }
    return $v;
}

function baseline_tracking(string $prefix, mixed $t): array
{
    static $carriers = null;
    $carriers ??= array_combine(array_map('strtolower', WalmartOrders::CARRIERS), WalmartOrders::CARRIERS)
        + ['ups' => 'UPS', 'usps' => 'USPS', 'fedex' => 'FedEx', 'dhl' => 'DHL'];

    if (!is_array($t) || array_diff_key($t, ['carrier' => 0, 'number' => 0, 'url' => 0])) {
        baseline_fail(rtrim($prefix, '.'), 'must be an array of carrier, number, url');
    }
    $carrier = baseline_text($prefix . 'carrier', $t['carrier'] ?? null, 100);
    $number = baseline_text($prefix . 'number', $t['number'] ?? null, 64);
    $url = $t['url'] ?? null;
    if ($url !== null && (!is_string($url) || !preg_match('~^https?://[^/?#\s\p{Cc}][^\s\p{Cc}]*$~uiD', $url))) {
        baseline_fail($prefix . 'url', 'must be an http:// or https:// URL');
    }
    $walmart = $carriers[strtolower($carrier)] ?? null;
    if ($walmart === null && $url === null) {
        baseline_fail($prefix . 'url', 'is required for a carrier that is not a Walmart carrier name');
    }
    return [$walmart, $carrier, $number, $url];
}

function baseline_shipment_payload(array $s): string
{
    if (array_diff_key($s, ['purchase_order_id' => 0, 'seller_order_id' => 0, 'ship_date' => 0, 'method' => 0,
            'tracking' => 0, 'lines' => 0, 'intent_to_cancel_override' => 0])) {
        baseline_fail('shipment', 'has an unknown key');
    }
    $po = $s['purchase_order_id'] ?? null;
    if (!is_string($po) || !preg_match('/^[A-Za-z0-9_-]{1,64}$/D', $po)) {
        baseline_fail('purchase_order_id', 'must be 1 to 64 of A-Z, a-z, 0-9, _ and -');
    }
    $seller = baseline_text('seller_order_id', $s['seller_order_id'] ?? null, 30);
    $date = $s['ship_date'] ?? time();
    if (is_string($date)) {
        $parsed = DateTimeImmutable::createFromFormat(DATE_RFC3339, $date);
        if (!$parsed) {
            baseline_fail('ship_date', 'must be ISO 8601 with a time zone');
        }
        $date = $parsed->getTimestamp();
    } elseif (!is_int($date) || $date < 0 || $date > 253402300799) {
        baseline_fail('ship_date', 'must be Unix seconds');
    }
    static $methods = null;
    $methods ??= array_combine(array_map('strtolower', WalmartOrders::METHODS), WalmartOrders::METHODS);
    $method = $methods[strtolower($s['method'] ?? 'standard')] ?? baseline_fail('method', 'is not a method code');
    $override = $s['intent_to_cancel_override'] ?? false;
    if (!is_bool($override)) {
        baseline_fail('intent_to_cancel_override', 'must be a bool');
    }
    $tracking = isset($s['tracking']) ? baseline_tracking('tracking.', $s['tracking']) : null;
    $lines = $s['lines'] ?? null;
    if (!is_array($lines) || !$lines || !array_is_list($lines) || count($lines) > 1000) {
        baseline_fail('lines', 'must be a list of 1 to 1000 lines');
    }

    $byLine = [];
    foreach ($lines as $i => $line) {
        if (!is_array($line) || array_diff_key($line, ['line_number' => 0, 'quantity' => 0, 'tracking' => 0])) {
            baseline_fail("lines.$i", 'must be an array of line_number, quantity, tracking');
        }
        $number = $line['line_number'] ?? null;
        $number = is_int($number) ? (string) $number : $number;
        if (!is_string($number) || !preg_match('/^[1-9][0-9]{0,8}$/D', $number)) {
            baseline_fail("lines.$i.line_number", 'must be a positive integer');
        }
        $qty = $line['quantity'] ?? null;
        if (is_float($qty) && $qty == floor($qty)) {
            $qty = (int) $qty;
        }
        if (!is_int($qty) || $qty < 1 || $qty > 999999) {
            baseline_fail("lines.$i.quantity", 'must be a positive integer');
        }
        [$walmart, $carrier, $trackingNumber, $url] = isset($line['tracking'])
            ? baseline_tracking("lines.$i.tracking.", $line['tracking'])
            : ($tracking ?? baseline_fail('tracking', 'is required'));
        $info = [
            'shipDateTime' => $date * 1000,
            'carrierName' => $walmart !== null ? ['carrier' => $walmart] : ['otherCarrier' => $carrier],
            'methodCode' => $method,
            'trackingNumber' => $trackingNumber,
        ];
        if ($url !== null) {
            $info['trackingURL'] = $url;
        }
        $byLine[$number][] = [
            'status' => 'Shipped',
            'statusQuantity' => ['unitOfMeasurement' => 'EACH', 'amount' => (string) $qty],
            'trackingInfo' => $info,
        ];
    }
    $orderLines = [];
    foreach ($byLine as $number => $statuses) {
        $orderLines[] = [
            'lineNumber' => (string) $number,
            'sellerOrderId' => $seller,
            'intentToCancelOverride' => $override,
            'orderLineStatuses' => ['orderLineStatus' => $statuses],
        ];
    }
    return json_encode(['orderShipment' => ['orderLines' => ['orderLine' => $orderLines]]],
        JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
}
