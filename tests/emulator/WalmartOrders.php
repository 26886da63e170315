<?php
/*
 * Walmart Marketplace's order rules, as the emulator applies them: orders in
 * Walmart's JSON shape, acknowledged, shipped and cancelled by quantity, with
 * Walmart's error bodies and messages (shared/walmart-api.md, sections 3 to 10).
 * Every operation returns [HTTP status, body array].
 */
final class WalmartOrders
{
    public const CARRIERS = ['UPS', 'USPS', 'FedEx', 'Airborne', 'OnTrac', 'DHL Ecommerce - US', 'DHL', 'LS', 'UDS',
        'UPSMI', 'FDX', 'PILOT', 'ESTES', 'SAIA', 'FDS Express', 'Seko Worldwide', 'HIT Delivery', 'FEDEXSP',
        'RL Carriers', 'Metropolitan Warehouse & Delivery', 'China Post', 'YunExpress', 'Yellow Freight Sys',
        'AIT Worldwide Logistics', 'Chukou1', 'Sendle', 'Landmark Global', 'Sunyou', 'Yanwen', '4PX', 'GLS',
        'OSM Worldwide', 'FIRST MILE', 'AM Trucking', 'CEVA', 'India Post', 'SF Express', 'CNE', 'TForce Freight',
        'AxleHire', 'LSO', 'Royal Mail', 'ABF Freight System', 'WanB', 'Roadrunner Freight', 'Meyer Distribution',
        'AAA Cooper', 'Canada Post', 'Southeastern Freight Lines', 'Japan Post', 'Correos de Mexico', 'XPO Logistics',
        'JD Logistics', 'YDH', 'JCEX', 'Flyt', 'Deutsche Post', 'Better Trucks', 'Asendia', 'SFC', 'UBI',
        'ePost Global', 'YF Logistics', 'RXO', 'Estes Express', 'Shypmax', 'WIN.IT America', 'PITT OHIO',
        'PostNord Sweden', 'Equick', 'Whistl', 'Tusou', 'Shiprocket', 'DTDC', 'PTS', 'Aramex', 'Xindus', 'Spreetail',
        'P2PG', 'UniUni', 'GOFO', 'SwiftX', 'Exelot', 'DoorDash', 'SpeedX'];
    public const METHODS = ['Standard', 'Express', 'OneDay', 'Freight', 'WhiteGlove', 'Value'];
    public const REASONS = ['CUSTOMER_REQUESTED_SELLER_TO_CANCEL', 'SELLER_CANCEL_PRICING_ERROR', 'SELLER_CANCEL_OUT_OF_STOCK',
        'SELLER_CANCEL_FRAUD_STOP_SHIPMENT', 'SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE'];

    /** @var array<string, array> purchaseOrderId => order, in Walmart's shape */
    private array $orders = [];
    /** @var array<string, array> sku => ['unit' => 'EACH', 'amount' => int], at the default ship node */
    public array $inventory = [];
    /** @var array<string, array<string, array>> ship node => sku => ['unit' => 'EACH', 'amount' => int] */
    private array $shipNodes = [];

