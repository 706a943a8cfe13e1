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
    out->typeface = UI_TYPEFACE_LATO;
    out->speech = false;
    out->speech_rate = UI_SPEECH_RATE_DEFAULT;
}

int ui_settings_speech_rate(const UiSettings *s)
{
    int r = s->speech_rate;
    return r >= UI_SPEECH_RATE_MIN && r <= UI_SPEECH_RATE_MAX ? r : UI_SPEECH_RATE_DEFAULT;
}

const char *ui_settings_typeface_name(UiTypeface t)
{
    return t == UI_TYPEFACE_DYSLEXIC ? "opendyslexic" : "lato";
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
    const cJSON *face = cJSON_GetObjectItemCaseSensitive(root, "typeface");
    for (int t = 0; t < UI_TYPEFACE_COUNT && cJSON_IsString(face); t++) {
        if (strcmp(face->valuestring, ui_settings_typeface_name((UiTypeface)t)) == 0) {
            out->typeface = (UiTypeface)t;
        }
    }
    const cJSON *speech = cJSON_GetObjectItemCaseSensitive(root, "speech");
    if (cJSON_IsBool(speech)) {
        out->speech = cJSON_IsTrue(speech);
    }
    const cJSON *rate = cJSON_GetObjectItemCaseSensitive(root, "speech_rate");
    if (cJSON_IsNumber(rate) && rate->valuedouble >= UI_SPEECH_RATE_MIN && rate->valuedouble <= UI_SPEECH_RATE_MAX) {
        out->speech_rate = (int)rate->valuedouble;
    }
    cJSON_Delete(root);
}

bool ui_settings_format(const UiSettings *s, char *buf, size_t size)
{
    int n = snprintf(buf, size,
                     "{\n  \"font_scale\": %d,\n  \"high_contrast\": %s,\n  \"language\": \"%s\",\n"
                     "  \"typeface\": \"%s\",\n  \"speech\": %s,\n  \"speech_rate\": %d\n}\n",
                     s->font_pct, s->high_contrast ? "true" : "false", ms_lang_code(s->lang),
                     ui_settings_typeface_name(s->typeface), s->speech ? "true" : "false", ui_settings_speech_rate(s));
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
