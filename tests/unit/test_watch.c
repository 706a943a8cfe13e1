/*
 * test_watch.c: the pack watcher behind --watch sees the ways editors save (a write, a
 * temporary file renamed over, the folder deleted and made again), takes a burst as one
 * change, and ignores editors' side files and the neighbours of a .zip.
 * Design decision: every event is made before the wait that should see it, so a wait
 * that expects a change returns at once and no test depends on timing; only "nothing
 * changed" waits out its (short) timeout.
 */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "watch.h"

#define SEEN 5000    /* ms: a wait that must see a change (returns as soon as it does) */
#define UNSEEN 250   /* ms: a wait that must see nothing */

typedef struct Fixture {
    char dir[256];  /* this test's temporary folder */
    char pack[300]; /* dir/pack */
    char file[400]; /* dir/pack/scenario.lua */
} Fixture;

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "%s/meldsim-watch-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->pack, sizeof f->pack, "%s/pack", f->dir);
    snprintf(f->file, sizeof f->file, "%s/scenario.lua", f->pack);
    if (mkdir(f->pack, 0700) != 0)
        return -1;
    write_file(f->file, "return {}\n");
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    nftw(f->dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    free(f);
    return 0;
}

static Watch *open_watch(const char *path)
{
    Watch *w = NULL;
    MsError err;
    assert_int_equal(watch_open(path, &w, &err), MS_OK);
    assert_true(watch_fd(w) >= 0);
    return w;
}

static void test_write_is_a_change(void **state)
{
    Fixture *f = *state;
    Watch *w = open_watch(f->pack);
    assert_false(watch_wait(w, UNSEEN)); /* nothing yet */
    write_file(f->file, "return { id = 'x' }\n");
    assert_true(watch_wait(w, SEEN));
    assert_false(watch_wait(w, UNSEEN)); /* the write was one change */
    watch_close(w);
}

static void test_rename_over_is_a_change(void **state)
{
    Fixture *f = *state;
    Watch *w = open_watch(f->pack);
    char tmp[500];
    snprintf(tmp, sizeof tmp, "%s/.scenario.lua.tmp", f->pack);
    write_file(tmp, "return { id = 'y' }\n");
    assert_false(watch_wait(w, UNSEEN)); /* a hidden temporary file alone is no change */
    assert_int_equal(rename(tmp, f->file), 0);
    assert_true(watch_wait(w, SEEN));
    watch_close(w);
}

static void test_folder_deleted_and_made_again(void **state)
{
    Fixture *f = *state;
    Watch *w = open_watch(f->pack);
    nftw(f->pack, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    assert_true(watch_wait(w, SEEN)); /* gone is a change too: the reload says what is wrong */
    assert_int_equal(mkdir(f->pack, 0700), 0);
    write_file(f->file, "return {}\n");
    assert_true(watch_wait(w, SEEN));
    write_file(f->file, "return { id = 'z' }\n"); /* the new folder is watched */
    assert_true(watch_wait(w, SEEN));
    watch_close(w);
}

static void test_folder_renamed_over(void **state)
{
    Fixture *f = *state;
    Watch *w = open_watch(f->pack);
    char other[400], other_file[500], old[400];
    snprintf(other, sizeof other, "%s/pack.new", f->dir);
    snprintf(other_file, sizeof other_file, "%s/scenario.lua", other);
    snprintf(old, sizeof old, "%s/pack.old", f->dir);
    assert_int_equal(mkdir(other, 0700), 0);
    write_file(other_file, "return {}\n");
    assert_int_equal(rename(f->pack, old), 0);
    assert_int_equal(rename(other, f->pack), 0);
    assert_true(watch_wait(w, SEEN));
    write_file(f->file, "return { id = 'n' }\n");
    assert_true(watch_wait(w, SEEN));
    char old_file[500];
    snprintf(old_file, sizeof old_file, "%s/scenario.lua", old);
    write_file(old_file, "x"); /* the old folder is no longer the pack */
    assert_false(watch_wait(w, UNSEEN));
    watch_close(w);
}

static void test_burst_is_one_change(void **state)
{
    Fixture *f = *state;
    Watch *w = open_watch(f->pack);
    for (int i = 0; i < 50; i++)
        write_file(f->file, i % 2 ? "return {}\n" : "return { }\n");
    assert_true(watch_wait(w, SEEN));
    assert_false(watch_wait(w, UNSEEN));
    watch_close(w);
}

static void test_side_files_are_ignored(void **state)
{
    Fixture *f = *state;
    Watch *w = open_watch(f->pack);
    char path[500];
    snprintf(path, sizeof path, "%s/.scenario.lua.swp", f->pack);
    write_file(path, "x");
    snprintf(path, sizeof path, "%s/scenario.lua~", f->pack);
    write_file(path, "x");
    snprintf(path, sizeof path, "%s/4913", f->pack);
    write_file(path, "x");
    remove(path);
    assert_false(watch_wait(w, UNSEEN));
    watch_close(w);
}

static void test_zip_watched_by_name(void **state)
{
    Fixture *f = *state;
    char zip[400], neighbour[400];
    snprintf(zip, sizeof zip, "%s/case.zip", f->dir);
    snprintf(neighbour, sizeof neighbour, "%s/other.zip", f->dir);
    write_file(zip, "PK");
    Watch *w = open_watch(zip);
    write_file(neighbour, "PK");
    assert_false(watch_wait(w, UNSEEN));
    char tmp[400];
    snprintf(tmp, sizeof tmp, "%s/case.zip.part", f->dir);
    write_file(tmp, "PK2");
    assert_int_equal(rename(tmp, zip), 0);
    assert_true(watch_wait(w, SEEN));
    write_file(zip, "PK3");
    assert_true(watch_wait(w, SEEN));
    watch_close(w);
}

static void test_stop_ends_a_wait(void **state)
{
    Fixture *f = *state;
    Watch *w = open_watch(f->pack);
    watch_stop(w);
    assert_false(watch_wait(w, -1)); /* would block for ever without the stop */
    watch_close(w);
}

static void test_missing_path(void **state)
{
    Fixture *f = *state;
    char path[400];
    snprintf(path, sizeof path, "%s/nergens", f->dir);
    Watch *w = NULL;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(watch_open(path, &w, &err), MS_ERR_NOT_FOUND);
    assert_null(w);
    assert_non_null(strstr(err.file, "nergens"));
    watch_close(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_write_is_a_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rename_over_is_a_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_folder_deleted_and_made_again, setup, teardown),
        cmocka_unit_test_setup_teardown(test_folder_renamed_over, setup, teardown),
        cmocka_unit_test_setup_teardown(test_burst_is_one_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_side_files_are_ignored, setup, teardown),
        cmocka_unit_test_setup_teardown(test_zip_watched_by_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stop_ends_a_wait, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_path, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
