/*
 * test_zipcheck.c: zipcheck_buffer accepts plain packs and refuses hostile archives.
 * Design decision: every archive is built in memory by zip_writer.h and then has one
 * header field corrupted, so each case names the exact pattern it refuses.
 */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../fixtures/zip/zip_writer.h"
#include "zipcheck.h"

static const char scenario_lua[] = "return { format = 1, id = \"voorbeeld\" }\n";

/* A small valid pack: a folder entry, a stored scenario.lua, a deflated image. */
static void build_pack(ZipWriter *zw)
{
    static const char png[] = "\x89PNG not really an image";
    zw_init(zw);
    zw_add(zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
    zw_add_dir(zw, "images/");
    zw_add_deflated(zw, "images/tim.png", png, sizeof png - 1);
    zw_finish(zw, "a comment");
}

static MsStatus check(const ZipWriter *zw, MsError *err)
{
    ms_error_clear(err);
    return zipcheck_buffer(zw->data, zw->len, NULL, "packs/x.zip", err);
}

static void assert_refused(const ZipWriter *zw, const char *fragment)
{
    MsError err;
    assert_int_equal(check(zw, &err), MS_ERR_REFUSED);
    assert_int_equal(err.code, MS_ERR_REFUSED);
    assert_string_equal(err.file, "packs/x.zip");
    if (!strstr(err.message, fragment))
        fail_msg("message '%s' lacks '%s'", err.message, fragment);
}

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void test_default_limits(void **state)
{
    (void)state;
    ZipLimits l;
    zipcheck_default_limits(&l);
    assert_int_equal(l.max_entries, 2000);
    assert_int_equal(l.max_entry_size, 16u * 1024u * 1024u);
    assert_int_equal(l.max_total_size, 64u * 1024u * 1024u);
    assert_int_equal(l.max_ratio, 100);
    assert_int_equal(l.max_name_length, 255);
}

static void test_valid_pack_accepted(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    build_pack(&zw);
    assert_int_equal(check(&zw, &err), MS_OK);
    zw_free(&zw);

    zw_init(&zw); /* an empty archive is harmless */
    zw_finish(&zw, NULL);
    assert_int_equal(check(&zw, &err), MS_OK);
    zw_free(&zw);
}

static void test_not_a_zip_refused(void **state)
{
    (void)state;
    static const unsigned char text[] = "return { format = 1 } -- a Lua file, not an archive";
    MsError err;
    assert_int_equal(zipcheck_buffer(text, sizeof text - 1, NULL, "a.zip", &err), MS_ERR_REFUSED);
    assert_string_equal(err.message, "not a ZIP archive");
    assert_string_equal(err.file, "a.zip");
    assert_int_equal(zipcheck_buffer(text, 0, NULL, "a.zip", &err), MS_ERR_REFUSED);
    assert_int_equal(zipcheck_buffer(NULL, 0, NULL, "a.zip", &err), MS_ERR_REFUSED);
}

static void test_every_truncation_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    build_pack(&zw);
    for (size_t len = 0; len < zw.len; len++) {
        if (zipcheck_buffer(zw.data, len, NULL, "cut.zip", &err) != MS_ERR_REFUSED)
            fail_msg("archive cut to %zu of %zu bytes was accepted", len, zw.len);
    }
    zw_free(&zw);
}

static void test_data_around_archive_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    build_pack(&zw);
    unsigned char *longer = malloc(zw.len + 3);
    assert_non_null(longer);
    memcpy(longer, zw.data, zw.len);
    memcpy(longer + zw.len, "xyz", 3);
    assert_int_equal(zipcheck_buffer(longer, zw.len + 3, NULL, "x.zip", &err), MS_ERR_REFUSED);
    free(longer);

    /* The central directory claims to start later than it does. */
    zw_set32(&zw, zw.eocd + ZW_EOCD_CD_OFFSET, (uint32_t)zw.central[0] + 1);
    assert_refused(&zw, "central directory lies outside");
    zw_set32(&zw, zw.eocd + ZW_EOCD_CD_OFFSET, 0x7FFFFFF0u);
    assert_refused(&zw, "central directory lies outside");
    zw_free(&zw);
}

