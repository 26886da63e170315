<?php
/*
 * The Walmart Marketplace emulator: an HTTP/1.1 server on 127.0.0.1 with
 * keep-alive, serving the v3 endpoints channelmgr uses, Walmart's rules and
 * error bodies (WalmartOrders), and a control API for tests under /_emulator/.
 *
 *   php -n tests/emulator/server.php [port] [seed.json] [--exit-with-parent]
 *
 * --exit-with-parent: stdin is a pipe from the process that started it (EmulatorProcess), never written to; when it
 * closes (that process ended, even killed), the emulator ends too instead of serving an orphaned port forever.
 *
 * Prints "listening on 127.0.0.1:<port>" once ready. One process, one event
 * loop: requests on many connections are handled concurrently, and delays are
 * timers, so a slow response never holds up the others.
 */
require __DIR__ . '/WalmartOrders.php';
require __DIR__ . '/Emulator.php';

$withParent = in_array('--exit-with-parent', $argv, true);
$argv = array_values(array_filter($argv, fn($a) => $a !== '--exit-with-parent'));
$port = (int) ($argv[1] ?? 0);
$server = stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr);
if (!$server) {
    fwrite(STDERR, "emulator: cannot listen: $errstr\n");
    exit(1);
}
stream_set_blocking($server, false);
$emulator = new Emulator();
if (isset($argv[2])) {
    foreach (json_decode(file_get_contents($argv[2]), true, 512, JSON_THROW_ON_ERROR) as $order) {
        $emulator->orders->seed($order);
    }
}
fwrite(STDOUT, 'listening on ' . stream_socket_get_name($server, false) . "\n");
fflush(STDOUT);

/** @var array<int, array{sock: resource, id: int, in: string, out: string, close: bool, busy: bool}> $conns */
$conns = [];
/** @var list<array{at: float, conn: int, reply: Reply, keepAlive: bool}> $timers */
$timers = [];
$nextId = 0;

$stop = false;
pcntl_async_signals(true);
pcntl_signal(SIGTERM, function () use (&$stop) { $stop = true; });
pcntl_signal(SIGINT, function () use (&$stop) { $stop = true; });

while (!$stop) {
    $read = $withParent ? [$server, STDIN] : [$server];
    $write = [];
    foreach ($conns as $c) {
        if (!$c['busy']) {
            $read[] = $c['sock'];
        }
        if ($c['out'] !== '') {
            $write[] = $c['sock'];
        }
    }
    $timeout = null;
    if ($timers) {
        $timeout = max(0, min(array_column($timers, 'at')) - microtime(true));
    }
    $except = null;
    $n = @stream_select($read, $write, $except, $timeout === null ? 1 : (int) $timeout,
        $timeout === null ? 0 : (int) (fmod($timeout, 1) * 1e6));
    if ($n === false) {
        continue; // interrupted by a signal
    }
    foreach ($read as $sock) {
        if ($sock === STDIN) {
            if (fread(STDIN, 8192) === '' && feof(STDIN)) {
                $stop = true; // the process that started us is gone
            }
            continue;
        }
        if ($sock === $server) {
            while ($client = @stream_socket_accept($server, 0)) {
                stream_set_blocking($client, false);
                $id = ++$nextId;
                $conns[$id] = ['sock' => $client, 'id' => $id, 'in' => '', 'out' => '', 'close' => false, 'busy' => false];
                $emulator->connections++;
            }
            continue;
        }
        $id = array_search($sock, array_column($conns, 'sock', 'id'), true);
        $data = fread($sock, 65536);
        if ($data === '' || $data === false) {
            if (feof($sock)) {
                fclose($sock);
                unset($conns[$id]);
            }
            continue;
        }
        $conns[$id]['in'] .= $data;
        serve($conns[$id], $emulator, $timers);
        settle($conns, $id);
    }
    foreach ($write as $sock) {
        $id = array_search($sock, array_column($conns, 'sock', 'id'), true);
        if ($id === false) {
            continue;
        }
        $written = @fwrite($sock, $conns[$id]['out']);
        if ($written === false) {
            fclose($sock);
            unset($conns[$id]);
            continue;
        }
        $conns[$id]['out'] = (string) substr($conns[$id]['out'], $written);
        settle($conns, $id);
    }
    $now = microtime(true);
    foreach ($timers as $k => $t) {
        if ($t['at'] > $now) {
            continue;
        }
        unset($timers[$k]);
        $reply = $t['reply'];
        if ($reply->later) {
            // a late request is processed now, whether or not its client is still there
            $reply = $emulator->late($reply);
            if ($reply->delayMs > 0) {
                $timers[] = ['at' => microtime(true) + $reply->delayMs / 1000, 'reply' => $reply] + $t;
                continue;
            }
        }
        if (!isset($conns[$t['conn']])) {
            $emulator->answered($reply, false);
            continue;
        }
        deliver($conns[$t['conn']], $reply, $t['keepAlive'], $emulator);
        serve($conns[$t['conn']], $emulator, $timers);
        settle($conns, $t['conn']);
    }
}

/* Closes a connection once it is to be closed and has nothing left to send. */
function settle(array &$conns, int $id): void
{
    $c = $conns[$id] ?? null;
    if ($c && $c['close'] && ($c['out'] === '' || $c['close'] === 'now')) {
        fclose($c['sock']);
        unset($conns[$id]);
    }
}

/* Parses whole requests off the connection's buffer and queues their responses. */
function serve(array &$conn, Emulator $emulator, array &$timers): void
{
    while (!$conn['busy'] && ($end = strpos($conn['in'], "\r\n\r\n")) !== false) {
        $head = substr($conn['in'], 0, $end);
        $lines = explode("\r\n", $head);
        [$method, $target] = explode(' ', array_shift($lines)) + [1 => '/'];
        $headers = [];
        foreach ($lines as $line) {
            [$name, $value] = explode(':', $line, 2) + [1 => ''];
            $headers[strtolower(trim($name))] = trim($value);
        }
        $length = (int) ($headers['content-length'] ?? 0);
        if (strlen($conn['in']) < $end + 4 + $length) {
            return; // the body is still coming
        }
        $body = substr($conn['in'], $end + 4, $length);
        $conn['in'] = (string) substr($conn['in'], $end + 4 + $length);
        $keepAlive = strtolower($headers['connection'] ?? '') !== 'close';

        $reply = $emulator->handle($method, $target, $headers, $body, $conn['id']);
        if ($reply->delayMs > 0) {
            // answer (or, late, process) later; meanwhile this connection reads nothing more, as a real server thread would
            $conn['busy'] = true;
            $timers[] = ['at' => microtime(true) + $reply->delayMs / 1000, 'conn' => $conn['id'], 'reply' => $reply,
                'keepAlive' => $keepAlive];
            return;
        }
        deliver($conn, $reply, $keepAlive, $emulator);
        if ($conn['close']) {
            return;
        }
    }
}

/* Queues a response on its connection (or closes the connection, for a dropped one). */
function deliver(array &$c, Reply $reply, bool $keepAlive, Emulator $emulator): void
{
    $c['busy'] = false;
    $emulator->answered($reply);
    if ($reply->drop) {
        $c['close'] = 'now'; // no response at all, as when the server or a proxy dies mid-request
        $c['in'] = '';
        return;
    }
    $c['out'] .= $reply->wire($keepAlive);
    $c['close'] = !$keepAlive || $reply->truncate;
}
