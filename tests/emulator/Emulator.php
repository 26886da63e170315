<?php
/*
 * Routing, Walmart's gateway rules (headers, OAuth tokens) and the test
 * controls of the emulator. The socket loop lives in server.php; order rules
 * in WalmartOrders.php.
 *
 * Controls, under /_emulator/ (JSON in, JSON out):
 *
 *   POST seed            orders: [{"purchaseOrderId", "lines": [{"sku", "quantity", "status", "intentToCancel"}]}]
 *                        (intentToCancel, when given, is emitted on the order line as given: Walmart types it a string)
 *   POST fault           one fault or a list, each for the next `times` (default 1) API requests whose target
 *                        contains `path` and whose method is `method` (any when absent), the first queued that matches:
 *                          status (+ body, headers)  answer that instead; with apply: true, process the request first;
 *                                                    body_base64 instead of body: any bytes (invalid UTF-8 included)
 *                          headers                   alone: added to the real answer
 *                          delay_ms                  answer that much later (the request is processed on receipt)
 *                          late_ms                   process the request that much later, and answer then: a client
 *                                                    that gives up first has its update applied after it left
 *                          drop: before|after        close the connection without an answer, before or after processing
 *                          truncate, malformed       half the real body / a broken JSON body, after processing
 *                          body_bytes                a 200 body of that size, after processing
 *                          revoke                    forget the access token the request carries (the gateway answers 401)
 *                          expire_tokens             every issued token expires, then the request is processed
 *   POST clear-faults    forgets the queued faults
 *   POST chaos           {"seed": 42, "rate": 0.2, "kinds": [...], "slow_ms": [50, 900], "late_ms": [600, 900],
 *                        "retry_ms": [100, 400], "paths": ["/v3/"]}: each API request (token requests included) that no
 *                        queued fault takes is faulted with probability `rate`, the kind drawn from `kinds` (default all):
 *                          drop_before, drop_after, 5xx_before, 5xx_after (500 with Walmart's SYSTEM_ERROR body, or a
 *                          bare 502/503/504), 429 (Walmart's body, x-current-token-count 0 and x-next-replenish-time
 *                          retry_ms ahead), slow (answer delayed slow_ms), late (processed late_ms after receipt),
 *                          truncate, malformed, 401 (the request's token is revoked; never on /v3/token),
 *                          expire_tokens. {"rate": 0} turns it off. Faults are counted per kind in GET stats.
 *   POST config          token_ttl, latency_ms (added to every answer), credentials, buckets
 *                        ({"shipping": {"rate": 10, "capacity": 10}}: Walmart's token bucket and headers per endpoint)
 *   POST expire-tokens   every issued token expires
 *   GET stats            API requests per endpoint, token requests, distinct TCP connections, 429s of the buckets,
 *                        the peak of requests in flight, chaos faults per kind (`chaos`) and per endpoint
 *                        (`chaos_endpoints`)
 *   GET requests         every API request: method, target, endpoint, headers (names lower case), body, connection,
 *                        when it came (received_ms), was processed (processed_ms; null: never) with what outcome
 *                        (processed_status: 2xx means Walmart applied it) and answered (answered_ms), the status sent
 *                        (null: none) and the fault applied (fault; null: none). ?endpoints=shipping,cancel: only
 *                        those; ?bare=1: without headers
 *   GET order/{id}       Walmart's order
 *   GET orders           every order: {purchaseOrderId: order}
 *   GET inventory        the inventory of the default ship node: {sku: {"unit": "EACH", "amount": N}};
 *                        ?shipNode=X: that ship node's; ?shipNode=* every node's, {node: {sku: …}} ("" the default)
 */

/** One response, and how to (mis)deliver it. */
final class Reply
{
    public array $headers = ['Content-Type' => 'application/json'];
    public int $delayMs = 0;
    public ?int $request = null;    // the recorded API request this answers
    public bool $drop = false;      // close the connection instead of answering
    public bool $truncate = false;  // send half the body, then close
    public ?Closure $later = null;  // late application: process the request when the delay is over, answer then

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
    public const CHAOS_KINDS = ['drop_before', 'drop_after', '5xx_before', '5xx_after', '429', 'slow', 'late', 'truncate',
        'malformed', '401', 'expire_tokens'];

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
    private array $bucketHeaders = [];
    private int $rateLimited = 0;
    private int $inFlight = 0;               // API requests received and not answered yet
    private int $peakInFlight = 0;
    private ?array $chaos = null;            // the seeded fault plan (POST chaos)
    private array $chaosKinds = [];          // kind => faults made
    private array $chaosEndpoints = [];      // endpoint => faults made

