/*
 * test_library.c: from a SCENARIO argument to a loaded case: installed ids,
 * paths, unknown names, and the same pack opened twice.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "library.h"
#include "vfs.h"

static Meldcode *mc;

static int setup(void **state)
{
    (void)state;
    MsError err;
    setenv("MELDSIM_ROOT", MELDSIM_SOURCE_ROOT, 1);
    if (vfs_init(NULL, &err) != MS_OK || meldcode_load(&mc, &err) != MS_OK) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    meldcode_free(mc);
    vfs_quit();
    return 0;
}

static void lists_shipped_cases(void **state)
{
    (void)state;
    LibraryList list;
    MsError err;
    assert_int_equal(library_list(&list, &err), MS_OK);
    bool found = false;
    for (size_t i = 0; i < list.count; i++)
        if (strcmp(list.packs[i].name, "pieter-en-suzan") == 0) {
            found = true;
            assert_string_equal(list.packs[i].display, "scenarios/pieter-en-suzan/scenario.lua");
        }
    assert_true(found);
    library_list_free(&list);
}

static void loads_by_path_and_names_chunk(void **state)
{
    (void)state;
    Scenario *sc = NULL;
    MsError err;
    assert_int_equal(library_load(MELDSIM_FIXTURES "/valid/minimal", mc, &sc, &err), MS_OK);
    assert_string_equal(sc->id, "voorbeeld");
    assert_string_equal(sc->source, "tests/fixtures/valid/minimal/scenario.lua");
    assert_non_null(sc->mount);
    scenario_free(sc);
}

static void unknown_id_is_not_found(void **state)
{
    (void)state;
    Scenario *sc = NULL;
    MsError err;
    assert_int_equal(library_load("bestaat-niet", mc, &sc, &err), MS_ERR_NOT_FOUND);
    assert_non_null(strstr(err.message, "no scenario 'bestaat-niet'"));
    assert_null(sc);
}

static void same_pack_twice_shares_its_mount(void **state)
{
    (void)state;
    Scenario *a = NULL, *b = NULL;
    MsError err;
    assert_int_equal(library_load(MELDSIM_FIXTURES "/valid/minimal", mc, &a, &err), MS_OK);
    assert_int_equal(library_load(MELDSIM_FIXTURES "/valid/minimal", mc, &b, &err), MS_OK);
    assert_string_equal(a->mount, b->mount);
    char path[128];
    snprintf(path, sizeof path, "%s/scenario.lua", b->mount);
    scenario_free(a);
    assert_true(vfs_exists(path)); /* b still has its pack */
    scenario_free(b);
    assert_false(vfs_exists(path));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lists_shipped_cases),
        cmocka_unit_test(loads_by_path_and_names_chunk),
        cmocka_unit_test(unknown_id_is_not_found),
        cmocka_unit_test(same_pack_twice_shares_its_mount),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
