/*
 * test_vfs.c: the vfs mounts assets and packs through PhysFS and refuses unsafe ones.
 * Design decision: every test works in its own temporary folder (packs written there,
 * XDG_DATA_HOME pointed there), so nothing touches the real home folder, and each
 * test starts from a fresh vfs_init and ends with vfs_quit.
 */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <physfs.h>

#include "../fixtures/zip/zip_writer.h"
#include "vfs.h"
#include "vfs_path.h"

#define PATH_LEN 1024

static const char scenario_lua[] = "return { format = 1, id = \"voorbeeld\" }\n";
static const char portrait[] = "\x89PNG pretend portrait";

typedef struct Fixture {
    char dir[256]; /* this test's temporary folder */
} Fixture;

static const char *join(char *out, const char *a, const char *b)
{
    if (snprintf(out, PATH_LEN, "%s/%s", a, b) >= PATH_LEN)
        fail_msg("path too long: %s/%s", a, b);
    return out;
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void make_dir(const char *path)
{
    assert_int_equal(mkdir(path, 0755), 0);
}

/* A valid pack: scenario.lua stored, a folder, a deflated portrait. */
static void write_pack_zip(const char *path)
{
    ZipWriter zw;
    zw_init(&zw);
    zw_add(&zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
    zw_add_dir(&zw, "images/");
    zw_add_deflated(&zw, "images/tim.png", portrait, sizeof portrait - 1);
    zw_finish(&zw, NULL);
    write_file(path, zw.data, zw.len);
    zw_free(&zw);
}

static void write_pack_folder(const char *path)
{
    char p[PATH_LEN];
    make_dir(path);
    write_file(join(p, path, "scenario.lua"), scenario_lua, sizeof scenario_lua - 1);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    Fixture *fx = calloc(1, sizeof *fx);
    char xdg[PATH_LEN];
    MsError err;
    if (!fx)
        return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/meldsim-test-vfs-XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    /* PhysFS reads XDG_DATA_HOME when the user folder is first asked for. */
    join(xdg, fx->dir, "xdg");
    if (setenv("XDG_DATA_HOME", xdg, 1) != 0)
        return -1;
    if (vfs_init(NULL, &err) != MS_OK) {
        fprintf(stderr, "vfs_init: %s\n", err.message);
        return -1;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fixture *fx = *state;
    vfs_quit();
    nftw(fx->dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(fx);
    return 0;
}

static void assert_contains(const char *text, const char *fragment)
{
    if (!strstr(text, fragment))
        fail_msg("'%s' lacks '%s'", text, fragment);
}

static void test_init_mounts_assets_and_restarts(void **state)
{
    (void)state;
    MsError err;
    char *text = NULL;
    size_t len = 0;
    assert_non_null(vfs_root());
    assert_true(vfs_exists(VFS_ASSETS "/meldcode.json"));
    assert_int_equal(vfs_read_file(VFS_ASSETS "/meldcode.json", VFS_FILE_MAX, &text, &len, &err),
                     MS_OK);
    assert_true(len > 0);
    assert_int_equal(strlen(text), len);
    free(text);

    vfs_quit();
    assert_false(vfs_exists(VFS_ASSETS "/meldcode.json"));
    assert_null(vfs_root());
    assert_int_equal(vfs_init(NULL, &err), MS_OK);
    assert_true(vfs_exists(VFS_ASSETS "/meldcode.json"));
    /* A second init while running is harmless. */
    assert_int_equal(vfs_init(NULL, &err), MS_OK);
}

static void test_init_skips_root_without_assets(void **state)
{
    Fixture *fx = *state;
    MsError err;
    const char *old = getenv("MELDSIM_ROOT");
    char *saved = old ? strdup(old) : NULL;
    vfs_quit();
    setenv("MELDSIM_ROOT", fx->dir, 1); /* no assets/ here: the next candidates are used */
    assert_int_equal(vfs_init(NULL, &err), MS_OK);
    assert_string_not_equal(vfs_root(), fx->dir);
    assert_true(vfs_exists(VFS_ASSETS "/meldcode.json"));
    if (saved)
        setenv("MELDSIM_ROOT", saved, 1);
    else
        unsetenv("MELDSIM_ROOT");
    free(saved);
}

/* The test looks at PhysFS directly: only the ZIP reader may be left to see pack bytes. */
static void test_only_zip_archiver_registered(void **state)
{
    (void)state;
    const PHYSFS_ArchiveInfo **types = PHYSFS_supportedArchiveTypes();
    assert_non_null(types);
    assert_non_null(types[0]);
    assert_string_equal(types[0]->extension, "ZIP");
    assert_null(types[1]);
    assert_false(PHYSFS_symbolicLinksPermitted());
}

static void test_zip_pack_mounts_from_memory(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char zip[PATH_LEN];
    char *text = NULL;
    size_t len = 0;
    write_pack_zip(join(zip, fx->dir, "good.zip"));
    assert_int_equal(vfs_mount_pack(zip, "/pack", &err), MS_OK);
    /* What was vetted is what is mounted: the file on disk no longer matters. */
    assert_int_equal(unlink(zip), 0);

    assert_int_equal(vfs_read_file("/pack/scenario.lua", VFS_FILE_MAX, &text, &len, &err), MS_OK);
    assert_int_equal(len, sizeof scenario_lua - 1);
    assert_string_equal(text, scenario_lua);
    free(text);
    assert_int_equal(vfs_read_file("/pack/images/tim.png", VFS_FILE_MAX, &text, &len, &err), MS_OK);
    assert_int_equal(len, sizeof portrait - 1);
    assert_memory_equal(text, portrait, len);
    free(text);

    /* Same place again is fine; somewhere else is not. */
    assert_int_equal(vfs_mount_pack(zip, "/pack", &err), MS_OK);
    assert_int_equal(vfs_mount_pack(zip, "/elders", &err), MS_ERR_REFUSED);
    assert_contains(err.message, "already mounted at /pack");

    vfs_unmount_pack(zip);
    assert_false(vfs_exists("/pack/scenario.lua"));
}

static void test_not_a_zip_refused(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char path[PATH_LEN];
    join(path, fx->dir, "scenario.zip");
    write_file(path, scenario_lua, sizeof scenario_lua - 1);
    assert_int_equal(vfs_mount_pack(path, "/pack", &err), MS_ERR_REFUSED);
    assert_string_equal(err.message, "not a ZIP archive");
    assert_string_equal(err.file, path);
    assert_false(vfs_exists("/pack/scenario.lua"));

    join(path, fx->dir, "notes.txt"); /* any regular file is treated as an archive */
    write_file(path, "notes", 5);
    assert_int_equal(vfs_mount_pack(path, "/pack", &err), MS_ERR_REFUSED);
    assert_string_equal(err.message, "not a ZIP archive");
}

static void test_truncated_zip_refused(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char path[PATH_LEN];
    ZipWriter zw;
    zw_init(&zw);
    zw_add(&zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
    zw_finish(&zw, NULL);
    write_file(join(path, fx->dir, "cut.zip"), zw.data, zw.len - 7);
    zw_free(&zw);
    assert_int_equal(vfs_mount_pack(path, "/pack", &err), MS_ERR_REFUSED);
    assert_string_equal(err.file, path);
    assert_false(vfs_exists("/pack/scenario.lua"));
}

static void test_zip_bomb_refused(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char path[PATH_LEN];
    char shown[2048];
    char expected[2048];
    static unsigned char zeros[2000];
    ZipWriter zw;
    zw_init(&zw);
    zw_add(&zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
    zw_add(&zw, "images/huge.png", zeros, sizeof zeros);
    zw_finish(&zw, NULL);
    zw_set16(&zw, zw.central[1] + ZW_CD_METHOD, 8);
    zw_set32(&zw, zw.central[1] + ZW_CD_UNCOMPRESSED, 10u * 1024u * 1024u);
    write_file(join(path, fx->dir, "bomb.zip"), zw.data, zw.len);
    zw_free(&zw);

    assert_int_equal(vfs_mount_pack(path, "/pack", &err), MS_ERR_REFUSED);
    snprintf(expected, sizeof expected,
             "%s: entry 2 'images/huge.png' expands 5242 times (limit 100)", path);
    assert_string_equal(ms_error_format(&err, shown, sizeof shown), expected);
    assert_false(vfs_exists("/pack/scenario.lua"));
}

static void test_symlink_entry_refused(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char path[PATH_LEN];
    ZipWriter zw;
    zw_init(&zw);
    zw_add(&zw, "scenario.lua", scenario_lua, sizeof scenario_lua - 1);
    zw_add_raw(&zw, "images/passwd", 13, 0, "/etc/passwd", 11, 11,
               zw_crc32((const unsigned char *)"/etc/passwd", 11), ZW_UNIX_LINK);
    zw_finish(&zw, NULL);
    write_file(join(path, fx->dir, "link.zip"), zw.data, zw.len);
    zw_free(&zw);
    assert_int_equal(vfs_mount_pack(path, "/pack", &err), MS_ERR_REFUSED);
    assert_string_equal(err.message, "entry 2 'images/passwd' is a symbolic link");
}

static void test_folder_pack_mounts(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char folder[PATH_LEN];
    char with_dots[PATH_LEN];
    char *text = NULL;
    size_t len = 0;
    write_pack_folder(join(folder, fx->dir, "map"));
    /* ".." in a real path is fine; the trailing slash too. */
    if (snprintf(with_dots, sizeof with_dots, "%s/map/../map/", fx->dir) >= (int)sizeof with_dots)
        fail_msg("path too long");
    assert_int_equal(vfs_mount_pack(with_dots, "/casus", &err), MS_OK);
    assert_int_equal(vfs_read_file("/casus/scenario.lua", VFS_FILE_MAX, &text, &len, &err), MS_OK);
    assert_string_equal(text, scenario_lua);
    free(text);
    /* A folder pack is read-only through the vfs and cannot be climbed out of. */
    assert_int_equal(
        vfs_read_file("/casus/../assets/meldcode.json", VFS_FILE_MAX, &text, &len, &err),
        MS_ERR_REFUSED);
    assert_null(text);
    vfs_unmount_pack(with_dots);
    assert_false(vfs_exists("/casus/scenario.lua"));
}

static void test_missing_and_bad_mounts(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char path[PATH_LEN];
    join(path, fx->dir, "nergens.zip");
    assert_int_equal(vfs_mount_pack(path, "/pack", &err), MS_ERR_NOT_FOUND);
    assert_string_equal(err.file, path);
    join(path, fx->dir, "geen/map/nergens.zip");
    assert_int_equal(vfs_mount_pack(path, "/pack", &err), MS_ERR_NOT_FOUND);
    assert_string_equal(err.file, path);

    write_pack_folder(join(path, fx->dir, "map"));
    assert_int_equal(vfs_mount_pack(path, "pack", &err), MS_ERR_INVALID);
    assert_contains(err.message, "must be an absolute path");
    assert_int_equal(vfs_mount_pack(path, NULL, &err), MS_ERR_INVALID);
    assert_int_equal(vfs_mount_pack("", "/pack", &err), MS_ERR_INVALID);
    vfs_unmount_pack(path); /* never mounted: nothing happens */
}

static void test_read_file_cap(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char folder[PATH_LEN];
    char path[PATH_LEN];
    char *text = NULL;
    size_t len = 0;
    static char big[200000];
    memset(big, 'a', sizeof big);
    write_pack_folder(join(folder, fx->dir, "map"));
    write_file(join(path, folder, "big.txt"), big, sizeof big);
    assert_int_equal(vfs_mount_pack(folder, "/casus", &err), MS_OK);

    assert_int_equal(vfs_read_file("/casus/big.txt", sizeof big - 1, &text, &len, &err),
                     MS_ERR_REFUSED);
    assert_null(text);
    assert_string_equal(err.message, "file is larger than 199999 bytes");
    assert_string_equal(err.file, "/casus/big.txt");

    assert_int_equal(vfs_read_file("/casus/big.txt", sizeof big, &text, &len, &err), MS_OK);
    assert_int_equal(len, sizeof big);
    assert_int_equal(text[len], '\0');
    assert_memory_equal(text, big, len);
    free(text);

    assert_int_equal(vfs_read_file("/casus/big.txt", 10, &text, &len, &err), MS_ERR_REFUSED);
    assert_int_equal(vfs_read_file("/casus/nope.txt", 10, &text, &len, &err), MS_ERR_NOT_FOUND);
    assert_string_equal(err.file, "/casus/nope.txt");
}

static void test_remount_cycles_and_clashes(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char zip[PATH_LEN], assets[PATH_LEN];
    char *text = NULL;
    size_t len = 0;
    write_pack_zip(join(zip, fx->dir, "good.zip"));
    /* Every cycle reads the archive afresh; under the sanitizer a leaked copy would show. */
    for (int i = 0; i < 50; i++) {
        assert_int_equal(vfs_mount_pack(zip, "/pack", &err), MS_OK);
        assert_int_equal(vfs_read_file("/pack/scenario.lua", VFS_FILE_MAX, &text, &len, &err),
                         MS_OK);
        assert_string_equal(text, scenario_lua);
        free(text);
        vfs_unmount_pack(zip);
    }
    assert_false(vfs_exists("/pack/scenario.lua"));
    /* The assets folder is mounted already: mounting it again as a pack must not take it. */
    join(assets, vfs_root(), "assets");
    assert_int_equal(vfs_mount_pack(assets, "/pack", &err), MS_ERR_REFUSED);
    assert_contains(err.message, "is mounted already");
    vfs_unmount_pack(assets);
    assert_true(vfs_exists(VFS_ASSETS "/meldcode.json"));
}

static void test_path_helpers(void **state)
{
    (void)state;
    char *s, *dir, *base;
    s = vfs_path_join("a/", "b");
    assert_string_equal(s, "a/b");
    free(s);
    s = vfs_path_join("a", "b");
    assert_string_equal(s, "a/b");
    free(s);
    s = vfs_path_trimmed("a/b///");
    assert_string_equal(s, "a/b");
    free(s);
    s = vfs_path_trimmed("/");
    assert_string_equal(s, "/");
    free(s);
    s = vfs_path_dir_name("packs/", VFS_PATH_PROBE_SUFFIX);
    assert_string_equal(s, "packs/.");
    free(s);
    assert_true(vfs_path_split("/tmp/x.zip", &dir, &base));
    assert_string_equal(dir, "/tmp/.");
    assert_string_equal(base, "x.zip");
    free(dir);
    free(base);
    assert_true(vfs_path_split("x.zip", &dir, &base));
    assert_string_equal(dir, "./.");
    assert_string_equal(base, "x.zip");
    free(dir);
    free(base);
    assert_true(vfs_path_split("/x.zip", &dir, &base));
    assert_string_equal(dir, "/.");
    free(dir);
    free(base);
    assert_true(vfs_path_is_relative("saves/voortgang.json"));
    assert_true(vfs_path_is_relative("a..b"));
    assert_false(vfs_path_is_relative("saves/../x"));
    assert_false(vfs_path_is_relative("./x"));
    assert_false(vfs_path_is_relative("a//b"));
    assert_false(vfs_path_is_relative(".."));
    assert_true(vfs_path_same_ascii("zip", "ZIP"));
    assert_false(vfs_path_same_ascii("zip", "ZIPS"));
}

typedef struct Visits {
    int count;
    char names[16][64];
    char paths[16][PATH_LEN];
    int mount_failures;
} Visits;

static void visit_pack(const char *real_path, const char *name, void *user)
{
    Visits *v = user;
    MsError err;
    if (v->count < 16) {
        snprintf(v->names[v->count], sizeof v->names[0], "%s", name);
        snprintf(v->paths[v->count], sizeof v->paths[0], "%s", real_path);
    }
    v->count++;
    /* The visitor may mount what it is given: nothing of the listing is still mounted. */
    if (vfs_mount_pack(real_path, "/visit", &err) != MS_OK) {
        fprintf(stderr, "mounting %s: %s\n", real_path, err.message);
        v->mount_failures++;
    } else if (!vfs_exists("/visit/scenario.lua")) {
        v->mount_failures++;
    }
    vfs_unmount_pack(real_path);
}

static void test_each_installed_pack(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char root[PATH_LEN], p[PATH_LEN], q[PATH_LEN], expected[PATH_LEN];
    char *json = NULL;
    size_t json_len = 0;
    const char *old = getenv("MELDSIM_ROOT");
    char *saved = old ? strdup(old) : NULL;
    Visits v;
    memset(&v, 0, sizeof v);

    /* An install root with its own assets and scenarios. */
    assert_int_equal(
        vfs_read_file(VFS_ASSETS "/meldcode.json", VFS_FILE_MAX, &json, &json_len, &err), MS_OK);
    make_dir(join(root, fx->dir, "root"));
    make_dir(join(p, root, "assets"));
    write_file(join(q, p, "meldcode.json"), json, json_len);
    free(json);
    make_dir(join(p, root, "scenarios"));
    write_pack_folder(join(q, p, "b-folder"));
    write_pack_zip(join(q, p, "a.zip"));
    make_dir(join(q, p, "c-no-scenario"));
    write_file(join(q, p, "notes.txt"), "x", 1);

    setenv("MELDSIM_ROOT", root, 1);
    vfs_quit();
    assert_int_equal(vfs_init(NULL, &err), MS_OK);
    assert_string_equal(vfs_root(), root);

    /* The user's own packs. */
    const char *user = vfs_user_dir(&err);
    assert_non_null(user);
    join(p, user, "scenarios");
    write_pack_zip(join(q, p, "u.zip"));
    write_pack_folder(join(q, p, "t-folder"));

    assert_int_equal(vfs_each_installed_pack(visit_pack, &v, &err), MS_OK);
    assert_int_equal(v.count, 4);
    assert_int_equal(v.mount_failures, 0);
    assert_string_equal(v.names[0], "a");
    assert_string_equal(v.paths[0], join(expected, root, "scenarios/a.zip"));
    assert_string_equal(v.names[1], "b-folder");
    assert_string_equal(v.paths[1], join(expected, root, "scenarios/b-folder"));
    assert_string_equal(v.names[2], "t-folder");
    assert_string_equal(v.names[3], "u");
    assert_non_null(strstr(v.paths[3], "/xdg/meldsim/"));
    assert_non_null(strstr(v.paths[3], "scenarios/u.zip"));

    if (saved)
        setenv("MELDSIM_ROOT", saved, 1);
    else
        unsetenv("MELDSIM_ROOT");
    free(saved);
}

static void test_user_dir_under_xdg(void **state)
{
    Fixture *fx = *state;
    MsError err;
    char expected[PATH_LEN];
    char scenarios[PATH_LEN];
    struct stat st;
    const char *user = vfs_user_dir(&err);
    assert_non_null(user);
    if (snprintf(expected, sizeof expected, "%s/xdg/meldsim/", fx->dir) >= (int)sizeof expected)
        fail_msg("path too long");
    assert_string_equal(user, expected);
    assert_int_equal(stat(join(scenarios, user, "scenarios"), &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_ptr_equal(vfs_user_dir(&err), user); /* made once */
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (!d)
        return -1;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

static void test_write_file_atomic(void **state)
{
    (void)state;
    MsError err;
    char path[PATH_LEN], dir[PATH_LEN];
    static const char first[] = "{\"voortgang\": [1, 2, 3], \"klaar\": false}";
    static const char second[] = "{\"klaar\": true}";
    size_t len = 0;
    const char *user = vfs_user_dir(&err);
    assert_non_null(user);
    join(dir, user, "saves");
    join(path, dir, "voortgang.json");

    assert_int_equal(vfs_write_file_atomic("saves/voortgang.json", first, sizeof first - 1, &err),
                     MS_OK);
    char *text = slurp(path, &len);
    assert_non_null(text);
    assert_string_equal(text, first);
    free(text);
    assert_int_equal(count_entries(dir), 1); /* no .tmp left behind */

    assert_int_equal(vfs_write_file_atomic("saves/voortgang.json", second, sizeof second - 1, &err),
                     MS_OK);
    text = slurp(path, &len);
    assert_non_null(text);
    assert_int_equal(len, sizeof second - 1);
    assert_string_equal(text, second);
    free(text);
    assert_int_equal(count_entries(dir), 1);
    assert_int_equal(access(join(path, dir, "voortgang.json.tmp"), F_OK), -1);

    assert_int_equal(vfs_write_file_atomic("../ontsnapt.json", "x", 1, &err), MS_ERR_INVALID);
    assert_int_equal(vfs_write_file_atomic("/tmp/ontsnapt.json", "x", 1, &err), MS_ERR_INVALID);
    assert_int_equal(vfs_write_file_atomic("saves/", "x", 1, &err), MS_ERR_INVALID);
    assert_int_equal(vfs_write_file_atomic("", "x", 1, &err), MS_ERR_INVALID);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_init_mounts_assets_and_restarts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_init_skips_root_without_assets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_only_zip_archiver_registered, setup, teardown),
        cmocka_unit_test_setup_teardown(test_zip_pack_mounts_from_memory, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_a_zip_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_truncated_zip_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_zip_bomb_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_symlink_entry_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_folder_pack_mounts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_and_bad_mounts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_read_file_cap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_remount_cycles_and_clashes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_path_helpers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_each_installed_pack, setup, teardown),
        cmocka_unit_test_setup_teardown(test_user_dir_under_xdg, setup, teardown),
        cmocka_unit_test_setup_teardown(test_write_file_atomic, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
