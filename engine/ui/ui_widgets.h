/*
 * ui_widgets.h: helpers the screen builders place items with.
 * Each helper adds items to app->view under the current parent (app->parent)
 * and returns what the caller needs to continue the layout: an item index or
 * a height. Containers are begun, filled, then closed to their final height.
 */
#ifndef UI_WIDGETS_H
#define UI_WIDGETS_H

#include "ui_app_priv.h"
#include "ui_format.h"

/* A wrapped text block; returns its height. The text is copied into the view. */
int ui_w_text(UiApp *app, int x, int y, int wrap, const char *text, UiStyle style, int px,
              UiColorRole color);
/* Width of text on one line. */
int ui_w_text_width(UiApp *app, const char *text, UiStyle style, int px);
/* Distance between baselines of text at px in the app's typeface. */
int ui_w_line_height(const UiApp *app, int px);
/* Height text would take wrapped to wrap. */
int ui_w_text_height(UiApp *app, const char *text, UiStyle style, int px, int wrap);

/* A panel; children follow until ui_w_end(app, index, bottom). fill/frame UI_COLOR_COUNT: none. */
int ui_w_box_begin(UiApp *app, SDL_Rect r, UiColorRole fill, UiColorRole frame, int thickness);
/* A button whose content the caller lays out; close with ui_w_end. */
int ui_w_button_begin(UiApp *app, SDL_Rect r, UiButtonStyle style, int number, UiAction action,
                      int arg, bool selected);
/* Closes a container: its height becomes bottom - top; the parent is restored. */
void ui_w_end(UiApp *app, int index, int bottom);

/* A complete button: numbered choice (badge + wrapped label) or a labelled action.
 * r.w is the width (0: as wide as the label needs); returns the height. */
int ui_w_button(UiApp *app, SDL_Rect r, const char *label, UiButtonStyle style, int number,
                UiAction action, int arg, bool selected);
/* Width a non-choice button needs for label. */
int ui_w_button_width(UiApp *app, const char *label);

int ui_w_shape(UiApp *app, UiShape shape, SDL_Rect r, UiColorRole color, int thickness);
int ui_w_line(UiApp *app, UiShape shape, float x0, float y0, float x1, float y1, UiColorRole color,
              int thickness);
/* A round badge with a number or short text inside; returns the item index of the disc. */
int ui_w_badge(UiApp *app, SDL_Rect r, const char *text, UiColorRole fill, UiColorRole ink);

/* A picture from the vfs in a square (copied path); returns the item index. */
int ui_w_image(UiApp *app, SDL_Rect r, const char *vpath);

typedef enum { UI_ICON_CHECK, UI_ICON_CROSS, UI_ICON_WARN, UI_ICON_RING } UiIcon;
/* A disc with a tick or a cross, a triangle with "!", or a ring around text (or a tick when text is
 * NULL). The marks are children of the outer shape. Returns the outer shape's index. */
int ui_w_icon(UiApp *app, UiIcon icon, SDL_Rect r, UiColorRole fill, UiColorRole ink, const char *text,
              UiStyle style, int thickness);

#endif
