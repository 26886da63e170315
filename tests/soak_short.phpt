--TEST--
soak: a short fixed-seed soak (single calls and batches, 20% of requests faulted, token and reads included, retries with verify_first) ends with no double ship, no lost update, no wrong final state and no contradictory result
--EXTENSIONS--
channelmgr
--INI--
pcre.jit=0
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl is not available'); ?>
--FILE--
<?php
require __DIR__ . '/../bench/soak.php';
// under valgrind (make test-valgrind) every process is many times slower: a smaller plan
$valgrind = getenv('USE_ZEND_ALLOC') === '0';
$f = soak_run(['ops' => $valgrind ? 40 : 300, 'seed' => 7, 'rate' => 0.2, 'workers' => $valgrind ? 2 : 4,
    'rounds' => $valgrind ? 3 : 5]);
printf("double ships: %d\nlost updates: %d\nwrong final states: %d\ncontradictions: %d\n", $f['doubles'], $f['lost'], $f['wrong'],
    $f['contradictions']);
if ($f['doubles'] + $f['lost'] + $f['wrong'] + $f['contradictions'] > 0) {
    echo soak_report($f, true);
}
?>
--EXPECT--
double ships: 0
lost updates: 0
wrong final states: 0
contradictions: 0
