/*
 * fuzz_zip.c: libFuzzer target for the zip vetting: the bytes as a .zip pack go through
 * zipcheck_buffer and, the way meldsim opens a pack, through vfs_mount_pack; an archive
 * that passes is then read file by file through PhysFS, which trusts what zipcheck passed.
 */
#include "fuzz_support.h"

#include <fcntl.h>

#include "vfs.h"
#include "zipcheck.h"

static char pack_path[600];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setenv("MELDSIM_ROOT", MELDSIM_SOURCE_ROOT, 1);
    MsError err;
    if (vfs_init(NULL, &err) != MS_OK)
        abort();
    snprintf(pack_path, sizeof pack_path, "%s/pack.zip", fuzz_temp_dir());
    return 0;
}

static void read_if_there(const char *vpath)
{
    char *text = NULL;
    size_t len = 0;
    MsError err;
    if (vfs_read_file(vpath, VFS_FILE_MAX, &text, &len, &err) == MS_OK) {
        if (text[len] != '\0')
            abort();
        free(text);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MsError err;
    ms_error_clear(&err);
    MsStatus direct = zipcheck_buffer(data, size, NULL, "fuzz/pack.zip", &err);
    if (direct != MS_OK && direct != MS_ERR_REFUSED)
        abort();
    if (direct == MS_ERR_REFUSED && err.message[0] == '\0')
        abort();

    FILE *f = fopen(pack_path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    ms_error_clear(&err);
    MsStatus st = vfs_mount_pack(pack_path, "/fuzzpack", &err);
    if (st == MS_OK) {
        if (direct != MS_OK)
            abort(); /* the vfs never mounts what zipcheck refuses */
        read_if_there("/fuzzpack/scenario.lua");
        read_if_there("/fuzzpack/images/tim.png");
        read_if_there("/fuzzpack/a");
        vfs_unmount_pack(pack_path);
    }
    return 0;
}
