/*
 * ui_app_priv.h: the app's state, shared by the app and its screen builders.
 * Only engine/ui includes this; everything else uses ui_app.h. The screen
 * builders read the state and add items to app->view; they never change state.
 */
#ifndef UI_APP_PRIV_H
#define UI_APP_PRIV_H

#include "library.h"
#include "reload.h"
#include "score.h"
#include "session.h"
#include "ui_app.h"
#include "ui_font.h"
#include "ui_images.h"
#include "ui_metrics.h"
#include "ui_textcache.h"
#include "ui_theme.h"

typedef enum {
    UI_ACT_NONE,
    UI_ACT_OPEN_CASE, /* arg: index into cases */
    UI_ACT_CHOOSE,    /* arg: option among those offered */
    UI_ACT_CONTINUE,  /* leave the feedback panel */
    UI_ACT_PAUSE,
    UI_ACT_RESUME,
    UI_ACT_RESTART,
    UI_ACT_MENU,
    UI_ACT_SETTINGS,
    UI_ACT_BACK,      /* leave the settings screen */
    UI_ACT_FONT,      /* arg: percent */
    UI_ACT_CONTRAST,  /* arg: 0 or 1 */
    UI_ACT_LANG,      /* arg: MsLang */
    UI_ACT_QUIT,
    UI_ACT_MODE,        /* arg: Mode to play the opened case in */
    UI_ACT_RESUME_CASE, /* continue the unfinished attempt */
    UI_ACT_FRESH,       /* start the case again; the unfinished attempt is kept, abandoned */
    UI_ACT_UNDO,        /* oefenen: take back the last decision */
    UI_ACT_LEARNERS,    /* the learner screen */
    UI_ACT_LEARNER,     /* arg: index into learners */
    UI_ACT_NEW_PSEUDONYM,
    UI_ACT_NEW_NAME,    /* the screen to type a name */
    UI_ACT_NAME_SAVE,
    UI_ACT_VOTE_START, /* groep: end the discussion pause */
    UI_ACT_VOTE_ADD,   /* arg: option */
    UI_ACT_VOTE_SUB,   /* arg: option */
    UI_ACT_PAGE,       /* voorlichting: arg -1 back, +1 on */
    UI_ACT_TYPEFACE,   /* arg: UiTypeface */
    UI_ACT_SPEECH,     /* arg: 0 off, 1 on */
    UI_ACT_SPEECH_RATE, /* arg: words per minute */
    UI_ACT_COUNT
} UiAction;

enum { UI_SAY_NONE, UI_SAY_FOCUS, UI_SAY_SCREEN };

#define UI_PRESENT_PAGES (MS_STEP_COUNT + 2) /* opening, five steps, escalation path */
#define UI_GROUP_MAX 64   /* decisions whose votes the debrief shows */
#define UI_VOTES_MAX 999  /* a count the trainer can enter for one option */

/* Groep: how the group voted at one decision, for the debrief. */
typedef struct UiGroupVote {
    int scene;
    int offered[SESSION_MAX_CHOICES]; /* choice indices, in the order offered */
    int counts[SESSION_MAX_CHOICES];
    size_t count;
    int taken; /* 0-based among offered */
} UiGroupVote;

/* The text scale a screen was fitted at (see relayout), and what it was fitted for. */
typedef struct UiFit {
    int pct; /* 0: none yet */
    UiScreen screen;
    size_t step;
    bool discussing;
    int page;
    int w, h, font_pct;
    MsLang lang;
} UiFit;

typedef struct UiCase {
    Scenario *scenario; /* NULL when it failed to load */
    char *name;
} UiCase;

struct UiApp {
    const Meldcode *mc;
    const Strings *st;
    FILE *status;
    bool persist;
    UiSettings settings;
    UiTheme theme;
    UiMetrics m;
    UiFit fit;
    UiFonts *fonts;
    UiTextCache *tc;
    UiView *view;
    int w, h;
    float pixel_ratio;

    UiCase *cases;
    size_t case_count;
    bool cases_listed;

    Scenario *own;      /* a scenario given to ui_app_start, owned */
    Scenario *scenario; /* the one being played: own or one of cases */
    Attempt *attempt;   /* the session and its records; NULL on the start screens */
    const Session *session; /* attempt's session, for the builders */

    Records *records; /* borrowed; NULL: nothing recorded */
    RecordsLearner learner;
    bool have_learner;
    RecordsLearner *learners; /* the learner screen's list */
    size_t learner_count;
    char name[RECORDS_NAME_MAX + 1]; /* typed on the name screen */
    bool mode_set;
    Mode mode;
    RecordsAttempt open; /* the unfinished attempt the resume screen is about */
    const char *notice;  /* a string key shown on the next screen (a failed write), or NULL */
    char notice_detail[4096]; /* shown under the notice it belongs to: why a case does not load */
    const char *detail_of;    /* that notice's key */
    ReloadPath kept;          /* --watch: the choices made, kept while the case does not load */

    int page; /* voorlichting */

    /* groep */
    bool discussing;          /* the pause before answers can be taken */
    uint64_t discussion_end;  /* SDL ticks */
    bool discussion_held;     /* the trainer opened the menu: the countdown waits */
    uint64_t discussion_left; /* ms left when it was held */
    int shown_seconds;        /* the countdown as last laid out */
    size_t discussed_at;      /* history count + 1 of the decision discussed; 0 none */
    int votes[SESSION_MAX_CHOICES];
    UiGroupVote group[UI_GROUP_MAX];
    size_t group_count;
    ScoreResult score;
    UiImages *images;