static void test_declared_ratio_bomb_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    char buf[1024];
    static unsigned char zeros[1000];
    zw_init(&zw);
    zw_add(&zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
    zw_add(&zw, "data.bin", zeros, sizeof zeros);
    zw_finish(&zw, NULL);
    zw_set16(&zw, zw.central[1] + ZW_CD_METHOD, 8);
    zw_set32(&zw, zw.central[1] + ZW_CD_UNCOMPRESSED, 5000u * 1000u);
    assert_int_equal(check(&zw, &err), MS_ERR_REFUSED);
    assert_string_equal(err.message, "entry 2 'data.bin' expands 5000 times (limit 100)");
    assert_string_equal(ms_error_format(&err, buf, sizeof buf),
                        "packs/x.zip: entry 2 'data.bin' expands 5000 times (limit 100)");

    /* Up to the limit is fine, and small entries may compress as well as they like. */
    zw_set32(&zw, zw.central[1] + ZW_CD_UNCOMPRESSED, 100u * 1000u);
    assert_int_equal(check(&zw, &err), MS_OK);
    zw_set32(&zw, zw.central[1] + ZW_CD_COMPRESSED, 0);
    zw_set32(&zw, zw.central[1] + ZW_CD_UNCOMPRESSED, 64u * 1024u);
    assert_int_equal(check(&zw, &err), MS_OK); /* 64 KB from nothing is under the floor */
    zw_set32(&zw, zw.central[1] + ZW_CD_UNCOMPRESSED, 64u * 1024u + 1u);
    assert_refused(&zw, "expands from nothing");
    zw_free(&zw);
}

static void test_size_limits_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    static unsigned char bytes[4000];
    zw_init(&zw);
    for (int i = 0; i < 4; i++) {
        char name[16];
        snprintf(name, sizeof name, "part%d.bin", i);
        zw_add(&zw, name, bytes, sizeof bytes);
    }
    zw_finish(&zw, NULL);

    ZipLimits limits;
    zipcheck_default_limits(&limits);
    limits.max_entry_size = 3999;
    assert_int_equal(zipcheck_buffer(zw.data, zw.len, &limits, "p.zip", &err), MS_ERR_REFUSED);
    assert_string_equal(err.message, "entry 1 'part0.bin' is 4000 bytes unpacked (limit 3999)");

    zipcheck_default_limits(&limits);
    limits.max_total_size = 10000;
    assert_int_equal(zipcheck_buffer(zw.data, zw.len, &limits, "p.zip", &err), MS_ERR_REFUSED);
    assert_non_null(
        strstr(err.message, "entry 3 'part2.bin' brings the unpacked total over 10000"));

    /* The default per-entry limit: a declared 17 MB entry. */
    zw_set16(&zw, zw.central[0] + ZW_CD_METHOD, 8);
    zw_set32(&zw, zw.central[0] + ZW_CD_UNCOMPRESSED, 17u * 1024u * 1024u);
    assert_refused(&zw, "entry 1 'part0.bin' is 17825792 bytes unpacked (limit 16777216)");
    zw_free(&zw);
}

static void test_entry_flood_refused_fast(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    struct timespec start;
    zw_init(&zw);
    for (int i = 0; i < 100000; i++) {
        char name[16];
        snprintf(name, sizeof name, "f%06d", i);
        zw_add(&zw, name, "", 0);
    }
    zw_finish(&zw, NULL); /* the 16-bit count field holds 100000 mod 65536 = 34464 */

    clock_gettime(CLOCK_MONOTONIC, &start);
    assert_int_equal(check(&zw, &err), MS_ERR_REFUSED);
    double plain = seconds_since(&start);
    assert_string_equal(err.message, "has 34464 entries (limit 2000)");

    /* Declaring a count within the limit does not help: the directory holds more. */
    zw_set16(&zw, zw.eocd + ZW_EOCD_ENTRIES, 3);
    zw_set16(&zw, zw.eocd + ZW_EOCD_DISK_ENTRIES, 3);
    clock_gettime(CLOCK_MONOTONIC, &start);
    assert_int_equal(check(&zw, &err), MS_ERR_REFUSED);
    double lying = seconds_since(&start);
    assert_non_null(strstr(err.message, "holds more than the 3 entries declared"));

    /* Even with the entry limit lifted, walking the whole flood is quick. */
    ZipLimits limits;
    zipcheck_default_limits(&limits);
    limits.max_entries = 100000;
    zw_set16(&zw, zw.eocd + ZW_EOCD_ENTRIES, 34464);
    zw_set16(&zw, zw.eocd + ZW_EOCD_DISK_ENTRIES, 34464);
    clock_gettime(CLOCK_MONOTONIC, &start);
    assert_int_equal(zipcheck_buffer(zw.data, zw.len, &limits, "f.zip", &err), MS_ERR_REFUSED);
    double walked = seconds_since(&start);
    assert_non_null(strstr(err.message, "holds more than the 34464 entries declared"));

    printf("# entry flood: refused in %.6f s, %.6f s, %.6f s\n", plain, lying, walked);
    assert_true(plain < 1.0);
    assert_true(lying < 1.0);
    assert_true(walked < 1.0);
    zw_free(&zw);
}

