/*
 * test_records_faults_case.c: every storage fault (fault_play.h) over a whole
 * playthrough of a shipped case, pieter-en-suzan (18 answers, one taken back).
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "fault_play.h"

static void every_fault_in_a_shipped_case(void **state)
{
    (void)state;
    every_fault("pieter-en-suzan");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_fault_in_a_shipped_case),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
