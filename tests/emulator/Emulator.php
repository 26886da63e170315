<?php
/*
 * Routing, Walmart's gateway rules (headers, OAuth tokens) and the test
 * controls of the emulator. The socket loop lives in server.php; order rules
 * in WalmartOrders.php.
 */

/** One response, and how to (mis)deliver it. */
final class Reply
{
    public array $headers = ['Content-Type' => 'application/json'];
    public int $delayMs = 0;
    public ?int $request = null;    // the recorded API request this answers
    public bool $drop = false;      // close the connection instead of answering
    public bool $truncate = false;  // send half the body, then close

    public function __construct(public int $status = 200, public string $body = '')
    {
    }

    public static function json(int $status, mixed $body): self
    {
        return new self($status, json_encode($body, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR));
    }

    public function wire(bool $keepAlive): string
    {
        static $reasons = [200 => 'OK', 204 => 'No Content', 400 => 'Bad Request', 401 => 'Unauthorized', 404 => 'Not Found',
            405 => 'Method Not Allowed', 406 => 'Not Acceptable', 415 => 'Unsupported Media Type', 429 => 'Too Many Requests',
            500 => 'Internal Server Error', 502 => 'Bad Gateway', 503 => 'Service Unavailable', 504 => 'Gateway Timeout'];
        $head = sprintf("HTTP/1.1 %d %s\r\n", $this->status, $reasons[$this->status] ?? 'Status');
        $headers = $this->headers + ['Content-Length' => strlen($this->body), 'Connection' => $keepAlive ? 'keep-alive' : 'close'];
        foreach ($headers as $name => $value) {
            $head .= "$name: $value\r\n";
        }
        return $head . "\r\n" . ($this->truncate ? substr($this->body, 0, intdiv(strlen($this->body), 2)) : $this->body);
    }
}

final class Emulator
{
    public WalmartOrders $orders;
    public int $connections = 0;             // every TCP connection accepted, control calls included
    private array $apiConnections = [];      // connections that carried a Walmart API request
    private array $counts = [];              // endpoint => requests
    private array $recorded = [];
    private array $faults = [];
    private array $tokens = [];              // access token => expiry (unix seconds, float)
    private int $tokenTtl = 900;
    private int $latencyMs = 0;
    private array $credentials = ['test-client' => 'test-secret'];
    private array $buckets = [];             // endpoint => ['rate' => per second, 'capacity' =>, 'tokens' =>, 'at' =>]
    private int $rateLimited = 0;
    private int $inFlight = 0;               // API requests received and not answered yet
    private int $peakInFlight = 0;

    public function __construct()
    {
        $this->orders = new WalmartOrders();
    }

    public function handle(string $method, string $target, array $headers, string $body, int $conn): Reply
    {
        $path = parse_url($target, PHP_URL_PATH) ?? '/';
        parse_str((string) parse_url($target, PHP_URL_QUERY), $query);
        if (str_starts_with($path, '/_emulator/')) {
            return $this->control($method, substr($path, 11), $body);
        }

        $endpoint = self::endpoint($method, $path);
        $this->counts[$endpoint] = ($this->counts[$endpoint] ?? 0) + 1;
        $this->apiConnections[$conn] = true;
        $this->recorded[] = ['method' => $method, 'target' => $target, 'endpoint' => $endpoint, 'headers' => $headers,
            'body' => $body, 'connection' => $conn, 'received_ms' => microtime(true) * 1000, 'answered_ms' => null];
        $this->peakInFlight = max($this->peakInFlight, ++$this->inFlight);
        $reply = $this->answer($method, $target, $path, $query, $endpoint, $headers, $body);
        $reply->request = array_key_last($this->recorded);
        return $reply;
    }

    /* The server loop calls this when the answer went out (or the connection was dropped instead). */
    public function answered(Reply $reply): void
    {
        if ($reply->request !== null) {
            $this->inFlight--;
            $this->recorded[$reply->request]['answered_ms'] = microtime(true) * 1000;
        }
    }

