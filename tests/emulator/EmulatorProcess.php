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

    public function __construct(array $orders = [])
    {
        $php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
        $this->proc = proc_open([$php, '-n', __DIR__ . '/server.php', '0'],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $line = fgets($pipes[1]);
        if (!preg_match('/^listening on (\S+)/', (string) $line, $m)) {
            throw new RuntimeException('the emulator did not start: ' . $line . stream_get_contents($pipes[2]));
        }
        $this->url = 'http://' . $m[1];
        register_shutdown_function([$this, 'stop']);
        if ($orders) {
            $this->control('POST', 'seed', $orders);
        }
    }

    public function stop(): void
    {
        if (is_resource($this->proc)) {
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

    public function client(array $config = []): ChannelMgr\Client
    {
        return new ChannelMgr\Client($config + [
            'client_id' => 'test-client', 'client_secret' => 'test-secret', 'base_url' => $this->url,
        ]);
    }
}
