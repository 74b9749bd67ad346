// Temporal patch ids of the nomination workflow. The strings are recorded in workflow histories:
// never change one (a replay would take the other branch). Each constant says what changed.

/**
 * Deadlines (due dates, reminders, auto-return on a missed deadline) and quota scopes on the
 * submission: runs recorded before them replay without. Procedure-step Updates are registered
 * always (older runs refuse them in `decide`), so they need no patch.
 */
export const DEADLINES_AND_QUOTAS_PATCH = 'issue-4-deadlines-quotas';

/**
 * The public disclosure (niêm yết) before forwarding, asked for only when the submission pinned
 * one: runs recorded before it, and runs under rule sets without disclosure, replay unchanged.
 */
export const PUBLIC_DISCLOSURE_PATCH = 'issue-4-disclosure';

/** Granting by a quyết định whose annex covers many nominations (`grantByDecisionUpdate`). */
export const GRANT_BY_DECISION_PATCH = 'grant-by-decision';

/**
 * A review opened after its level's cut-off keeps its working-day time, and the late arrival is
 * recorded as the sending unit's fact (`NominationSubmittedAfterCutOff`) [S23][S30]. Runs started
 * before it keep the cut-off as due time, so their histories replay unchanged.
 */
export const CUT_OFF_BLAMES_SENDER_PATCH = 'cut-off-blames-sender';

/**
 * Shorter histories: the task's due time is computed by the append itself (one local activity, one
 * marker per decision instead of two), and the deadline ladder keeps a timer that is still due
 * earlier instead of cancelling it and starting another (no TimerCanceled/TimerStarted pair per
 * level). Runs started before it compute and re-arm as they always did.
 */
export const DUE_TIME_IN_APPEND_PATCH = 'due-time-in-append';