    /**
     * Adds an order from a compact description:
     * ['purchaseOrderId' => 'P1', 'lines' => [['sku' => 'S1', 'quantity' => 2, 'status' => 'Created', 'price' => 19.99,
     *     'intentToCancel' => true]]] (intentToCancel is emitted as given, only when given)
     */
    public function seed(array $seed): array
    {
        $po = (string) $seed['purchaseOrderId'];
        $date = $seed['orderDate'] ?? 1764403200000;
        $lines = [];
        foreach ($seed['lines'] as $i => $line) {
            $qty = (int) ($line['quantity'] ?? 1);
            $lines[] = [
                'lineNumber' => (string) ($i + 1),
                'item' => ['productName' => $line['name'] ?? 'Item ' . $line['sku'], 'sku' => $line['sku']],
                'charges' => ['charge' => [[
                    'chargeType' => 'PRODUCT', 'chargeName' => 'ItemPrice',
                    'chargeAmount' => ['currency' => 'USD', 'amount' => $line['price'] ?? 10.0],
                    'tax' => ['taxName' => 'Tax1', 'taxAmount' => ['currency' => 'USD', 'amount' => round(($line['price'] ?? 10.0) * 0.0875, 2)]],
                ]]],
                'orderLineQuantity' => ['unitOfMeasurement' => 'EACH', 'amount' => (string) $qty],
                'statusDate' => $date,
                'orderLineStatuses' => ['orderLineStatus' => [self::bucket($line['status'] ?? 'Created', $qty)]],
                'fulfillment' => ['fulfillmentOption' => 'S2H', 'shipMethod' => 'STANDARD', 'pickUpDateTime' => $date + 259200000],
            ];
            if (array_key_exists('intentToCancel', $line)) {
                $lines[array_key_last($lines)]['intentToCancel'] = $line['intentToCancel']; // the customer asked to cancel
            }
        }
        $this->orders[$po] = [
            'purchaseOrderId' => $po,
            'customerOrderId' => $seed['customerOrderId'] ?? '15' . substr(str_pad($po, 11, '0', STR_PAD_LEFT), -11),
            'customerEmailId' => $seed['customerEmailId'] ?? strtolower($po) . '@relay.walmart.com',
            'orderDate' => $date,
            'shippingInfo' => [
                'phone' => '2025550143',
                'estimatedDeliveryDate' => $date + 432000000,
                'estimatedShipDate' => $date + 172800000,
                'methodCode' => 'Standard',
                'postalAddress' => [
                    'name' => $seed['customer'] ?? 'Jane Doe', 'address1' => '702 SW 8th St', 'address2' => null,
                    'city' => 'Bentonville', 'state' => 'AR', 'postalCode' => '72716', 'country' => 'USA',
                    'addressType' => 'RESIDENTIAL',
                ],
            ],
            'orderLines' => ['orderLine' => $lines],
        ];
        return $this->orders[$po];
    }

    public function has(string $po): bool
    {
        return isset($this->orders[$po]);
    }

    public function order(string $po): array
    {
        return $this->orders[$po];
    }

    /** Every order, by purchase order id. */
    public function all(): array
    {
        return $this->orders;
    }

    /** Orders with at least one unit in Created, oldest first, as GET /v3/orders/released lists them. */
    public function released(): array
    {
        $released = array_filter($this->orders, fn($o) => $this->units($o, ['Created']) > 0);
        uasort($released, fn($a, $b) => [$a['orderDate'], $a['purchaseOrderId']] <=> [$b['orderDate'], $b['purchaseOrderId']]);
        return array_values($released);
    }

    public function get(string $po): array
    {
        return $this->has($po) ? [200, ['order' => $this->orders[$po]]] : self::notFound($po);
    }

    public function acknowledge(string $po): array
    {
        if (!$this->has($po)) {
            return self::notFound($po);
        }
        $order = &$this->orders[$po];
        if ($this->units($order, ['Created']) === 0) {
            if ($this->units($order, ['Acknowledged']) === $this->units($order, null)) {
                return [200, ['order' => $order]];
            }
            return self::invalid("INVALID_REQUEST_CONTENT :: Failed when called acknowledge API for '$po'.  Some or all qty in higher status");
        }
        foreach ($order['orderLines']['orderLine'] as &$line) {
            $created = self::take($line, ['Created'], PHP_INT_MAX);
            if ($created > 0) {
                self::put($line, self::bucket('Acknowledged', $created));
            }
        }
        return [200, ['order' => $order]];
    }