    private function answer(string $method, string $target, string $path, array $query, string $endpoint, array $headers,
        string $body): Reply
    {
        $fault = $this->takeFault($target);
        if (!$fault && ($limited = $this->rateLimit($endpoint))) {
            $limited->delayMs = $this->latencyMs;
            return $limited;
        }
        if ($fault && ($fault['drop'] ?? null) === 'before') {
            return self::dropped();
        }
        if ($fault && isset($fault['status']) && empty($fault['apply'])) {
            $reply = $this->faultReply($fault);
        } else {
            $reply = $this->route($endpoint, $method, $path, $query, $headers, $body);
            if ($fault) {
                if (($fault['drop'] ?? null) === 'after') {
                    return self::dropped();
                }
                if (isset($fault['status'])) {
                    $reply = $this->faultReply($fault);
                } else {
                    $reply->headers = ($fault['headers'] ?? []) + $reply->headers;
                }
                $reply->truncate = !empty($fault['truncate']);
                if (!empty($fault['malformed'])) {
                    $reply->body = '{"order": {"purchaseOrderId": "';
                }
                if (isset($fault['body_bytes'])) {
                    $reply->body = '{"padding":"' . str_repeat('x', (int) $fault['body_bytes']) . '"}';
                }
            }
        }
        $reply->delayMs = (int) ($fault['delay_ms'] ?? 0) + $this->latencyMs;
        $reply->headers += $this->bucketHeaders[$endpoint] ?? [];
        unset($this->bucketHeaders[$endpoint]);
        return $reply;
    }

    private array $bucketHeaders = [];

    /* Walmart's token bucket for an endpoint, refilled gradually: a 429 with its
     * headers when empty; otherwise the request takes a token and the answer
     * carries the headers. */
    private function rateLimit(string $endpoint): ?Reply
    {
        if (!isset($this->buckets[$endpoint])) {
            return null;
        }
        $b = &$this->buckets[$endpoint];
        $now = microtime(true);
        $b['tokens'] = min($b['capacity'], $b['tokens'] + ($now - $b['at']) * $b['rate']);
        $b['at'] = $now;
        if ($b['tokens'] < 1) {
            $this->rateLimited++;
            $reply = Reply::json(...WalmartOrders::error(429, 'REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API', 'data',
                'Too many requests', 'Request threshold violated.', 'ERROR', 'REQUEST'));
            $reply->headers += ['x-current-token-count' => '0',
                'x-next-replenish-time' => (string) (int) ceil(($now + (1 - $b['tokens']) / $b['rate']) * 1000)];
            return $reply;
        }
        $b['tokens'] -= 1;
        $this->bucketHeaders[$endpoint] = ['x-current-token-count' => (string) (int) floor($b['tokens']),
            'x-next-replenish-time' => (string) (int) ceil(($now + (1 - fmod($b['tokens'], 1)) / $b['rate']) * 1000)];
        return null;
    }

    private static function endpoint(string $method, string $path): string
    {
        return match (true) {
            $path === '/v3/token' => 'token',
            $path === '/v3/orders/released' => 'released',
            $path === '/v3/inventory' => 'inventory',
            (bool) preg_match('~^/v3/orders/[^/]+/(acknowledge|shipping|cancel)$~', $path, $m) => $m[1],
            (bool) preg_match('~^/v3/orders/[^/]+$~', $path) => 'order',
            default => 'other',
        };
    }

    private function route(string $endpoint, string $method, string $path, array $query, array $headers, string $body): Reply
    {
        if ($endpoint === 'token') {
            return $method === 'POST' ? $this->token($headers, $body) : self::methodNotAllowed();
        }
        if ($reply = $this->gateway($method, $headers, $body)) {
            return $reply;
        }
        $po = rawurldecode(explode('/', $path)[3] ?? '');
        $json = $body === '' ? null : json_decode($body, true);
        if ($body !== '' && $json === null) {
            return Reply::json(...WalmartOrders::error(400, 'MALFORMED_REQUEST_CONTENT.GMP_ORDER_API', 'data',
                'Request body is not valid JSON', 'Request content is malformed.'));
        }
        [$status, $out] = match ([$endpoint, $method]) {
            ['released', 'GET'] => $this->released($query),
            ['order', 'GET'] => $this->orders->get($po),
            ['acknowledge', 'POST'] => $this->orders->acknowledge($po),
            ['shipping', 'POST'] => $this->orders->ship($po, $json),
            ['cancel', 'POST'] => $this->orders->cancel($po, $json),
            ['inventory', 'PUT'] => isset($query['sku']) && is_string($query['sku']) && $query['sku'] !== ''
                ? $this->orders->updateInventory($query['sku'], $json)
                : WalmartOrders::error(400, 'MISSING_REQUEST_PARAM.GMP_INVENTORY_API', 'sku', 'sku is required', 'Request param is missing.'),
            default => [-1, null],
        };
        return $status === -1 ? self::methodNotAllowed() : Reply::json($status, $out);
    }

