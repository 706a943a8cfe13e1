/*
 * fuzz_markup.c: libFuzzer target for the text layer: the bytes as scenario markup
 * (valid, walk, strip must agree), as a string table (strings_add_json), and every
 * text of that table as a template for strings_fill.
 */
#include "fuzz_support.h"

#include "markup.h"
#include "ms_strings.h"

typedef struct Walked {
    size_t bytes;
} Walked;

static void visit(void *user, const char *text, size_t len, unsigned style)
{
    Walked *w = user;
    if (style & ~(unsigned)(MARKUP_EM | MARKUP_STRONG))
        abort();
    for (size_t i = 0; i < len; i++)
        w->bytes += text[i] != '\0';
    w->bytes += 0;
}

static void fuzz_markup(const char *s)
{
    const char *why = NULL;
    size_t offset = 0;
    if (!markup_valid(s, &why, &offset)) {
        if (why == NULL || offset > strlen(s))
            abort();
        return;
    }
    Walked w = {0};
    markup_walk(s, visit, &w);
    size_t need = markup_strip(s, NULL, 0);
    char *dst = malloc(need + 1);
    if (dst == NULL)
        abort();
    if (markup_strip(s, dst, need + 1) != need || strlen(dst) != need || need != w.bytes)
        abort(); /* strip and walk see the same text */
    char small[8];
    markup_strip(s, small, sizeof small);
    if (strlen(small) >= sizeof small)
        abort();
    free(dst);
}

static void fuzz_strings(const char *json, size_t size)
{
    Strings *st = strings_create();
    if (st == NULL)
        abort();
    MsError err;
    ms_error_clear(&err);
    if (strings_add_json(st, json, size, "fuzz/strings.json", &err) == MS_OK) {
        for (size_t i = 0; i < strings_count(st); i++) {
            const char *key = strings_key(st, i);
            for (int lang = 0; lang < MS_LANG_COUNT; lang++) {
                const char *text = strings_get(st, key, (MsLang)lang);
                char out[256];
                strings_fill(text, "een", NULL, "{1}{2}{3}", out, sizeof out);
                if (strlen(out) >= sizeof out)
                    abort();
                strings_fill(text, "a", "b", "c", out, 1);
            }
        }
        /* a second copy of the same table must clash on the first key */
        if (strings_count(st) > 0 && strings_add_json(st, json, size, "fuzz/again.json", &err) == MS_OK)
            abort();
    }
    strings_get(st, "missing.key", MS_LANG_EN);
    strings_free(st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = fuzz_cstring(data, size);
    fuzz_markup(s);
    fuzz_strings(s, size);
    free(s);
    return 0;
}