    public function ship(string $po, mixed $body): array
    {
        if (!$this->has($po)) {
            return self::notFound($po);
        }
        $requested = $body['orderShipment']['orderLines']['orderLine'] ?? null;
        if (!is_array($requested) || !array_is_list($requested) || !$requested) {
            return self::malformed('orderShipment.orderLines.orderLine is required');
        }
        $order = $this->orders[$po];
        $moves = [];
        foreach ($requested as $i => $req) {
            $n = $req['lineNumber'] ?? null;
            $line = is_string($n) ? self::findLine($order, $n) : null;
            if ($line === null) {
                return self::invalid("Invalid lineNumber: " . json_encode($n) . " does not exist in PO: $po", 'lineNumber');
            }
            if (!isset($req['sellerOrderId']) || !is_string($req['sellerOrderId']) || $req['sellerOrderId'] === '') {
                return self::malformed("sellerOrderId is required in line number $n", 'sellerOrderId');
            }
            foreach ($req['orderLineStatuses']['orderLineStatus'] ?? [] as $status) {
                $qty = $status['statusQuantity']['amount'] ?? null;
                $info = $status['trackingInfo'] ?? null;
                if (($status['status'] ?? null) !== 'Shipped' || !self::isCount($qty)
                        || !in_array($status['statusQuantity']['unitOfMeasurement'] ?? null, ['EACH', 'EA'], true)) {
                    return self::malformed("orderLineStatus of line number $n needs status Shipped and a statusQuantity", 'orderLineStatus');
                }
                if (!is_array($info) || !is_int($info['shipDateTime'] ?? null) || !is_string($info['trackingNumber'] ?? null)
                        || $info['trackingNumber'] === '') {
                    return self::malformed("trackingInfo of line number $n needs shipDateTime, carrierName, methodCode and trackingNumber", 'trackingInfo');
                }
                if (!in_array($info['methodCode'] ?? null, self::METHODS, true)) {
                    return self::invalid("Method code is not supported in line number $n", 'methodCode');
                }
                $carrier = $info['carrierName'] ?? null;
                if (isset($carrier['carrier'])) {
                    if (!in_array($carrier['carrier'], self::CARRIERS, true)) {
                        return self::invalid("Carrier name is not supported in line number $n", 'carrierName');
                    }
                } elseif (!isset($carrier['otherCarrier']) || !is_string($carrier['otherCarrier']) || $carrier['otherCarrier'] === '') {
                    return self::malformed("carrierName of line number $n needs carrier or otherCarrier", 'carrierName');
                } elseif (!isset($info['trackingURL']) || !is_string($info['trackingURL']) || $info['trackingURL'] === '') {
                    return self::invalid("trackingURL is required for otherCarrier in line number $n", 'trackingURL');
                }
                $moves[] = [$n, (int) $qty, $info];
            }
        }
        // the whole request applies or none of it: check every line's quantity first
        $want = [];
        foreach ($moves as [$n, $qty]) {
            $want[$n] = ($want[$n] ?? 0) + $qty;
        }
        foreach ($want as $n => $qty) {
            $line = self::findLine($order, (string) $n);
            $open = self::lineUnits($line, ['Acknowledged']);
            if ($qty <= $open) {
                continue;
            }
            if ($open === 0 && self::lineUnits($line, ['Created']) === 0) {
                $state = self::lineUnits($line, ['Cancelled']) === self::lineUnits($line, null) ? 'CANCELLED' : 'SHIPPED';
                return self::invalid("Unable to process this request. The Line: $n of PO: $po is in $state status");
            }
            if ($open === 0) {
                return self::invalid("Unable to process this request. The Line: $n of PO: $po is in CREATED status; acknowledge the order first");
            }
            return self::invalid("INVALID_REQUEST_CONTENT :: Failed when called shipConfirm API for $po. Qty OverShipped : "
                . "Some or All Line(s)/Qty cannot be Shipped due to invalid Lines Or invalid Qty Or Qty more than allowed");
        }
        $order = &$this->orders[$po];
        foreach ($moves as [$n, $qty, $info]) {
            foreach ($order['orderLines']['orderLine'] as &$line) {
                if ($line['lineNumber'] === (string) $n) {
                    self::take($line, ['Acknowledged'], $qty);
                    self::put($line, self::bucket('Shipped', $qty) + ['trackingInfo' => $info, 'returnCenterAddress' => self::RETURN_CENTER]);
                }
            }
            unset($line);
        }
        return [200, ['order' => $order]];
    }

