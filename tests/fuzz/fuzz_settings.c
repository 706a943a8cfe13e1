/*
 * fuzz_settings.c: libFuzzer target for the settings reader: the bytes as settings.json
 * (parsed, and read from the data folder) give settings within range whatever they hold,
 * and what is written back reads the same.
 */
#include "fuzz_support.h"

#include "ui_metrics.h"
#include "ui_settings.h"
#include "vfs.h"

static char settings_path[700];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setenv("MELDSIM_ROOT", MELDSIM_SOURCE_ROOT, 1);
    setenv("XDG_DATA_HOME", fuzz_temp_dir(), 1);
    MsError err;
    const char *user;
    if (vfs_init(NULL, &err) != MS_OK || (user = vfs_user_dir(&err)) == NULL)
        abort();
    snprintf(settings_path, sizeof settings_path, "%s/" UI_SETTINGS_FILE, user);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *json = fuzz_cstring(data, size);
    UiSettings s;
    ui_settings_default(&s, MS_LANG_NL);
    ui_settings_parse(json, &s);
    /* the same bytes as the file in the data folder, the way the player reads them */
    FILE *f = fopen(settings_path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    UiSettings loaded;
    ui_settings_default(&loaded, MS_LANG_NL);
    ui_settings_load(&loaded);
    if (memchr(data, 0, size) == NULL && size <= 4096 &&
        (loaded.font_pct != s.font_pct || loaded.high_contrast != s.high_contrast || loaded.lang != s.lang))
        abort();
    if (s.font_pct < UI_FONT_PCT_MIN || s.font_pct > UI_FONT_PCT_MAX ||
        (s.lang != MS_LANG_NL && s.lang != MS_LANG_EN))
        abort();
    char buf[256];
    if (!ui_settings_format(&s, buf, sizeof buf))
        abort();
    UiSettings again;
    ui_settings_default(&again, MS_LANG_EN);
    ui_settings_parse(buf, &again);
    if (again.font_pct != s.font_pct || again.high_contrast != s.high_contrast || again.lang != s.lang)
        abort();
    free(json);
    return 0;
}
