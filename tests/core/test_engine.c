#include "check.h"

void test_engine_suite(void)
{
}