    public function cancel(string $po, mixed $body): array
    {
        if (!$this->has($po)) {
            return self::notFound($po);
        }
        $requested = $body['orderCancellation']['orderLines']['orderLine'] ?? null;
        if (!is_array($requested) || !array_is_list($requested) || !$requested) {
            return self::malformed('orderCancellation.orderLines.orderLine is required');
        }
        $order = $this->orders[$po];
        $moves = [];
        $want = [];
        foreach ($requested as $req) {
            $n = $req['lineNumber'] ?? null;
            $line = is_string($n) ? self::findLine($order, $n) : null;
            if ($line === null) {
                return self::invalid("Invalid lineNumber: " . json_encode($n) . " does not exist in PO: $po", 'lineNumber');
            }
            foreach ($req['orderLineStatuses']['orderLineStatus'] ?? [] as $status) {
                $qty = $status['statusQuantity']['amount'] ?? null;
                if (($status['status'] ?? null) !== 'Cancelled' || !self::isCount($qty)) {
                    return self::malformed("orderLineStatus of line number $n needs status Cancelled and a statusQuantity", 'orderLineStatus');
                }
                if (!in_array($status['cancellationReason'] ?? null, self::REASONS, true)) {
                    return self::invalid("Cancellation reason is not supported in line number $n", 'cancellationReason');
                }
                $moves[] = [$n, (int) $qty, $status['cancellationReason']];
                $want[$n] = ($want[$n] ?? 0) + (int) $qty;
            }
        }
        foreach ($want as $n => $qty) {
            $line = self::findLine($order, (string) $n);
            $open = self::lineUnits($line, ['Created', 'Acknowledged']);
            if ($qty > $open) {
                $state = $open > 0 ? null : (self::lineUnits($line, ['Cancelled']) === self::lineUnits($line, null) ? 'CANCELLED' : 'SHIPPED');
                return self::invalid($state
                    ? "Unable to process this request. The Line: $n of PO: $po is in $state status"
                    : "INVALID_REQUEST_CONTENT :: Failed when called cancelOrderLines API for $po. Qty more than allowed to cancel in line number $n");
            }
        }
        $order = &$this->orders[$po];
        foreach ($moves as [$n, $qty, $reason]) {
            foreach ($order['orderLines']['orderLine'] as &$line) {
                if ($line['lineNumber'] === (string) $n) {
                    $left = $qty - self::take($line, ['Acknowledged'], $qty);
                    self::take($line, ['Created'], $left);
                    self::put($line, self::bucket('Cancelled', $qty) + ['cancellationReason' => $reason]);
                }
            }
            unset($line);
        }
        return [200, ['order' => $order]];
    }

    /** PUT /v3/inventory?sku=…[&shipNode=…]: the quantity of a SKU at a ship node (null: the default one). */
    public function updateInventory(string $sku, mixed $body, ?string $shipNode = null): array
    {
        $qty = $body['quantity'] ?? null;
        if (!is_array($body) || ($body['sku'] ?? null) !== $sku || !is_array($qty) || ($qty['unit'] ?? null) !== 'EACH'
                || !is_int($qty['amount'] ?? null) || $qty['amount'] < 0) {
            return self::malformed('Request body must be {"sku": <the sku of the query>, "quantity": {"unit": "EACH", "amount": <int >= 0>}}');
        }
        $quantity = ['unit' => 'EACH', 'amount' => $qty['amount']];
        if ($shipNode === null) {
            $this->inventory[$sku] = $quantity;
        } else {
            $this->shipNodes[$shipNode][$sku] = $quantity;
        }
        return [200, ['sku' => $sku, 'quantity' => $quantity]];
    }

    /** The inventory at a ship node ('' the default one): sku => quantity. */
    public function inventoryAt(string $shipNode): array
    {
        return $shipNode === '' ? $this->inventory : $this->shipNodes[$shipNode] ?? [];
    }

    /** Every ship node's inventory, the default one as ''. */
    public function nodes(): array
    {
        return ($this->inventory ? ['' => $this->inventory] : []) + $this->shipNodes;
    }

    /* Units of the order in the given statuses (null: all). */
    private function units(array $order, ?array $statuses): int
    {
        $n = 0;
        foreach ($order['orderLines']['orderLine'] as $line) {
            $n += self::lineUnits($line, $statuses);
        }
        return $n;
    }