    public function __construct()
    {
        $this->orders = new WalmartOrders();
    }

    public function handle(string $method, string $target, array $headers, string $body, int $conn): Reply
    {
        $path = parse_url($target, PHP_URL_PATH) ?? '/';
        parse_str((string) parse_url($target, PHP_URL_QUERY), $query);
        if (str_starts_with($path, '/_emulator/')) {
            return $this->control($method, substr($path, 11), self::rawQuery($target), $body);
        }

        $endpoint = self::endpoint($method, $path);
        $this->counts[$endpoint] = ($this->counts[$endpoint] ?? 0) + 1;
        $this->apiConnections[$conn] = true;
        $this->recorded[] = ['method' => $method, 'target' => $target, 'endpoint' => $endpoint, 'headers' => $headers,
            'body' => $body, 'connection' => $conn, 'received_ms' => microtime(true) * 1000, 'processed_ms' => null,
            'processed_status' => null, 'answered_ms' => null, 'status' => null, 'fault' => null];
        $this->peakInFlight = max($this->peakInFlight, ++$this->inFlight);
        $index = array_key_last($this->recorded);
        $reply = $this->answer($index, $method, $target, $path, $query, $endpoint, $headers, $body);
        $reply->request = $index;
        return $reply;
    }

    /* The server loop calls this when a late request's time has come: it is processed now. */
    public function late(Reply $pending): Reply
    {
        $reply = ($pending->later)();
        $reply->request = $pending->request;
        return $reply;
    }

    /* The server loop calls this when the answer went out (or the connection was dropped instead, or was gone). */
    public function answered(Reply $reply, bool $sent = true): void
    {
        if ($reply->request !== null) {
            $this->inFlight--;
            $this->recorded[$reply->request]['answered_ms'] = microtime(true) * 1000;
            $this->recorded[$reply->request]['status'] = $reply->drop || !$sent ? null : $reply->status;
        }
    }

    private function answer(int $index, string $method, string $target, string $path, array $query, string $endpoint,
        array $headers, string $body): Reply
    {
        $fault = $this->takeFault($method, $target) ?? $this->chaosFault($endpoint, $target);
        if ($fault) {
            $this->recorded[$index]['fault'] = $fault['chaos'] ?? self::describe($fault);
        }
        if (isset($fault['late_ms'])) {
            $reply = new Reply();
            $reply->delayMs = max(1, (int) $fault['late_ms']);
            unset($fault['late_ms']);
            $reply->later = fn(): Reply => $this->process($index, $fault ?: null, $method, $target, $path, $query, $endpoint,
                $headers, $body);
            return $reply;
        }
        return $this->process($index, $fault, $method, $target, $path, $query, $endpoint, $headers, $body);
    }

    private function process(int $index, ?array $fault, string $method, string $target, string $path, array $query,
        string $endpoint, array $headers, string $body): Reply
    {
        $this->recorded[$index]['processed_ms'] = microtime(true) * 1000;
        if (!empty($fault['revoke'])) {
            unset($this->tokens[$headers['wm_sec.access_token'] ?? '']);
        }
        if (!empty($fault['expire_tokens'])) {
            $this->tokens = array_map(fn() => 0.0, $this->tokens);
        }
        if (!$fault && ($limited = $this->rateLimit($endpoint))) {
            $this->recorded[$index]['processed_ms'] = null;
            $limited->delayMs = $this->latencyMs;
            return $limited;
        }
        if ($fault && ($fault['drop'] ?? null) === 'before') {
            $this->recorded[$index]['processed_ms'] = null;
            return self::dropped();
        }
        if ($fault && isset($fault['status']) && empty($fault['apply'])) {
            $this->recorded[$index]['processed_ms'] = null;
            $reply = $this->faultReply($fault);
        } else {
            $reply = $this->route($endpoint, $method, $target, $path, $query, $headers, $body);
            $this->recorded[$index]['processed_status'] = $reply->status; // 2xx: Walmart applied it
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
            $reply = self::tooManyRequests();
            $reply->headers += ['x-current-token-count' => '0',
                'x-next-replenish-time' => (string) (int) ceil(($now + (1 - $b['tokens']) / $b['rate']) * 1000)];
            return $reply;
        }
        $b['tokens'] -= 1;
        $this->bucketHeaders[$endpoint] = ['x-current-token-count' => (string) (int) floor($b['tokens']),
            'x-next-replenish-time' => (string) (int) ceil(($now + (1 - fmod($b['tokens'], 1)) / $b['rate']) * 1000)];
        return null;
    }

