#include "check.h"

void test_data_suite(void)
{
}