    private static function lineUnits(array $line, ?array $statuses): int
    {
        $n = 0;
        foreach ($line['orderLineStatuses']['orderLineStatus'] as $b) {
            if ($statuses === null || in_array($b['status'], $statuses, true)) {
                $n += (int) $b['statusQuantity']['amount'];
            }
        }
        return $n;
    }

    private static function findLine(array $order, string $n): ?array
    {
        foreach ($order['orderLines']['orderLine'] as $line) {
            if ($line['lineNumber'] === $n) {
                return $line;
            }
        }
        return null;
    }

    /* Takes up to $qty units out of buckets in $statuses; returns how many it took. */
    private static function take(array &$line, array $statuses, int $qty): int
    {
        $taken = 0;
        $kept = [];
        foreach ($line['orderLineStatuses']['orderLineStatus'] as $b) {
            $have = (int) $b['statusQuantity']['amount'];
            if (in_array($b['status'], $statuses, true) && $taken < $qty) {
                $t = min($have, $qty - $taken);
                $taken += $t;
                $have -= $t;
                $b['statusQuantity']['amount'] = (string) $have;
            }
            if ($have > 0) {
                $kept[] = $b;
            }
        }
        $line['orderLineStatuses']['orderLineStatus'] = $kept;
        return $taken;
    }

    /* Adds a bucket, merging it into one of the same status (and tracking or reason). */
    private static function put(array &$line, array $bucket): void
    {
        foreach ($line['orderLineStatuses']['orderLineStatus'] as &$b) {
            if ($b['status'] === $bucket['status']
                    && ($b['trackingInfo']['trackingNumber'] ?? null) === ($bucket['trackingInfo']['trackingNumber'] ?? null)
                    && ($b['cancellationReason'] ?? null) === ($bucket['cancellationReason'] ?? null)) {
                $b['statusQuantity']['amount'] = (string) ((int) $b['statusQuantity']['amount'] + (int) $bucket['statusQuantity']['amount']);
                return;
            }
        }
        $line['orderLineStatuses']['orderLineStatus'][] = $bucket;
    }

    /* A quantity as Walmart writes it: a positive whole number, as text. */
    private static function isCount(mixed $qty): bool
    {
        return is_string($qty) && preg_match('/^[1-9][0-9]{0,8}$/D', $qty) === 1;
    }

    /* Where returns go, as Walmart's shipping answers say it on every shipped status. */
    private const RETURN_CENTER = ['name' => 'Returns Dept', 'address1' => '123 Bridge Street', 'city' => 'Huntsville',
        'state' => 'AL', 'postalCode' => '35805', 'country' => 'USA', 'dayPhone' => '6501234567',
        'emailId' => 'returns@seller.example'];

    private static function bucket(string $status, int $qty): array
    {
        return ['status' => $status, 'statusQuantity' => ['unitOfMeasurement' => 'EACH', 'amount' => (string) $qty]];
    }

    public static function error(int $http, string $code, string $field, string $description, string $info,
        string $severity = 'ERROR', string $category = 'DATA'): array
    {
        return [$http, ['errors' => ['error' => [[
            'code' => $code, 'field' => $field, 'description' => $description, 'info' => $info,
            'severity' => $severity, 'category' => $category, 'causes' => [], 'errorIdentifiers' => ['entry' => []],
        ]]]]];
    }

    private static function invalid(string $description, string $field = 'data'): array
    {
        return self::error(400, 'INVALID_REQUEST_CONTENT.GMP_ORDER_API', $field, $description, 'Request content is invalid.');
    }

    private static function malformed(string $description, string $field = 'data'): array
    {
        return self::error(400, 'MALFORMED_REQUEST_CONTENT.GMP_ORDER_API', $field, $description, 'Request content is malformed.');
    }

    private static function notFound(string $po): array
    {
        return self::error(404, 'CONTENT_NOT_FOUND.GMP_ORDER_API', 'purchaseOrderId',
            "Failed when called getAnOrder. Order not found for purchaseOrderId $po", 'Requested content could not be found.',
            'INFO', 'APPLICATION');
    }
}