    private static function tooManyRequests(): Reply
    {
        return Reply::json(...WalmartOrders::error(429, 'REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API', 'data',
            'Too many requests', 'Request threshold violated.', 'ERROR', 'REQUEST'));
    }

    /* The seeded fault plan: a fault for this request, or null. */
    private function chaosFault(string $endpoint, string $target): ?array
    {
        $plan = $this->chaos;
        if (!$plan || $plan['rate'] <= 0) {
            return null;
        }
        if ($plan['paths'] && !array_filter($plan['paths'], fn($p) => str_contains($target, $p))) {
            return null;
        }
        if (mt_rand() / mt_getrandmax() >= $plan['rate']) {
            return null;
        }
        $kinds = $endpoint === 'token' ? array_values(array_diff($plan['kinds'], ['401'])) : $plan['kinds'];
        if (!$kinds) {
            return null;
        }
        $kind = $kinds[mt_rand(0, count($kinds) - 1)];
        $between = fn(array $range): int => mt_rand((int) $range[0], (int) $range[1]);
        $fault = match ($kind) {
            'drop_before' => ['drop' => 'before'],
            'drop_after' => ['drop' => 'after'],
            '5xx_before', '5xx_after' => self::serverError(mt_rand(0, 3)) + ($kind === '5xx_after' ? ['apply' => true] : []),
            '429' => ['status' => 429, 'body' => json_decode(self::tooManyRequests()->body, true),
                'headers' => ['x-current-token-count' => '0',
                    'x-next-replenish-time' => (string) (int) (microtime(true) * 1000 + $between($plan['retry_ms']))]],
            'slow' => ['delay_ms' => $between($plan['slow_ms'])],
            'late' => ['late_ms' => $between($plan['late_ms'])],
            'truncate' => ['truncate' => true],
            'malformed' => ['malformed' => true],
            '401' => ['revoke' => true],
            'expire_tokens' => ['expire_tokens' => true],
        };
        $this->chaosKinds[$kind] = ($this->chaosKinds[$kind] ?? 0) + 1;
        $this->chaosEndpoints[$endpoint] = ($this->chaosEndpoints[$endpoint] ?? 0) + 1;
        return $fault + ['chaos' => $kind];
    }

    /* A 5xx as Walmart's gateway sends them: a 500 with Walmart's error body, or a bare 502/503/504. */
    private static function serverError(int $which): array
    {
        if ($which === 0) {
            return ['status' => 500, 'body' => WalmartOrders::error(500, 'SYSTEM_ERROR.GMP_GATEWAY_API', 'data',
                'Internal system error', 'System encountered some internal error.', 'ERROR', 'SYSTEM')[1]];
        }
        return ['status' => [1 => 502, 2 => 503, 3 => 504][$which], 'body' => ''];
    }

