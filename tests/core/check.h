/* The core tests' checks, shared by every tests/core/test_*.c: each check
 * counts as one test; main() (test_core.c) prints the totals. */
#ifndef CM_TEST_CHECK_H
#define CM_TEST_CHECK_H

#include <stdbool.h>

#include "cm_core.h"

extern int cm_test_passed, cm_test_failed;

void check(bool ok, const char *what, const char *file, int line);
void check_str(const char *got, const char *want, const char *file, int line);

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) check_str((got), (want), __FILE__, __LINE__)
#define S(lit) ((cm_str) {(lit), sizeof(lit) - 1})

/* The suites of the other files. */
void test_data_suite(void);    /* test_data.c: answers, text, time, payloads, statuses (fuzzing's regressions) */
void test_engine_suite(void);  /* test_engine.c: the retry policy and the job state machine with fake transfers */

#endif
