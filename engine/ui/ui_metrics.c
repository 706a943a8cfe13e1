/*
 * ui_metrics.c: sizes for one window size and font scale.
 * The unit is the smaller of the two axis ratios against 1024x600 so that a
 * tall or a wide window never pushes text off the short side.
 */
#include "ui_metrics.h"

static int px(float v)
{
    return (int)(v + 0.5f);
}

static int at_least(int v, int min)
{
    return v < min ? min : v;
}

void ui_metrics_compute(int w, int h, int font_pct, UiMetrics *out)
{
    if (font_pct < UI_FONT_PCT_MIN) {
        font_pct = UI_FONT_PCT_MIN;
    }
    if (font_pct > UI_FONT_PCT_MAX) {
        font_pct = UI_FONT_PCT_MAX;
    }
    float ux = (float)w / 1024.0f, uy = (float)h / 600.0f;
    float unit = ux < uy ? ux : uy;
    if (unit < 0.6f) {
        unit = 0.6f;
    }
    float fs = (float)font_pct / 100.0f;
    out->w = w;
    out->h = h;
    out->unit = unit;
    out->font_pct = font_pct;
    out->body = at_least(px(20.0f * unit * fs), 12);
    out->small = at_least(px(16.0f * unit * fs), 11);
    out->h2 = at_least(px(24.0f * unit * fs), 14);
    out->h1 = at_least(px(30.0f * unit * fs), 16);
    out->margin = at_least(px(28.0f * unit), 12);
    out->focus = at_least(px(3.0f * unit), 3);
    out->focus_gap = at_least(px(3.0f * unit), 2);
    out->gap = at_least(px(14.0f * unit), out->focus + out->focus_gap + 4);
    out->pad = at_least(px(12.0f * unit * (0.5f + 0.5f * fs)), 8);
    out->radius = at_least(px(10.0f * unit), 4);
    out->border = at_least(px(2.0f * unit), 2);
    out->column_max = out->body * 36;
}