static void test_declared_count_disagrees_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    build_pack(&zw);
    zw_set16(&zw, zw.eocd + ZW_EOCD_ENTRIES, 4);
    zw_set16(&zw, zw.eocd + ZW_EOCD_DISK_ENTRIES, 4);
    assert_refused(&zw, "holds fewer entries than the 4 declared");
    zw_set16(&zw, zw.eocd + ZW_EOCD_ENTRIES, 2);
    zw_set16(&zw, zw.eocd + ZW_EOCD_DISK_ENTRIES, 2);
    assert_refused(&zw, "holds more than the 2 entries declared");
    zw_free(&zw);
}

static void test_symlink_and_special_files_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    build_pack(&zw);
    zw_set32(&zw, zw.central[0] + ZW_CD_EXTERNAL, ZW_UNIX_LINK);
    assert_refused(&zw, "entry 1 'scenario.lua' is a symbolic link");
    zw_set32(&zw, zw.central[0] + ZW_CD_EXTERNAL, ((uint32_t)0010644u) << 16); /* a FIFO */
    assert_refused(&zw, "entry 1 'scenario.lua' is neither a file nor a folder");
    /* The same bits from an MS-DOS host (0) mean nothing: accepted. */
    zw_set16(&zw, zw.central[0] + ZW_CD_MADE_BY, 20);
    assert_int_equal(check(&zw, &err), MS_OK);
    zw_free(&zw);
}