    /* The gateway's checks on every API call: headers, content types and the access token. */
    private function gateway(string $method, array $headers, string $body): ?Reply
    {
        $token = $headers['wm_sec.access_token'] ?? '';
        if ($token === '' || !isset($this->tokens[$token]) || $this->tokens[$token] < microtime(true)) {
            return Reply::json(...WalmartOrders::error(401, 'UNAUTHORIZED.GMP_GATEWAY_API', 'UNAUTHORIZED', 'Unauthorized',
                'Unauthorized token or incorrect authorization header.'));
        }
        return $this->commonHeaders($method, $headers, $body !== '' ? 'application/json' : null);
    }

    private function commonHeaders(string $method, array $headers, ?string $contentType): ?Reply
    {
        if (trim($headers['wm_qos.correlation_id'] ?? '') === '') {
            return Reply::json(...WalmartOrders::error(400, 'INVALID_REQUEST_HEADER.GMP_GATEWAY_API', 'WM_QOS.CORRELATION_ID',
                'WM_QOS.CORRELATION_ID is missing or blank', 'Request header is invalid.'));
        }
        if (trim($headers['wm_svc.name'] ?? '') === '') {
            return Reply::json(...WalmartOrders::error(400, 'MISSING_REQUEST_HEADER.GMP_GATEWAY_API', 'WM_SVC.NAME',
                'WM_SVC.NAME is missing', 'Request header is missing.'));
        }
        if (!str_contains($headers['accept'] ?? '', 'application/json')) {
            return Reply::json(...WalmartOrders::error(406, 'INVALID_ACCEPT_TYPE.GMP_GATEWAY_API', 'Accept',
                'Accept must be application/json', 'Accept type is not supported.', 'ERROR', 'APPLICATION'));
        }
        if ($contentType !== null && !str_starts_with($headers['content-type'] ?? '', $contentType)) {
            return Reply::json(...WalmartOrders::error(415, 'UNSUPPORTED_MEDIA_TYPE.GMP_GATEWAY_API', 'Content-Type',
                "Content-Type must be $contentType", 'Media type is not supported.'));
        }
        return null;
    }

    private function token(array $headers, string $body): Reply
    {
        if ($reply = $this->commonHeaders('POST', $headers, 'application/x-www-form-urlencoded')) {
            return $reply;
        }
        parse_str($body, $form);
        $basic = $headers['authorization'] ?? '';
        [$id, $secret] = explode(':', (string) base64_decode(substr($basic, 6), true), 2) + [1 => null];
        if (!str_starts_with($basic, 'Basic ') || ($this->credentials[$id] ?? null) !== $secret) {
            return Reply::json(...WalmartOrders::error(401, 'UNAUTHORIZED.GMP_GATEWAY_API', 'UNAUTHORIZED', 'Unauthorized',
                'Invalid client credentials.'));
        }
        if (($form['grant_type'] ?? null) !== 'client_credentials') {
            return Reply::json(...WalmartOrders::error(400, 'INVALID_REQUEST_CONTENT.GMP_GATEWAY_API', 'grant_type',
                'grant_type must be client_credentials', 'Request content is invalid.'));
        }
        $token = 'eyJ' . bin2hex(random_bytes(24));
        $this->tokens[$token] = microtime(true) + $this->tokenTtl;
        return Reply::json(200, ['access_token' => $token, 'token_type' => 'Bearer', 'expires_in' => $this->tokenTtl]);
    }

