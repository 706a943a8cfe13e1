/*
 * test_ui_text.c: markup to styled text, word wrap at a width, UTF-8 kept
 * whole, template placeholders, the settings file and the font-scale option.
 */
#include "ui_test_support.h"

#include "ui_font.h"
#include "ui_format.h"
#include "ui_options.h"
#include "ui_settings.h"
#include "ui_text.h"

static UiFonts *fonts;

static void test_markup_styles(void **state)
{
    (void)state;
    UiTextLayout t;
    assert_int_equal(ui_text_parse("a *b* **c** \\*d", UI_STYLE_REGULAR, &t), MS_OK);
    assert_string_equal(t.plain, "a b c *d");
    assert_int_equal(t.styles[0], UI_STYLE_REGULAR);
    assert_int_equal(t.styles[2], UI_STYLE_ITALIC);
    assert_int_equal(t.styles[4], UI_STYLE_BOLD);
    assert_int_equal(t.styles[6], UI_STYLE_REGULAR);
    ui_text_layout_free(&t);
    /* A bold base stays bold inside **...**; an empty line is a paragraph, one newline a break. */
    assert_int_equal(ui_text_parse("x **y**\n\n\nz\nw", UI_STYLE_BOLD, &t), MS_OK);
    assert_string_equal(t.plain, "x y\nz\nw");
    assert_true(t.styles[2] & UI_STYLE_BOLD);
    assert_true(t.styles[3] & UI_TEXT_PARAGRAPH);
    assert_false(t.styles[5] & UI_TEXT_PARAGRAPH);
    ui_text_layout_free(&t);
}

static void test_wrap_never_exceeds_width(void **state)
{
    (void)state;
    const char *text = "Suzan schrikt hevig als de deur dichtslaat; ze wordt **bleek** en haar handen "
                       "*trillen*. ‘Gaat het?’ vraag je. Ze knikt, maar zegt niets. Geïrriteerd, één keer, "
                       "coördinatie, reünie, café.";
    for (int width = 60; width <= 900; width += 70) {
        UiTextLayout t;
        assert_int_equal(ui_text_layout(fonts, text, UI_STYLE_REGULAR, 22, width, &t), MS_OK);
        assert_true(t.line_count >= 1);
        for (size_t i = 0; i < t.line_count; i++) {
            assert_true(t.lines[i].width <= width);
            /* No line starts in the middle of a UTF-8 sequence. */
            assert_true(((unsigned char)t.plain[t.lines[i].start] & 0xC0u) != 0x80u);
            if (i > 0) {
                assert_true(t.lines[i].y > t.lines[i - 1].y);
            }
        }
        assert_true(t.height >= (int)t.line_count * t.line_h);
        ui_text_layout_free(&t);
    }
}

/* Greedy and tight: no line could also have held the first word of the line after it. */
static void test_wrap_is_tight(void **state)
{
    (void)state;
    const char *text = "Je weet dat Isa sinds de herfst elke dag tot vijf uur in de mediatheek zit. Haar cijfers "
                       "zakken, en ze zegt dat ze het thuis te druk vindt om te leren. Wat doe je als mentor?";
    for (int width = 150; width <= 1000; width += 37) {
        UiTextLayout t;
        assert_int_equal(ui_text_layout(fonts, text, UI_STYLE_REGULAR, 26, width, &t), MS_OK);
        for (size_t i = 0; i + 1 < t.line_count; i++) {
            size_t next_word_end = t.lines[i + 1].start;
            while (next_word_end < t.len && t.plain[next_word_end] != ' ') {
                next_word_end++;
            }
            int w = ui_fonts_measure(fonts, UI_STYLE_REGULAR, 26, t.plain + t.lines[i].start,
                                     next_word_end - t.lines[i].start);
            if (w <= width) {
                fail_msg("width %d: line %zu ends early: '%.*s' could take the next word", width, i,
                         (int)(t.lines[i].end - t.lines[i].start), t.plain + t.lines[i].start);
            }
        }
        ui_text_layout_free(&t);
    }
}

static void test_long_word_breaks_between_characters(void **state)
{
    (void)state;
    UiTextLayout t;
    const char *word = "aandachtsfunctionarisééééééééééééééééééééééééé";
    assert_int_equal(ui_text_layout(fonts, word, UI_STYLE_BOLD, 30, 120, &t), MS_OK);
    assert_true(t.line_count > 2);
    size_t total = 0;
    for (size_t i = 0; i < t.line_count; i++) {
        assert_true(t.lines[i].width <= 120);
        assert_true(((unsigned char)t.plain[t.lines[i].start] & 0xC0u) != 0x80u);
        total += t.lines[i].end - t.lines[i].start;
    }
    assert_int_equal(total, strlen(word));
    ui_text_layout_free(&t);
}

