<?php
/* Payloads per second: channelmgr_shipment_payload() against a pure-PHP
 * baseline (bench/baseline.php) in the same process, on the same input, after
 * checking that both produce the same bytes. Prints rates and ratios; it never
 * fails on a slow machine. Run: make bench (or ./dev bench). */
require __DIR__ . '/baseline.php';

function shipment(int $lines): array
{
    $s = [
        'purchase_order_id' => '4576930294354',
        'seller_order_id' => '000000123',
        'ship_date' => 1764412800,
        'method' => 'Express',
        'tracking' => ['carrier' => 'fedex', 'number' => '794698540000', 'url' => 'https://www.fedex.com/fedextrack/?trknbr=794698540000'],
        'lines' => [],
    ];
    for ($i = 1; $i <= $lines; $i++) {
        $s['lines'][] = ['line_number' => $i, 'quantity' => 1 + $i % 3];
    }
    return $s;
}

/* Best of five rounds of ~0.2 s each, as calls per second. */
function rate(callable $fn, array $input): float
{
    $best = 0.0;
    for ($round = 0; $round < 5; $round++) {
        $n = 0;
        $start = hrtime(true);
        do {
            for ($i = 0; $i < 200; $i++) {
                $fn($input);
            }
            $n += 200;
            $elapsed = hrtime(true) - $start;
        } while ($elapsed < 200_000_000);
        $best = max($best, $n / ($elapsed / 1e9));
    }
    return $best;
}

printf("%-22s %16s %16s %8s\n", 'shipment', 'channelmgr /s', 'pure PHP /s', 'ratio');
foreach ([1, 20] as $lines) {
    $input = shipment($lines);
    $ours = channelmgr_shipment_payload($input);
    $theirs = baseline_shipment_payload($input);
    if ($ours !== $theirs) {
        fwrite(STDERR, "payloads differ for $lines line(s):\n$ours\n$theirs\n");
        exit(1);
    }
    $ext = rate('channelmgr_shipment_payload', $input);
    $php = rate('baseline_shipment_payload', $input);
    printf("%-22s %16s %16s %7.1fx\n", "$lines line(s), " . strlen($ours) . " B", number_format($ext), number_format($php), $ext / $php);
}
echo "(same process, same input, byte-identical output checked; best of 5 rounds)\n";