    /* GET /v3/orders/released: orders with units in Created, paged by Walmart's cursor. */
    private function released(array $query): array
    {
        $limit = max(1, min(200, (int) ($query['limit'] ?? 100)));
        $offset = max(0, (int) ($query['poIndex'] ?? 0));
        $all = $this->orders->released();
        if (isset($query['createdStartDate'])) {
            $from = strtotime($query['createdStartDate']) * 1000;
            $all = array_values(array_filter($all, fn($o) => $o['orderDate'] >= $from));
        }
        $page = array_slice($all, $offset, $limit);
        if (!$page) {
            return WalmartOrders::error(404, 'CONTENT_NOT_FOUND.GMP_ORDER_API', 'data',
                'Failed when called getAllReleasedOrders. Orders not found for given search parameters',
                'Requested content could not be found.', 'INFO', 'APPLICATION');
        }
        $meta = ['totalCount' => count($all), 'limit' => $limit];
        if ($offset + $limit < count($all)) {
            $next = ['limit' => $limit, 'hasMoreElements' => 'true', 'soIndex' => count($all), 'poIndex' => $offset + $limit,
                'partnerId' => '10001234', 'sellerId' => '8', 'status' => 'Created'];
            if (isset($query['createdStartDate'])) {
                $next['createdStartDate'] = $query['createdStartDate'];
            }
            $meta['nextCursor'] = '?' . http_build_query($next);
        }
        return [200, ['list' => ['meta' => $meta, 'elements' => ['order' => $page]]]];
    }

    private function takeFault(string $target): ?array
    {
        foreach ($this->faults as $i => &$fault) {
            if (isset($fault['path']) && !str_contains($target, $fault['path'])) {
                continue;
            }
            $taken = $fault;
            if (--$fault['times'] <= 0) {
                unset($this->faults[$i]);
            }
            return $taken;
        }
        return null;
    }

    private function faultReply(array $fault): Reply
    {
        $body = $fault['body'] ?? '';
        $reply = is_string($body) ? new Reply($fault['status'], $body) : Reply::json($fault['status'], $body);
        $reply->headers += $fault['headers'] ?? [];
        return $reply;
    }

    private static function dropped(): Reply
    {
        $reply = new Reply();
        $reply->drop = true;
        return $reply;
    }

    private static function methodNotAllowed(): Reply
    {
        return Reply::json(...WalmartOrders::error(405, 'METHOD_NOT_ALLOWED.GMP_GATEWAY_API', 'method', 'Method not allowed',
            'Method not allowed.'));
    }

    /* The test controls: seed, faults, settings, counters and recorded requests. */
    private function control(string $method, string $what, string $body): Reply
    {
        $in = $body === '' ? [] : json_decode($body, true, 512, JSON_THROW_ON_ERROR);
        switch ("$method $what") {
            case 'POST seed':
                foreach ($in as $order) {
                    $this->orders->seed($order);
                }
                return Reply::json(200, ['seeded' => count($in)]);
            case 'POST fault':
                foreach (array_is_list($in) ? $in : [$in] as $fault) {
                    $this->faults[] = $fault + ['times' => 1];
                }
                return Reply::json(200, ['queued' => count($this->faults)]);
            case 'POST config':
                $this->tokenTtl = (int) ($in['token_ttl'] ?? $this->tokenTtl);
                $this->latencyMs = (int) ($in['latency_ms'] ?? $this->latencyMs);
                $this->credentials = $in['credentials'] ?? $this->credentials;
                foreach ($in['buckets'] ?? [] as $endpoint => $bucket) {
                    $this->buckets[$endpoint] = ['rate' => (float) $bucket['rate'], 'capacity' => (float) $bucket['capacity'],
                        'tokens' => (float) $bucket['capacity'], 'at' => microtime(true)];
                }
                return Reply::json(200, ['ok' => true]);
            case 'POST expire-tokens':
                $this->tokens = array_map(fn() => 0.0, $this->tokens);
                return Reply::json(200, ['expired' => count($this->tokens)]);
            case 'GET stats':
                ksort($this->counts);
                return Reply::json(200, ['connections' => count($this->apiConnections), 'token_requests' => $this->counts['token'] ?? 0,
                    'requests' => $this->counts, 'faults_left' => array_sum(array_column($this->faults, 'times')),
                    'rate_limited' => $this->rateLimited, 'peak_in_flight' => $this->peakInFlight]);
            case 'GET requests':
                return Reply::json(200, $this->recorded);
            case 'GET inventory':
                return Reply::json(200, (object) $this->orders->inventory);
        }
        if ($method === 'GET' && str_starts_with($what, 'order/')) {
            $po = substr($what, 6);
            return $this->orders->has($po) ? Reply::json(200, $this->orders->order($po)) : Reply::json(404, null);
        }
        return Reply::json(404, ['error' => "no control $method $what"]);
    }
}