static void test_render_has_ink_for_diacritics(void **state)
{
    (void)state;
    UiTextLayout t;
    assert_int_equal(ui_text_layout(fonts, "ë ï é ‘’ “” €", UI_STYLE_REGULAR, 40, 1000, &t), MS_OK);
    SDL_Color ink = {0, 0, 0, 255};
    SDL_Surface *s = ui_text_render(fonts, &t, ink);
    assert_non_null(s);
    int opaque = 0;
    for (int y = 0; y < s->h; y++) {
        for (int x = 0; x < s->w; x++) {
            Uint8 r, g, b, a;
            SDL_GetRGBA(((Uint32 *)s->pixels)[y * (s->pitch / 4) + x], s->format, &r, &g, &b, &a);
            opaque += a > 128;
        }
    }
    assert_true(opaque > 200);
    /* Each glyph exists in the font: none falls back to the empty box. */
    TTF_Font *f = ui_fonts_get(fonts, UI_STYLE_REGULAR, 40);
    const Uint32 cps[] = {0xEB, 0xEF, 0xE9, 0x2018, 0x2019, 0x201C, 0x201D, 0x20AC, 0x2192};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        assert_true(TTF_GlyphIsProvided32(f, cps[i]) != 0);
    }
    SDL_FreeSurface(s);
    ui_text_layout_free(&t);
}

static void test_format_placeholders(void **state)
{
    (void)state;
    char buf[64];
    UiFormatArg args[] = {{"n", "2"}, {"total", "5"}};
    assert_string_equal(ui_format(buf, sizeof buf, "Stap {n} van {total}: {x}", args, 2), "Stap 2 van 5: {x}");
    char small[8];
    assert_string_equal(ui_format(small, sizeof small, "{total}{total}{total}{total}", args, 2), "5555");
    assert_string_equal(ui_format(small, sizeof small, "abcdefghijk", args, 2), "abcdefg");
}

static void test_settings_round_trip(void **state)
{
    (void)state;
    UiSettings s;
    ui_settings_default(&s, MS_LANG_NL);
    s.font_pct = 175;
    s.high_contrast = true;
    s.lang = MS_LANG_EN;
    s.typeface = UI_TYPEFACE_DYSLEXIC;
    s.speech = true;
    s.speech_rate = 230;
    char buf[256];
    assert_true(ui_settings_format(&s, buf, sizeof buf));
    UiSettings back;
    ui_settings_default(&back, MS_LANG_NL);
    ui_settings_parse(buf, &back);
    assert_int_equal(back.font_pct, 175);
    assert_true(back.high_contrast);
    assert_int_equal(back.lang, MS_LANG_EN);
    assert_int_equal(back.typeface, UI_TYPEFACE_DYSLEXIC);
    assert_true(back.speech);
    assert_int_equal(back.speech_rate, 230);
    /* A rate out of range or a typeface we do not have keeps what was there. */
    ui_settings_parse("{\"speech_rate\": 5000, \"typeface\": \"comic\", \"speech\": 1}", &back);
    assert_int_equal(back.speech_rate, 230);
    assert_int_equal(back.typeface, UI_TYPEFACE_DYSLEXIC);
    assert_true(back.speech);
    back.speech_rate = 0;
    assert_int_equal(ui_settings_speech_rate(&back), UI_SPEECH_RATE_DEFAULT);
    /* Damage and nonsense give the defaults, never a crash. */
    ui_settings_default(&back, MS_LANG_NL);
    ui_settings_parse("{\"font_scale\": 900, \"high_contrast\": \"yes\", \"language\": \"fr\"", &back);
    assert_int_equal(back.font_pct, 100);
    assert_false(back.high_contrast);
    ui_settings_parse("{\"font_scale\": 900, \"language\": \"de\"}", &back);
    assert_int_equal(back.font_pct, 100);
    assert_int_equal(back.lang, MS_LANG_NL);
}

static void test_font_scale_option(void **state)
{
    (void)state;
    assert_int_equal(ui_options_font_pct("150"), 150);
    assert_int_equal(ui_options_font_pct("200%"), 200);
    assert_int_equal(ui_options_font_pct("1.25"), 125);
    assert_int_equal(ui_options_font_pct("2"), 200);
    assert_int_equal(ui_options_font_pct("99"), -1);
    assert_int_equal(ui_options_font_pct("250"), -1);
    assert_int_equal(ui_options_font_pct("big"), -1);
}

static int setup(void **state)
{
    if (ui_test_setup(state) != 0) {
        return -1;
    }
    MsError err;
    ms_error_clear(&err);
    return ui_fonts_load(&fonts, UI_TYPEFACE_LATO, &err) == MS_OK ? 0 : -1;
}

static int teardown(void **state)
{
    ui_fonts_free(fonts);
    return ui_test_teardown(state);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_markup_styles),
        cmocka_unit_test(test_wrap_never_exceeds_width),
        cmocka_unit_test(test_wrap_is_tight),
        cmocka_unit_test(test_long_word_breaks_between_characters),
        cmocka_unit_test(test_render_has_ink_for_diacritics),
        cmocka_unit_test(test_format_placeholders),
        cmocka_unit_test(test_settings_round_trip),
        cmocka_unit_test(test_font_scale_option),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
