/*
 * ui_reload.c: hot reload in the window (--watch). The choices made are kept by
 * scene id (reload.h) while the case is replaced, and also while it does not
 * load, so fixing the file brings the learner back where they were. The old
 * case is freed before the new one loads: a .zip must be mounted afresh. A case
 * that does not load shows its message on the start screen instead of closing.
 */
#include <stdio.h>

#include "ui_app_priv.h"

void ui_app_reload(UiApp *app, const char *spec)
{
    MsError err;
    ms_error_clear(&err);
    if (app->session != NULL) {
        reload_path_free(&app->kept);
        if (reload_path_save(app->session, &app->kept, &err) != MS_OK) {
            fprintf(stderr, "meldsim: %s\n", err.message);
        }
        app->mode = attempt_mode(app->attempt); /* the reloaded case keeps the mode chosen */
    }
    ui_app_stop_case(app);
    Scenario *sc = reload_load(spec, app->mc, app->notice_detail, sizeof app->notice_detail);
    if (sc == NULL) {
        ui_app_show_menu(app);
        app->notice = app->detail_of = "ui.watch.error";
        app->layout_dirty = true;
        return;
    }
    ui_app_start(app, sc);
    if (app->attempt == NULL) {
        return;
    }
    size_t taken = reload_path_replay(app->attempt, &app->kept, &err);
    app->session = attempt_session(app->attempt);
    app->notice = taken == app->kept.count ? "ui.watch.reloaded" : "ui.watch.partial";
    ui_app_show(app, session_ended(app->session) ? UI_SCREEN_DEBRIEF : UI_SCREEN_PLAY);
}