    UiScreen screen;
    UiScreen settings_return;
    UiScreen pause_return;
    bool layout_dirty;
    bool quit;
    int focus, hover, press;
    int keep_action, keep_arg; /* focus to restore after a relayout */
    bool pointer_moved;        /* a touch drag: the release is no click */
    int drag_y;

    /* speech */
    UiSpeakFn speak;
    void *speak_user;
    int speech_due; /* what ui_app_announce says next: UI_SAY_NONE, _FOCUS or _SCREEN */
    bool speech_news; /* "speech on" goes first */
    UiSayList said;

    /* builder state */
    int parent;
    bool fixed;
};

/* Builders, one per screen (ui_screen_*.c). Each fills app->view for app->m. */
void ui_screen_menu_build(UiApp *app);
void ui_screen_settings_build(UiApp *app);
void ui_screen_pause_build(UiApp *app);
void ui_screen_play_build(UiApp *app);
void ui_screen_debrief_build(UiApp *app);
void ui_screen_mode_build(UiApp *app);
void ui_screen_resume_build(UiApp *app);
void ui_screen_learner_build(UiApp *app);
void ui_screen_name_build(UiApp *app);
void ui_screen_present_build(UiApp *app);

/* Groep (ui_group.c). Starts the pause when a new decision is shown; keeps the countdown. */
void ui_group_enter_play(UiApp *app);
int ui_group_seconds_left(const UiApp *app);
/* After the group's choice was taken and recorded: stores the votes in the records and for the
 * debrief. */
void ui_group_record(UiApp *app, const int *offered, size_t n, size_t taken);
/* After a resume: the votes recorded before it, back into the list the debrief shows. */
void ui_group_restore(UiApp *app);
/* The play screen's options during the pause and the vote; returns the new y. */
int ui_group_options(UiApp *app, const ScenarioScene *scene, int x, int y, int w);
/* The debrief's "how the group voted"; returns its height. */
int ui_group_debrief(UiApp *app, int x, int y, int w);

/* Ends the case being played and frees it (the start screens have none). */
void ui_app_stop_case(UiApp *app);
/* A boxed message for app->notice at (x, y); returns the y below it (y when there is none). */
int ui_notice_build(UiApp *app, int x, int y, int w);
/* "Leerling: name" when choices are recorded; returns the y below it. */
int ui_learner_line(UiApp *app, int x, int y, int w);

/* Learners (ui_learner.c). The learner to record for: the configured one, else the last who
 * played; a pseudonym is made when there is none yet. False when nothing is recorded. */
bool ui_learner_ensure(UiApp *app);
void ui_learner_list(UiApp *app); /* fills app->learners */
bool ui_learner_pick(UiApp *app, size_t index);
bool ui_learner_add(UiApp *app, const char *name); /* NULL: a pseudonym */
/* Typed text for the name screen: appends UTF-8, or removes the last character. */
void ui_learner_type(UiApp *app, const char *text);
void ui_learner_erase(UiApp *app);
/* The five-step band across the top; returns its height. current -1: all done. */
int ui_progress_build(UiApp *app, int current, bool with_menu);
/* The band with a screen title (start and settings screens); returns its height. */
int ui_title_band(UiApp *app, const char *title_key);
/* A button of the fixed footer. */
typedef struct UiFooterButton {
    const char *label;
    UiButtonStyle style;
    int number;
    UiAction action;
    int arg;
} UiFooterButton;
/* The band at the bottom with a hint on the left and the buttons on the right; returns its top.
 * Sets the viewport between header and footer. */
int ui_footer_build(UiApp *app, int header, const char *hint, const UiFooterButton *buttons, size_t n);
/* The escalation diagram at (x, y) in width w; returns its height. */
int ui_diagram_build(UiApp *app, int x, int y, int w);

/* The string key of the feedback's verdict ("ui.feedback.good", ...), for the screen and the voice. */
const char *ui_feedback_title_key(const SessionStep *step, const ScenarioChoice *c);
/* "Stap 2 van 5: ..." for step into buf; returns buf. */
const char *ui_step_line(const UiApp *app, MsStep step, char *buf, size_t cap);
/* "Punten bij Signalen: 3 van 3" for a decision taken; returns buf. */
const char *ui_feedback_points(const UiApp *app, const SessionStep *step, char *buf, size_t cap);
/* Why a critical mistake is one: its own explanation, else its type's; "" when neither. */
const char *ui_critical_text(const UiApp *app, const ScenarioCritical *crit);
/* The debrief's "Je score: ..." line into buf; returns buf. */
const char *ui_debrief_total(const UiApp *app, char *buf, size_t cap);
/* The actors of the learner's (or the correct) route in order, joined by sep; "" when empty. */
void ui_route_names(const UiApp *app, bool learner, const char *sep, char *buf, size_t cap);
/* The string key of the sentence that compares the two routes (same, another order, differs). */
const char *ui_route_verdict_key(const ScoreResult *r, const ScenarioEnding *ending);

/* Speech (ui_say_screen.c): the whole current screen in reading order, and the focused control. */
void ui_say_screen(UiApp *app, UiSayList *out);
void ui_say_focus(UiApp *app, UiSayList *out);

/* The string for key in the app's language. */
const char *ui_app_str(const UiApp *app, const char *key);
/* A scenario text in the app's language, falling back to the case's own. */
const char *ui_app_text(const UiApp *app, const MsText *t);
/* The language ui_app_text gives t in (for the voice). */
MsLang ui_app_text_lang(const UiApp *app, const MsText *t);

#endif
