<?php
/*
 * Starts the Walmart emulator (server.php) on 127.0.0.1 with a free port and
 * stops it when the script ends; used by the tests and the demo. The emulator
 * runs without the extension (php -n): it is Walmart, not a client.
 */
final class EmulatorProcess
{
    public readonly string $url;
    private $proc;
    private int $owner;    // the process that started it (a forked child must not stop it)
    private $stdin;        // kept open for the emulator's life (see server.php, --exit-with-parent)

    public function __construct(array $orders = [])
    {
        $php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
        // it records every request: a long soak needs more than the default 128 MiB
        // its stdin is a pipe nobody writes to: when this process ends, even killed, the emulator sees it close and ends
        $this->proc = proc_open([$php, '-n', '-d', 'memory_limit=512M', __DIR__ . '/server.php', '0', '--exit-with-parent'],
            [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $this->stdin = $pipes[0];
        $line = fgets($pipes[1]);
        if (!preg_match('/^listening on (\S+)/', (string) $line, $m)) {
            throw new RuntimeException('the emulator did not start: ' . $line . stream_get_contents($pipes[2]));
        }
        $this->url = 'http://' . $m[1];
        $this->owner = getmypid();
        register_shutdown_function([$this, 'stop']);
        if ($orders) {
            $this->control('POST', 'seed', $orders);
        }
    }

    public function stop(): void
    {
        if (is_resource($this->proc) && getmypid() === $this->owner) {
            proc_terminate($this->proc);
            proc_close($this->proc);
        }
    }

    public function control(string $method, string $what, mixed $body = null): mixed
    {
        $context = stream_context_create(['http' => [
            'method' => $method, 'ignore_errors' => true, 'timeout' => 10,
            'header' => "Content-Type: application/json\r\nConnection: close\r\n",
            'content' => $body === null ? '' : json_encode($body),
        ]]);
        return json_decode(file_get_contents("$this->url/_emulator/$what", false, $context), true);
    }

    /** Faults for the next requests whose target contains $fault['path'] (all requests when absent). */
    public function fault(array $fault): void
    {
        $this->control('POST', 'fault', $fault);
    }

    public function stats(): array
    {
        return $this->control('GET', 'stats');
    }

    public function requests(): array
    {
        return $this->control('GET', 'requests');
    }

    public function order(string $po): array
    {
        return $this->control('GET', "order/$po");
    }

    /**
     * One Walmart API request as a plain HTTP client makes it, with a token fetched once (unless $headers carries
     * WM_SEC.ACCESS_TOKEN): [status, body, complete], status 0 when no answer came within $timeout
     * seconds (body 'timeout') or the connection closed without one (body 'dropped'); complete is false when the body
     * is shorter than its Content-Length.
     */
    public function api(string $method, string $target, string $body = '', array $headers = [], float $timeout = 10): array
    {
        $std = ['WM_QOS.CORRELATION_ID' => bin2hex(random_bytes(8)), 'WM_SVC.NAME' => 'Walmart Marketplace',
            'Accept' => 'application/json'];
        if ($target === '/v3/token') {
            $headers += ['Authorization' => 'Basic ' . base64_encode('test-client:test-secret'),
                'Content-Type' => 'application/x-www-form-urlencoded'];
        } elseif (!isset($headers['WM_SEC.ACCESS_TOKEN'])) {
            $this->token ??= json_decode($this->api('POST', '/v3/token', 'grant_type=client_credentials')[1], true)['access_token'];
            $headers['WM_SEC.ACCESS_TOKEN'] = $this->token;
        }
        if ($body !== '') {
            $headers += ['Content-Type' => 'application/json'];
        }
        $s = stream_socket_client('tcp://' . substr($this->url, 7), $errno, $errstr, 5);
        $head = "$method $target HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: " . strlen($body) . "\r\n";
        foreach ($headers + $std as $name => $value) {
            $head .= "$name: $value\r\n";
        }
        fwrite($s, "$head\r\n$body");
        $in = '';
        $until = microtime(true) + $timeout;
        while (!feof($s) && ($left = $until - microtime(true)) > 0) {
            $read = [$s];
            $w = $e = null;
            if (stream_select($read, $w, $e, (int) $left, (int) (fmod($left, 1) * 1e6))) {
                $in .= (string) fread($s, 65536);
            }
        }
        $timedOut = !feof($s);
        fclose($s);
        if (!preg_match('~^HTTP/1\.1 (\d{3})~', $in, $m) || !str_contains($in, "\r\n\r\n")) {
            return [0, $timedOut ? 'timeout' : 'dropped', false];
        }
        $body = substr($in, strpos($in, "\r\n\r\n") + 4);
        $length = preg_match('~\r\ncontent-length: *(\d+)~i', $in, $l) ? (int) $l[1] : strlen($body);
        return [(int) $m[1], $body, strlen($body) >= $length];
    }

    private ?string $token = null;

    /** Turns the seeded fault plan on ({"seed", "rate", "kinds", …}) or off (['rate' => 0]). */
    public function chaos(array $plan): array
    {
        return $this->control('POST', 'chaos', $plan);
    }

    public function inventory(?string $shipNode = null): array
    {
        return $this->control('GET', 'inventory' . ($shipNode === null ? '' : '?shipNode=' . rawurlencode($shipNode)));
    }

    public function client(array $config = []): ChannelMgr\Client
    {
        return new ChannelMgr\Client($config + [
            'client_id' => 'test-client', 'client_secret' => 'test-secret', 'base_url' => $this->url,
        ]);
    }
}
