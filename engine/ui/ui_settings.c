/*
 * ui_settings.c: settings.json through cJSON, written atomically by the vfs.
 * Reading happens from the user's data folder, which is the vfs write dir and
 * not mounted for reading, so the file is opened by its real path.
 */
#include "ui_settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "ui_metrics.h"
#include "vfs.h"

#define SETTINGS_MAX 4096

void ui_settings_default(UiSettings *out, MsLang lang)
{
    out->font_pct = 100;
    out->high_contrast = false;
    out->lang = lang;
}

void ui_settings_parse(const char *json, UiSettings *out)
{
    cJSON *root = cJSON_Parse(json);
    if (root == NULL) {
        return;
    }
    const cJSON *font = cJSON_GetObjectItemCaseSensitive(root, "font_scale");
    if (cJSON_IsNumber(font) && font->valuedouble >= UI_FONT_PCT_MIN &&
        font->valuedouble <= UI_FONT_PCT_MAX) {
        out->font_pct = (int)font->valuedouble;
    }
    const cJSON *contrast = cJSON_GetObjectItemCaseSensitive(root, "high_contrast");
    if (cJSON_IsBool(contrast)) {
        out->high_contrast = cJSON_IsTrue(contrast);
    }
    const cJSON *lang = cJSON_GetObjectItemCaseSensitive(root, "language");
    MsLang parsed;
    if (cJSON_IsString(lang) && ms_lang_parse(lang->valuestring, &parsed)) {
        out->lang = parsed;
    }
    cJSON_Delete(root);
}

bool ui_settings_format(const UiSettings *s, char *buf, size_t size)
{
    int n = snprintf(buf, size, "{\n  \"font_scale\": %d,\n  \"high_contrast\": %s,\n  \"language\": \"%s\"\n}\n",
                     s->font_pct, s->high_contrast ? "true" : "false", ms_lang_code(s->lang));
    return n > 0 && (size_t)n < size;
}

void ui_settings_load(UiSettings *out)
{
    char *buf = NULL;
    size_t len = 0;
    if (vfs_user_dir(NULL) == NULL ||
        vfs_read_file(VFS_USER "/" UI_SETTINGS_FILE, SETTINGS_MAX, &buf, &len, NULL) != MS_OK) {
        return; /* no settings yet, or unreadable: the defaults stand */
    }
    ui_settings_parse(buf, out);
    free(buf);
}

MsStatus ui_settings_save(const UiSettings *s, MsError *err)
{
    char buf[256];
    if (!ui_settings_format(s, buf, sizeof buf)) {
        return ms_error_set(err, MS_ERR_INTERNAL, "", 0, "settings do not fit");
    }
    return vfs_write_file_atomic(UI_SETTINGS_FILE, buf, strlen(buf), err);
}
