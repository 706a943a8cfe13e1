/*
 * ui_metrics.h: every size on screen, derived from the window and the font scale.
 * One unit is the scale of a 1024x600 window; type also grows with the
 * learner's font setting (100-200%), spacing only with the window, so a large
 * font takes room from the margins rather than from the text.
 */
#ifndef UI_METRICS_H
#define UI_METRICS_H

typedef struct UiMetrics {
    int w, h;          /* output size in pixels */
    float unit;        /* 1.0 at 1024x600 */
    int font_pct;      /* 100..200 */
    int body, small, h2, h1; /* font sizes in px */
    int margin, gap, pad, radius, border;
    int focus, focus_gap;    /* focus ring thickness and its distance from the button */
    int column_max;          /* widest comfortable column of body text */
} UiMetrics;

#define UI_FONT_PCT_MIN 100
#define UI_FONT_PCT_MAX 200

void ui_metrics_compute(int w, int h, int font_pct, UiMetrics *out);

#endif
