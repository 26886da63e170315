# Extra targets for channelmgr (phpize copies this into the generated Makefile).

CORE_TEST_BIN = $(builddir)/tests/core/test_core
CORE_TEST_SOURCES = $(wildcard $(srcdir)/tests/core/test_*.c)
CORE_SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
CORE_SOURCES = $(addprefix $(srcdir)/,$(CHANNELMGR_CORE))
VALGRIND_LEAK_OPTS = --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --trace-children-skip=*/php*

# The plain-C core, without PHP, under AddressSanitizer and UBSan.
$(CORE_TEST_BIN): $(CORE_TEST_SOURCES) $(srcdir)/tests/core/check.h $(CORE_SOURCES) $(wildcard $(srcdir)/ext/cm_*.h)
	@mkdir -p $(builddir)/tests/core
	$(CC) -std=gnu11 -g -O1 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Werror $(CORE_SANITIZE) -I$(srcdir)/ext \
		-o $@ $(CORE_TEST_SOURCES) $(CORE_SOURCES) $(CHANNELMGR_SHARED_LIBADD)

core-test: $(CORE_TEST_BIN)
	$(CORE_TEST_BIN)

# The PHPT suite under valgrind memcheck, leaks included (run-tests -m alone ignores them).
test-valgrind: all
	USE_ZEND_ALLOC=0 VALGRIND_OPTS="$(VALGRIND_LEAK_OPTS)" $(MAKE) test TESTS="-m $(TESTS)"

# Every benchmark; the pure-PHP baselines need ext/curl (php8.2-curl).
BENCH_PHP = $(PHP_EXECUTABLE) -n -d extension=curl -d extension=$(builddir)/modules/channelmgr.so
BENCHMARKS = payload_bench per_update fpm backlog memory

bench: all
	@for b in $(BENCHMARKS); do echo "== bench/$$b.php"; $(BENCH_PHP) $(srcdir)/bench/$$b.php || exit 1; echo; done

# libFuzzer harnesses (tests/fuzz/fuzz_*.c), FUZZ_RUNS executions each (the test command runs 20000).
FUZZ_RUNS = 200000
fuzz:
	$(srcdir)/tests/fuzz/run $(FUZZ_RUNS)

# The long soak: thousands of operations through a faulty Walmart, then Walmart's state against the intent.
SOAK_ARGS = --ops 5000
soak: all
	$(BENCH_PHP) $(srcdir)/bench/soak.php $(SOAK_ARGS)

# Regenerate ext/channelmgr_arginfo.h offline with Debian's php-parser.
stub:
	@mkdir -p $(srcdir)/build/PHP-Parser-4.15.1/lib
	@ln -sfn /usr/share/php/PhpParser $(srcdir)/build/PHP-Parser-4.15.1/lib/PhpParser
	$(PHP_EXECUTABLE) $(srcdir)/build/gen_stub.php $(srcdir)/ext/channelmgr.stub.php

.PHONY: core-test test-valgrind bench stub fuzz soak
