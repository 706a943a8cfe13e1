/*
 * test_records_faults.c: every storage fault (fault_play.h) over a whole playthrough
 * of the minimal fixture. test_records_faults_case.c does the same for a shipped case.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "fault_play.h"

static void every_fault_in_the_minimal_case(void **state)
{
    (void)state;
    every_fault(MELDSIM_FIXTURES "/valid/minimal");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_fault_in_the_minimal_case),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