static void test_unsafe_names_refused(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        size_t len;
        const char *why;
    } cases[] = {
        {"../evil", 7, "'..' segment"},
        {"images/../../evil", 17, "'..' segment"},
        {"images/..", 9, "'..' segment"},
        {"/abs", 4, "absolute name"},
        {"C:/windows", 10, "drive letter"},
        {"c:evil", 6, "drive letter"},
        {"images\\tim.png", 14, "backslash"},
        {"scen\0ario.lua", 13, "NUL byte"},
        {"./scenario.lua", 14, "'.' segment"},
        {"images//tim.png", 15, "empty segment"},
        {"", 0, "empty name"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ZipWriter zw;
        MsError err;
        zw_init(&zw);
        zw_add(&zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
        zw_add_raw(&zw, cases[i].name, cases[i].len, 0, "x", 1, 1,
                   zw_crc32((const unsigned char *)"x", 1), ZW_UNIX_FILE);
        zw_finish(&zw, NULL);
        if (check(&zw, &err) != MS_ERR_REFUSED)
            fail_msg("name %zu was accepted", i);
        if (!strstr(err.message, "entry 2 '") || !strstr(err.message, cases[i].why))
            fail_msg("name %zu: message '%s' lacks '%s'", i, err.message, cases[i].why);
        zw_free(&zw);
    }
}

static void test_clean_names_and_name_length(void **state)
{
    (void)state;
    ZipWriter zw;
    MsError err;
    char name[300];
    zw_init(&zw);
    zw_add(&zw, "a..b/..hidden/.x", "y", 1);
    memset(name, 'n', 255);
    name[255] = '\0';
    zw_add(&zw, name, "y", 1);
    zw_finish(&zw, NULL);
    assert_int_equal(check(&zw, &err), MS_OK);
    zw_free(&zw);

    memset(name, 'n', 256);
    name[256] = '\0';
    zw_init(&zw);
    zw_add(&zw, name, "y", 1);
    zw_finish(&zw, NULL);
    assert_refused(&zw, "has too long a name");
    /* Quoted names are cut short and made printable. */
    assert_refused(&zw, "entry 1 'nnnnnnnnnn");
    assert_refused(&zw, "...' has too long a name");
    zw_free(&zw);
}

static void test_zip64_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    build_pack(&zw);
    zw_set16(&zw, zw.eocd + ZW_EOCD_ENTRIES, 0xFFFF);
    zw_set16(&zw, zw.eocd + ZW_EOCD_DISK_ENTRIES, 0xFFFF);
    assert_refused(&zw, "ZIP64");
    zw_free(&zw);

    build_pack(&zw);
    zw_set32(&zw, zw.eocd + ZW_EOCD_CD_OFFSET, 0xFFFFFFFFu);
    assert_refused(&zw, "ZIP64");
    zw_free(&zw);

    build_pack(&zw);
    zw_set32(&zw, zw.central[2] + ZW_CD_UNCOMPRESSED, 0xFFFFFFFFu);
    assert_refused(&zw, "entry 3 'images/tim.png' uses ZIP64");
    zw_free(&zw);

    /* A ZIP64 end-of-directory locator right before the end record. */
    zw_init(&zw);
    zw_add(&zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
    zw_finish(&zw, NULL);
    zw_set32(&zw, zw.eocd - 20, 0x07064b50u);
    assert_refused(&zw, "ZIP64");
    zw_free(&zw);
}

static void test_multi_disk_refused(void **state)
{
    (void)state;
    ZipWriter zw;
    build_pack(&zw);
    zw_set16(&zw, zw.eocd + ZW_EOCD_DISK, 1);
    assert_refused(&zw, "multi-disk");
    zw_free(&zw);

    build_pack(&zw);
    zw_set16(&zw, zw.eocd + ZW_EOCD_DISK_ENTRIES, 2);
    assert_refused(&zw, "multi-disk");
    zw_free(&zw);

    build_pack(&zw);
    zw_set16(&zw, zw.central[1] + ZW_CD_DISK, 2);
    assert_refused(&zw, "entry 2 'images/' lies on another disk");
    zw_free(&zw);
}

static void test_methods_and_encryption(void **state)
{
    (void)state;
    ZipWriter zw;
    build_pack(&zw);
    zw_set16(&zw, zw.central[0] + ZW_CD_METHOD, 12); /* bzip2 */
    assert_refused(&zw, "entry 1 'scenario.lua' uses a compression method other than");
    zw_free(&zw);

    build_pack(&zw);
    zw_set16(&zw, zw.central[0] + ZW_CD_FLAGS, 1);
    assert_refused(&zw, "entry 1 'scenario.lua' is encrypted");
    zw_free(&zw);

    build_pack(&zw);
    zw_set32(&zw, zw.central[0] + ZW_CD_UNCOMPRESSED, 5);
    assert_refused(&zw, "is stored but its sizes disagree");
    zw_free(&zw);
}

static void test_local_header_checked(void **state)
{
    (void)state;
    ZipWriter zw;
    const char *why = "entry 2 'images/' has a local header that is missing";

    build_pack(&zw); /* points at the middle of another entry */
    zw_set32(&zw, zw.central[1] + ZW_CD_LOCAL, (uint32_t)zw.local[1] + 3);
    assert_refused(&zw, why);
    zw_free(&zw);

    build_pack(&zw); /* points into the central directory */
    zw_set32(&zw, zw.central[1] + ZW_CD_LOCAL, (uint32_t)zw.central[0]);
    assert_refused(&zw, why);
    zw_free(&zw);

    build_pack(&zw); /* points past the end */
    zw_set32(&zw, zw.central[1] + ZW_CD_LOCAL, 0x7FFFFFFFu);
    assert_refused(&zw, why);
    zw_free(&zw);

    build_pack(&zw); /* the local header names something shorter */
    zw_set16(&zw, zw.local[1] + ZW_LOCAL_NAME_LEN, 3);
    assert_refused(&zw, why);
    zw_free(&zw);

    build_pack(&zw); /* the local header names something else */
    zw.data[zw.local[1] + 30] = 'X';
    assert_refused(&zw, why);
    zw_free(&zw);

    build_pack(&zw); /* the data would run into the central directory */
    zw_set16(&zw, zw.central[2] + ZW_CD_COMPRESSED, 5000);
    assert_refused(&zw, "entry 3 'images/tim.png' has a local header");
    zw_free(&zw);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_limits),
        cmocka_unit_test(test_valid_pack_accepted),
        cmocka_unit_test(test_not_a_zip_refused),
        cmocka_unit_test(test_every_truncation_refused),
        cmocka_unit_test(test_data_around_archive_refused),
        cmocka_unit_test(test_declared_ratio_bomb_refused),
        cmocka_unit_test(test_size_limits_refused),
        cmocka_unit_test(test_entry_flood_refused_fast),
        cmocka_unit_test(test_declared_count_disagrees_refused),
        cmocka_unit_test(test_symlink_and_special_files_refused),
        cmocka_unit_test(test_unsafe_names_refused),
        cmocka_unit_test(test_clean_names_and_name_length),
        cmocka_unit_test(test_zip64_refused),
        cmocka_unit_test(test_multi_disk_refused),
        cmocka_unit_test(test_methods_and_encryption),
        cmocka_unit_test(test_local_header_checked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