    private static function describe(array $fault): string
    {
        unset($fault['path'], $fault['method'], $fault['times'], $fault['body'], $fault['body_base64'], $fault['headers']);
        return json_encode($fault);
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

    /* The query string as Walmart reads it: name => value, each percent-decoded (a '+' stays a '+'),
     * and the raw (still encoded) values under "\0raw". */
    private static function rawQuery(string $target): array
    {
        $query = ["\0raw" => []];
        $at = strpos($target, '?');
        foreach ($at === false ? [] : explode('&', substr($target, $at + 1)) as $pair) {
            if ($pair === '') {
                continue;
            }
            [$name, $value] = explode('=', $pair, 2) + [1 => ''];
            $query[rawurldecode($name)] = rawurldecode($value);
            $query["\0raw"][rawurldecode($name)] = $value;
        }
        return $query;
    }

    private function route(string $endpoint, string $method, string $target, string $path, array $query, array $headers,
        string $body): Reply
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
            ['inventory', 'PUT'] => $this->inventory($target, $json),
            default => [-1, null],
        };
        return $status === -1 ? self::methodNotAllowed() : Reply::json($status, $out);
    }

    /* PUT /v3/inventory?sku=…[&shipNode=…]: the SKU and ship node percent-decoded from the raw query (reserved
     * characters must arrive encoded, as Walmart's inventory API asks). */
    private function inventory(string $target, mixed $json): array
    {
        $query = self::rawQuery($target);
        $bad = fn(string $name, string $why) => WalmartOrders::error(400, 'INVALID_REQUEST_PARAM.GMP_INVENTORY_API', $name, $why,
            'Request param is invalid.');
        if (!isset($query['sku']) || $query['sku'] === '') {
            return WalmartOrders::error(400, 'MISSING_REQUEST_PARAM.GMP_INVENTORY_API', 'sku', 'sku is required', 'Request param is missing.');
        }
        foreach (['sku', 'shipNode'] as $name) {
            if (!isset($query[$name])) {
                continue;
            }
            if (!preg_match('/^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*$/D', $query["\0raw"][$name])) {
                return $bad($name, "$name must be percent-encoded: reserved characters and space are not allowed as they are");
            }
            $value = $query[$name];
            if (!preg_match('//u', $value) || preg_match('/[\x00-\x1f\x7f]/', $value)) {
                return $bad($name, "$name must be UTF-8 text without control characters");
            }
            if ($value === '' || preg_match_all('/./us', $value) > 50) {
                return $bad($name, "$name must be 1 to 50 characters");
            }
        }
        return $this->orders->updateInventory($query['sku'], $json, $query['shipNode'] ?? null);
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

    private function takeFault(string $method, string $target): ?array
    {
        foreach ($this->faults as $i => &$fault) {
            if ((isset($fault['path']) && !str_contains($target, $fault['path']))
                    || (isset($fault['method']) && strcasecmp($fault['method'], $method) !== 0)) {
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
        $body = isset($fault['body_base64']) ? base64_decode($fault['body_base64']) : $fault['body'] ?? '';
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
    private function control(string $method, string $what, array $query, string $body): Reply
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
            case 'POST clear-faults':
                $cleared = array_sum(array_column($this->faults, 'times'));
                $this->faults = [];
                return Reply::json(200, ['cleared' => $cleared]);
            case 'POST chaos':
                $kinds = $in['kinds'] ?? self::CHAOS_KINDS;
                if ($unknown = array_diff($kinds, self::CHAOS_KINDS)) {
                    return Reply::json(400, ['error' => 'unknown chaos kinds: ' . implode(', ', $unknown)]);
                }
                if (isset($in['seed'])) {
                    mt_srand((int) $in['seed']);
                }
                $this->chaos = ['rate' => (float) ($in['rate'] ?? 0.2), 'kinds' => array_values($kinds),
                    'slow_ms' => $in['slow_ms'] ?? [50, 900], 'late_ms' => $in['late_ms'] ?? [600, 900],
                    'retry_ms' => $in['retry_ms'] ?? [100, 400], 'paths' => $in['paths'] ?? []];
                return Reply::json(200, $this->chaos);
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
                ksort($this->chaosKinds);
                ksort($this->chaosEndpoints);
                return Reply::json(200, ['connections' => count($this->apiConnections), 'token_requests' => $this->counts['token'] ?? 0,
                    'requests' => $this->counts, 'faults_left' => array_sum(array_column($this->faults, 'times')),
                    'rate_limited' => $this->rateLimited, 'peak_in_flight' => $this->peakInFlight,
                    'chaos' => (object) $this->chaosKinds, 'chaos_endpoints' => (object) $this->chaosEndpoints]);
            case 'GET requests':
                $recorded = $this->recorded;
                if (isset($query['endpoints'])) {
                    $want = explode(',', $query['endpoints']);
                    $recorded = array_values(array_filter($recorded, fn($r) => in_array($r['endpoint'], $want, true)));
                }
                if (!empty($query['bare'])) {
                    $recorded = array_map(fn($r) => array_diff_key($r, ['headers' => 1]), $recorded);
                }
                return Reply::json(200, $recorded);
            case 'GET orders':
                return Reply::json(200, (object) $this->orders->all());
            case 'GET inventory':
                $node = $query['shipNode'] ?? '';
                if ($node === '*') {
                    return Reply::json(200, (object) array_map(fn($n) => (object) $n, $this->orders->nodes()));
                }
                return Reply::json(200, (object) $this->orders->inventoryAt($node));
        }
        if ($method === 'GET' && str_starts_with($what, 'order/')) {
            $po = rawurldecode(substr($what, 6));
            return $this->orders->has($po) ? Reply::json(200, $this->orders->order($po)) : Reply::json(404, null);
        }
        return Reply::json(404, ['error' => "no control $method $what"]);
    }
}
