// Generated from the API’s OpenAPI document by apps/web/tools/openapi-types.ts: do not edit.
export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng nhập — log in; returns a short-lived bearer token and a single-use refresh token (5 failures / 5 min per username and address, 20 per address → 429) */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gia hạn phiên — exchange a refresh token for a new access token and refresh token; a refresh token used twice ends the session (401) */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng xuất — end this session: its access and refresh tokens stop working at once */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đổi mật khẩu — change one’s own password (refuses short, common and trivial ones); ends every other session and returns new tokens */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Người dùng hiện tại — the current user with roles and unit names
     * @description `capabilities` lists the policy permissions the user holds (delegated ones included where they count): "anywhere", or the units where they hold it. The web builds its menus from it, not from role names.
     */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cây tổ chức — the org tree as of a day (`asOf`, default today in Vietnam) */
    get: operations['OrgController_units'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đợt thi đua — campaigns, optionally only those open on a day */
    get: operations['OrgController_campaigns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tiến trình còn chạy — liveness: 200 while the process answers, whatever its dependencies */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình trạng hệ thống — readiness: PostgreSQL, Temporal and projector lag, naming what is down */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số liệu vận hành — Prometheus metrics: projector lag, open and overdue tasks, nominations, commands (METRICS_TOKEN, or a system administrator or auditor) */
    get: operations['MetricsController_render'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Danh sách hồ sơ — nominations at the caller’s units (nominating, current or on the route)
     * @description Auditors and system admins see every nomination. Newest first; pass nextCursor as cursor.
     */
    get: operations['NominationsController_list'];
    put?: never;
    /**
     * Gửi đề nghị khen thưởng — submit a nomination (nominator at the nominating unit)
     * @description Checks the campaign (exists, offers the award, open today), the rule set, the route and the dossier, then starts the nomination workflow. The same Idempotency-Key returns the nomination it already started. 201 once the read model shows it; 202 with Location and readModelCaughtUp=false if that takes longer than 10 s.
     */
    post: operations['NominationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Chi tiết hồ sơ — a nomination with its dossier, route and event history
     * @description 404 when unknown; 403 unless the caller holds a role at a unit on its route (or oversees all). `allowedActions` lists the review-climb commands the caller may send now (what the web offers).
     */
    get: operations['NominationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Quyết định — approve, return or reject the open review (reviewer or chair at its unit)
     * @description The level and unit come from the open task. The Idempotency-Key becomes the Update id, so a double click is one decision. Answers once the read model shows the decision (readModelCaughtUp=false after 10 s).
     */
    post: operations['NominationsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/resubmission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi lại — resubmit after a return (nominator at the nominating unit, or approver at a higher unit) */
    post: operations['NominationsController_resubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rút hồ sơ — withdraw before the final decision (nominator at the nominating unit) */
    post: operations['NominationsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/intake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tiếp nhận hồ sơ — record the intake check (reviewer or chair at the open task’s unit)
     * @description complete=true moves to the next step; complete=false returns the dossier with the missing kinds (the server adds required kinds the dossier lacks). 409 NOMINATION.STEP_ALREADY_DONE / ON_HOLD when not at intake.
     */
    post: operations['StepsController_intake'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/appraisal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Thẩm định — record the eligibility checks (reviewer or chair at the open task’s unit)
     * @description Without checks the server records its own eligibility checks (award history from granted nominations). All passed → the vote (or sign-off); a failed check is recorded and the step stays open, so the level returns or rejects with a decision. 409 NOMINATION.STEP_PENDING when intake is not done.
     */
    post: operations['StepsController_appraisal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bình xét — record the council vote (reviewer or chair at the open task’s unit)
     * @description Thresholds count ALL council members, absent members voting in writing (NĐ 98/2023 Art. 30(7)). The answer shows the threshold, the share for and the verdict; a failed vote is recorded and follows the rule set (reject or return). 400 VOTE.INVALID_TALLY when the counts do not add up.
     */
    post: operations['StepsController_vote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tạm dừng — hold for a discipline review, inspection or complaint (approver or unit admin on the route)
     * @description No step or decision is accepted until it resumes (409 NOMINATION.ON_HOLD); its deadline timers pause.
     */
    post: operations['StepsController_hold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tiếp tục — resume a held nomination where it stopped (same roles as a hold) */
    post: operations['StepsController_resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Gia hạn — extend the open task’s deadline (unit admin of the task’s unit, or system admin)
     * @description dueAt must be later than now and than the current due time; overdue and stuck flags clear.
     */
    post: operations['StepsController_extendDeadline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Thu hồi — revoke a granted award (chair of the granting unit, or system admin)
     * @description Appended straight to the event store (the workflow has completed). 409 NOMINATION.NOT_GRANTED before a grant, NOMINATION.CONCURRENT_CHANGE when the nomination changed meanwhile.
     */
    post: operations['StepsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hộp việc — open tasks at the caller’s units
     * @description Review tasks where the caller is reviewer or chair; revision tasks where they are nominator (the nominating unit) or reviewer/chair (higher units). Oldest first, or soonest due first with sort=due; pass nextCursor as cursor. Counts cover the whole inbox. Each row carries `allowedActions` and `taskActions`: what the caller may do with it now, by the command endpoints' own checks (as `GET /api/nominations/:id` answers).
     */
    get: operations['InboxController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nhận xử lý — claim the open task (reviewer or chair at its unit, or their delegate)
     * @description The inbox then shows who holds it. 409 NOMINATION.TASK_HELD naming the holder when someone else holds it; 403 CONFLICT_OF_INTEREST.* when the caller is conflicted (own nomination, declared relative, own unit, recused).
     */
    post: operations['TasksController_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trả lại nhiệm vụ — the holder releases the open task to the unit
     * @description 409 NOMINATION.TASK_NOT_HELD when someone else holds it.
     */
    post: operations['TasksController_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Giao / giao lại — assign or reassign the open task to a colleague with an approver role at its unit
     * @description The chair or unit admin of the task’s unit; a unit admin above it on the route or a system admin intervenes with a reason (400 naming reason without one). 422 TASK.ASSIGNEE_NOT_APPROVER / TASK.ASSIGNEE_CONFLICTED.
     */
    post: operations['TasksController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/recusal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tự rút do xung đột lợi ích — recuse from the nomination, with a reason
     * @description Recorded as NominationRecused; the caller can no longer act on the nomination (403 NOMINATION.RECUSED) and the task they held goes back to their unit.
     */
    post: operations['TasksController_recuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/relatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người thân đã kê khai — my declared relatives */
    get: operations['RelativesController_list'];
    put?: never;
    /**
     * Kê khai người thân — declare a relative (conflict of interest)
     * @description On the record as a RelativeDeclared event. From then on the caller cannot act on a nomination whose nominee has this personKey (403 CONFLICT_OF_INTEREST.RELATIVE). 409 RELATIVE.ALREADY_EXISTS when already declared.
     */
    post: operations['RelativesController_declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ủy quyền của tôi — the delegations I gave and received, with their status now */
    get: operations['DelegationsController_list'];
    put?: never;
    /**
     * Ủy quyền — delegate my approver roles at a unit to a colleague for a time box
     * @description Reviewer/chair roles the caller holds at unitId, from startsAt (now when absent) to endsAt, at most 90 days. While active the delegate sees the caller's inbox there and acts on it; every event records actor = the delegate and onBehalfOf = the caller. 400 naming the field (self, endsAt ≤ startsAt, too long, start in the past); 409 DELEGATION.OVERLAPS.
     */
    post: operations['DelegationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delegations/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Thu hồi ủy quyền — end a delegation early (the delegator or a system admin)
     * @description 409 DELEGATION.ALREADY_REVOKED / DELEGATION.ENDED.
     */
    post: operations['DelegationsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ghi nhận ý kiến phản ánh — record an objection received during the disclosure
     * @description Staff of the nominating unit (nominator, chair, reviewer, unit admin) record what reached them; the objector’s name and contact are optional. Only while the nomination is posted: 422 NOMINATION.DISCLOSURE_NOT_OPEN after the end date (later complaints: hold the nomination) and NOMINATION.NO_DISCLOSURE when its rule set requires none. The Idempotency-Key fixes the objection id.
     */
    post: operations['DisclosureController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/objections/{objectionId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trả lời ý kiến phản ánh — answer an objection (nominator or chair of the nominating unit)
     * @description upheld=true: the objection is justified; the unit then returns the nomination to itself for a revised dossier (and resubmits it) or withdraws it — forwarding stays refused (NOMINATION.OBJECTION_UPHELD) until then. upheld=false: the nomination may be forwarded once the period has ended and every objection is answered. 404 OBJECTION.NOT_FOUND, 422 NOMINATION.OBJECTION_ALREADY_ANSWERED.
     */
    post: operations['DisclosureController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nominations/{id}/paper-disclosure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ghi nhận đã công khai (niêm yết) — record a disclosure the unit already held on paper
     * @description The nominator or chair of the nominating unit records where the list was posted, its first and last day and every objection received with its answer (Law 06/2022 Art. 84(5)). The period is counted in working days on the calendar: 422 NOMINATION.DISCLOSURE_TOO_SHORT below the rule set’s days, 422 NOMINATION.DISCLOSURE_NOT_ENDED when its last day is today or later, 409 NOMINATION.DISCLOSURE_ALREADY_ENDED once the disclosure is over, 422 NOMINATION.NO_DISCLOSURE when none is required. It ends the disclosure: the unit may forward, unless an objection was upheld (then the dossier is revised first).
     */
    post: operations['DisclosureController_recordPaper'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tạo đợt thi đua — create a campaign (system admin)
     * @description Kind, awards offered (all in the pinned rule set), nomination window, cut-off per level (not before the window opens, not earlier at a higher level) and the rule-set version in effect when it opens.
     */
    post: operations['AdminCampaignsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Sửa đợt thi đua — change a campaign (system admin)
     * @description Checked merged with the stored campaign. Submitted nominations keep what they were submitted with.
     */
    patch: operations['AdminCampaignsController_update'];
    trace?: never;
  };
  '/api/admin/campaigns/{id}/quotas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Chỉ tiêu — quota buckets of a campaign with limit, usage and override (who, when, why)
     * @description A unit admin sees the buckets of the units below theirs.
     */
    get: operations['AdminCampaignsController_listQuotas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/campaigns/{id}/quotas/{bucketKey}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Điều chỉnh chỉ tiêu — set a campaign × bucket limit with a reason
     * @description System admin: any bucket; unit admin: buckets of units below theirs (never their own, never a national cap). The limit never drops below the slots already used; the answer shows limit and usage.
     */
    put: operations['AdminCampaignsController_setQuota'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lịch nghỉ lễ — holidays, compensatory days off and make-up working days of a year (any signed-in user)
     * @description Rows seeded from the 2025–2027 notices carry note "verify against the official notice".
     */
    get: operations['AdminCalendarController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/calendar/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Đặt ngày — set what a date is (system admin)
     * @description A make-up working day must fall on a weekend, a compensatory day off on a weekday. Tasks opened afterwards get due dates from the new calendar; open tasks keep theirs unless extended. Each change is an event of the year's calendar stream (`working-calendar-<yyyy>`).
     */
    put: operations['AdminCalendarController_put'];
    post?: never;
    /** Xoá ngày — make a date an ordinary day again (system admin); 404 when not listed */
    delete: operations['AdminCalendarController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/stuck': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hồ sơ ách tắc — stuck open nominations with why (unit admin: their units and below; system admin: all)
     * @description Reasons: overdue (due passed; daysLate), stuck (marked by the escalation ladder), no_assignee (nobody holds the role that must act at the task’s unit: reviewer/chair, or nominator for a revision at the nominating unit), idle (no event for idleDays, default 10), on_hold (held longer than holdDays, default 14); and on the rows shown, failing (the event append keeps failing, an activity retries or the workflow task fails; `failure` says what and why). Filters: reason, level, unitId, campaignId, awardCode. Oldest task first; keyset pagination with nextCursor. `failing` (first page): every workflow in scope whose event append has failed 3 times or more, with the last error — also those with no open task or nothing stored yet; a system admin can terminate one (POST /api/admin/stuck/failing/{workflowId}/termination).
     */
    get: operations['StuckController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/stuck/failing/{workflowId}/termination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dừng quy trình lỗi — terminate a workflow whose event append keeps failing (system admin)
     * @description Only a workflow the desk lists under `failing` (3 failed attempts or more): Temporal terminates it with the reason and the operator; nothing is written to the nomination. 404 for any other id.
     */
    post: operations['StuckController_terminate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/stuck/aging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tuổi hồ sơ — open tasks per level × unit by calendar days waiting (≤5, 6–10, 11–20, >20) */
    get: operations['StuckController_aging'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Người dùng — list and search users (q: username or name; unitId, role: current grants)
     * @description Offset pages (`limit` ≤ 200). A unit admin sees users with a current grant in their subtree.
     */
    get: operations['AdminUsersController_list'];
    put?: never;
    /**
     * Tạo người dùng — create a user with an initial password and roles
     * @description The administrator sets the initial password and hands it over; it is stored as a scrypt hash and never returned. A unit admin must grant at least one role in their subtree.
     */
    post: operations['AdminUsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một người dùng — one user with current and ended role grants */
    get: operations['AdminUsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/deactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Khóa tài khoản — deactivate; the user’s tokens are refused from the next request */
    post: operations['AdminUsersController_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mở khóa tài khoản — reactivate a user */
    post: operations['AdminUsersController_reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Phân quyền — grant a role at a unit from now on */
    post: operations['AdminUsersController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/roles/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thu hồi quyền — end a current role grant now (kept in the history) */
    post: operations['AdminUsersController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đơn vị — one unit with its whole parent history */
    get: operations['AdminUnitsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Đổi tên đơn vị — rename a unit */
    patch: operations['AdminUnitsController_rename'];
    trace?: never;
  };
  '/api/admin/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thành lập đơn vị — create a unit under a parent from a date (kind fixes the level) */
    post: operations['AdminUnitsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/units/{id}/parent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Chuyển cấp trên — re-parent a unit from a date; nominations waiting at the old chain move (202)
     * @description The link valid that day is closed and a new one opened. When the chain above the unit changes at a level, a reorganisation moves pending steps of nominations through this unit to the new unit at that level; poll `reorganisation.href`.
     */
    post: operations['AdminUnitsController_reparent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/units/{id}/dissolution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Giải thể đơn vị — dissolve from a date; children and waiting nominations move to the successor (202)
     * @description The successor must be at the same level. Children are re-parented to it from that date, role grants at the unit end, and a reorganisation moves every nomination with a pending step at the unit (tasks included).
     */
    post: operations['AdminUnitsController_dissolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/award-history/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nhập lịch sử khen thưởng — import award records (system admin)
     * @description text/csv with a header row person_key,award_code,year,theme,decision_number,issuer,source (theme, decision_number, issuer optional), or JSON { rows: [{ personKey, awardCode, year, … }] }. Every row is checked first: any invalid row → 400 REQUEST.INVALID_ROWS naming each row and field, nothing imported. Idempotent: rows are upserted on (person_key, award_code, year, theme), so importing a file twice changes nothing. Eligibility matches them to nominees by personKey. An .xlsx (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, ≤ 10 MB, sheet "Lịch sử khen thưởng" as in GET /admin/award-history/template) is read with the same checks plus the sheet’s: merged cells, formulas, text that is not a number, Vietnamese messages naming each row (sheet row number) and column. dryRun=true answers the counts without writing.
     */
    post: operations['AwardHistoryController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/award-history/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mẫu nhập lịch sử khen thưởng (.xlsx) — the template of the award-history import, with instructions */
    get: operations['AwardHistoryController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/campaigns/{id}/quotas/{bucketKey}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lịch sử chỉ tiêu — every change of a bucket’s limit: before, after, who, when, why
     * @description Oldest first; each change is a QuotaLimitChanged event of stream quota-<campaignId> (hash-chained like nominations). Same access as changing the bucket.
     */
    get: operations['QuotaHistoryController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/campaigns/{id}/allotments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Chỉ tiêu giao cho đơn vị — every unit × award allotment of a campaign with limit and slots used
     * @description A unit admin sees the allotments of the units below theirs.
     */
    get: operations['QuotaAllotmentsController_list'];
    /**
     * Giao chỉ tiêu — allot a unit’s quota for an award of the campaign, with a reason
     * @description Any award of the campaign, whether or not the rule set defines a quota for it. A slot is taken when the unit approves (forwards or grants) a nomination of that award; an approval past the limit is refused (QUOTA.EXCEEDED). System admin: any unit; unit admin: units below theirs. Recorded as QuotaLimitChanged of stream quota-<campaignId> (history: GET …/quotas/{bucketKey}/history).
     */
    put: operations['QuotaAllotmentsController_allot'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rule-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các phiên bản bộ quy định — every version, published (API or built-in) and drafts */
    get: operations['RuleSetsController_list'];
    put?: never;
    /**
     * Soạn phiên bản mới — draft a new rule-set version (system admin)
     * @description The body may be incomplete while drafting; GET shows what is missing. 409 RULE_SET.ALREADY_EXISTS when the name is taken (a draft, a published or a built-in version).
     */
    post: operations['RuleSetsController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rule-sets/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một phiên bản — its body and status; a draft also carries every validation issue by field */
    get: operations['RuleSetsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rule-sets/{version}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Sửa bản thảo — replace a draft’s body (system admin)
     * @description 409 RULE_SET.IMMUTABLE once published (draft a new version instead); 409 EVENT_STORE.VERSION_CONFLICT when expectedRevision is stale (someone else edited it).
     */
    put: operations['RuleSetsController_revise'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rule-sets/{version}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ban hành — publish a valid draft (system admin); final from then on, campaigns may pin it */
    post: operations['RuleSetsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/nominations/{id}/reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nhắc việc — remind the open task’s holders (notification)
     * @description System admin: any nomination. Unit admin: nominations whose open task (or nominating unit) is in their subtree. The event records the operator and the reason.
     */
    post: operations['InterventionsController_remind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/nominations/{id}/force-return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trả về đơn vị đề nghị — return to the nominating unit for revision, whatever the procedure step
     * @description System admin: any nomination. Unit admin: nominations whose open task (or nominating unit) is in their subtree. The event records the operator and the reason. On resubmission the review reopens where the nomination waited.
     */
    post: operations['InterventionsController_forceReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/nominations/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hủy hồ sơ — end the nomination administratively (CANCELLED, đã hủy); its quota slots are released
     * @description System admin: any nomination. Unit admin: nominations whose open task (or nominating unit) is in their subtree. The event records the operator and the reason.
     */
    post: operations['InterventionsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/interventions/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Can thiệp hàng loạt — remind, force-return or cancel the stuck desk’s selection, after a dry run
     * @description dryRun=true: the nominations the desk filter (reason, level, unitId, campaignId, awardCode, idleDays, holdDays) selects in the caller’s scope, at most 500, and a selectionToken. dryRun=false: the same filter, the dry run’s nominationIds and its token (valid 15 minutes); acts only on those ids, skipping any that no longer match, 8 at a time, one outcome per id. Events share the batchId as correlationId; the same Idempotency-Key acts on nothing twice.
     */
    post: operations['InterventionsController_bulkRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/bulk-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Duyệt hàng loạt — approve or return many open reviews (reviewer or chair at each task’s unit)
     * @description Up to 500 items {nominationId, taskSeq, decision: approve|return, reason?, decisionNumber?}, each validated and decided on its own exactly as POST /nominations/:id/decisions would (8 at a time). Partial failure is normal: 200 with every item’s outcome — decided (status and version), refused (its problem with code, Vietnamese and English messages and HTTP status), or unknown when a service was down and the item may or may not have been decided (retry with the same Idempotency-Key to settle it, never deciding twice); 400 only for a malformed envelope. All events of the batch carry its batchId as correlationId. The same Idempotency-Key decides nothing twice.
     */
    post: operations['BulkDecisionsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/nominations/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dòng thời gian — every event of a nomination with actor, on-behalf-of, reason, rule set, hashes
     * @description Auditors and system admins; otherwise a role at a unit on the nomination’s route. From the event store.
     */
    get: operations['AuditNominationsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/nominations/{id}/as-of': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Trạng thái tại thời điểm — the nomination folded from the events recorded up to `at`
     * @description Folds with the domain’s `evolve` (as the workflow and projection do). 400 for a bad instant, 404 when the nomination had no event recorded yet at `at`.
     */
    get: operations['AuditNominationsController_asOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/nominations/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kiểm tra chuỗi băm — recompute the nomination’s hash chain from the stored bytes
     * @description ok=false names the first broken link (hash, prev_hash or version_gap). Auditors and system admins.
     */
    get: operations['AuditNominationsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/nominations/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất hồ sơ có chữ ký — the events with hashes and the folded state, signed with Ed25519
     * @description json: `{ payload, signature, publicKey, keyId, algorithm }`, the signature over RFC 8785 canonical JSON of `payload`. csv: RFC 4180 rows (one per event, data and metadata as canonical JSON); the signature over the exact bytes is in `X-Vinhdanh-Signature` (base64), the key in `X-Vinhdanh-Public-Key` (base64 of the SPKI PEM) and `X-Vinhdanh-Key-Id`; save them as `<file>.sig.json` `{ algorithm, signature, publicKey, keyId }`. Check offline with `npm run verify-export -- <file>`.
     */
    get: operations['AuditNominationsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/nominations/{id}/replay-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kiểm tra phát lại — replay the Temporal history against the current workflow code
     * @description Fetches the workflow history, runs it through `Worker.runReplayHistory` (divergence → replay.ok=false with the error), and compares the workflow’s queried state with the event store’s fold. 503 when Temporal is down.
     */
    get: operations['AuditNominationsController_replayCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/streams/{streamId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dòng thời gian — every event of a campaign, calendar year, quota, delegation or relatives stream
     * @description Each event with actor, reason, hashes and a line in Vietnamese and English. Auditors and system admins.
     */
    get: operations['AuditStreamsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/streams/{streamId}/as-of': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Trạng thái tại thời điểm — the aggregate folded from the events recorded up to `at`
     * @description Folds with the aggregate’s own `evolve`, as the command handler does. 404 before its first event.
     */
    get: operations['AuditStreamsController_asOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/streams/{streamId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kiểm tra chuỗi băm — recompute the stream’s hash chain from the stored bytes
     * @description ok=false names the first broken link. Auditors and system admins.
     */
    get: operations['AuditStreamsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Kiểm tra toàn kho — verify the hash chains of the next `maxStreams` streams after `after`
     * @description Bounded: one request checks whole streams up to maxStreams. Repeat with `after: nextCursor` until `complete`; the counts say how far it got. Stops at the first broken link. Read-only, so safe to repeat.
     */
    post: operations['AuditStoreController_verifyStore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/anchors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách neo — anchors, newest day first; page with beforeDay */
    get: operations['AuditStoreController_listAnchors'];
    put?: never;
    /**
     * Neo toàn vẹn — record every stream head and sign their digest (once per Vietnam calendar day)
     * @description 201 with the new anchor; 200 with the day’s existing anchor when one was already made (idempotent per day, so no Idempotency-Key is needed). Digest: sha256 over lines `streamId\tversion\thash\n` sorted by the UTF-8 bytes of the stream id; the signed bytes are `signedPayload`.
     */
    post: operations['AuditStoreController_createAnchor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/anchors/{id}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Đối chiếu neo — check the store against a signed anchor
     * @description Verifies the signature with the API’s trusted keys (not the key stored beside it), that the stored heads still digest to the signed value, and that every anchored stream still has the anchored hash at the anchored version, recomputing each chain up to it. Finds a rewrite even when the attacker recomputed the hash chain (hash_differs), and an event edited in place with its hash left untouched (chain_broken).
     */
    get: operations['AuditStoreController_checkAnchor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/units/{unitId}/inbox-as-of': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hộp việc tại thời điểm — the open tasks of a unit at `at`, folded from the events
     * @description Folds every nomination stream with an event that opened a task at the unit by then (at most 2000; `truncated` says when more exist). Auditors, system admins, or the unit’s administrator.
     */
    get: operations['AuditStoreController_inboxAsOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/campaigns/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất cả đợt có chữ ký — every nomination of a campaign as signed JSON Lines
     * @description `application/x-ndjson`, streamed with bounded memory. Line 1: `{ kind: "header", format: "vinhdanh.campaign-export", campaignId, exportedAt, exportedBy }`; then one line per nomination `{ kind: "nomination", …the nomination export payload }` (events with hashes, finalState); last line `{ kind: "signature", manifest: { campaignId, nominations, sha256 }, signature, publicKey, keyId, algorithm }` where sha256 covers every byte before it and the Ed25519 signature covers canonical JSON of the manifest. Nominations are found from their submission events, not from a read model. Check offline with `npm run verify-export -- <file.jsonl>`.
     */
    get: operations['AuditCampaignsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/anomalies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bất thường trong đợt thi đua — anomalies of a campaign, from the events
     * @description Kinds: late_decision (a decision or step recorded after the open task’s due time), quota_change_in_round (a quota override changed while the campaign window was open; first page only), on_behalf (an event whose metadata names onBehalfOf), multi_level_decider (one person deciding at two levels of a nomination), bloc_alert (an emulation bloc’s rotation or formalism alert for the years the campaign covers; first page only). Each page scans at most `limit` nominations of the campaign in stream order, so a page may hold no item yet carry a nextCursor; keep paging until nextCursor is null.
     */
    get: operations['AnomaliesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Kiểm tra tệp xuất — verify an uploaded signed export (nomination JSON or CSV, campaign JSON Lines)
     * @description The file is the request body (application/octet-stream). A CSV export sends its signature sidecar (`{ algorithm, signature, publicKey, keyId }`, from the export’s X-Vinhdanh-* headers) base64-encoded in `X-Export-Signature`. Checks the signature against the system’s keys, the hash chain and the fold; nothing is stored.
     */
    post: operations['ExportCheckController_check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông báo của tôi — my notifications, newest first, with the unread count */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh dấu tất cả đã đọc — mark all my notifications read */
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh dấu đã đọc — mark one of my notifications read (404 for anyone else’s) */
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tải tệp lên — upload one attachment as the raw body (any signed-in user)
     * @description Body: the file's bytes; Content-Type one of application/pdf, image/jpeg, image/png, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet and matching the file's signature; X-File-Name: the name, percent-encoded UTF-8, with a matching extension. At most 10485760 bytes (413 beyond). The SHA-256 is computed by the server; put the answer's id and sha256 in the dossier (attachments[].attachmentId, sha256). The Idempotency-Key makes a retry return the stored file.
     */
    post: operations['AttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tải tệp về — download an attachment
     * @description For its uploader, and for anyone who may read a nomination whose dossier lists it (same id and sha256). Repr-Digest carries the SHA-256 so the client can check what it received.
     */
    get: operations['AttachmentsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ quyết định — decisions of my units (all for oversight), newest first */
    get: operations['AwardDecisionsController_list'];
    put?: never;
    /**
     * Ban hành quyết định khen thưởng — issue one decision covering many nominations (chair of the issuing unit)
     * @description The number is the next of the issuing unit’s register for the year (never reused, never skipped: taken in the transaction that writes AwardDecisionIssued), followed by the symbol (default by the unit’s level, e.g. QĐ-TLĐ). Every listed nomination must wait for the granting sign-off at the issuing unit; otherwise 422 AWARD_DECISION.NOT_READY with errors[] naming each one (field nominationIds[i], rule). Each covered nomination is then granted by this decision exactly once (its NominationGranted carries the decision id), and the decision’s PDF and DOCX are generated with their SHA-256 recorded as events. The same Idempotency-Key returns the same decision (and retries grants that had not gone through).
     */
    post: operations['AwardDecisionsController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions/ready-nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đề nghị chờ quyết định — nominations waiting only for the granting sign-off at the unit (the issue’s own check) */
    get: operations['AwardDecisionsController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một quyết định — number, annex (granted, certificate), progress, documents with checksums, signed copies */
    get: operations['AwardDecisionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions/{id}/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi lại khen thưởng — re-send the grants that did not go through (each nomination once) */
    post: operations['AwardDecisionsController_retryGrants'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải tài liệu — download a generated PDF/DOCX (quyết định, Bằng khen, Giấy khen); X-Checksum-SHA256 header */
    get: operations['AwardDecisionsController_document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions/{id}/signed-copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gắn bản ký, đóng dấu — link the signed and stamped scan (uploaded first with POST /attachments) */
    post: operations['AwardDecisionsController_linkSignedCopy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions/{id}/revocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Thu hồi theo quyết định — a quyết định thu hồi revoking awards this decision granted (its chair)
     * @description The revocation (number, date, reason; the listed nominations or, without nominationIds, every one this decision granted) is recorded on this decision as an event, then each nomination is revoked once by its own stream (its NominationRevoked names the revoking number and this decision as the grant). 422 AWARD_DECISION.NOT_REVOCABLE names each line that is not on the annex, not granted by it, or already revoked. `refused` lists nominations whose own rules refused (named); repeat with the same Idempotency-Key.
     */
    post: operations['AwardDecisionsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/award-decisions/{id}/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * In bằng, giấy khen — start the print run, one certificate (PDF and DOCX) per annex line
     * @description A Temporal workflow renders the certificates in chunks and survives a worker restart (no duplicate, no gap). Progress: GET /award-decisions/:id (progress.certificatesPrinted, each line’s certificate links).
     */
    post: operations['AwardDecisionsController_startPrint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-templates/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mẫu văn bản của đơn vị — each kind, its placeholders, and whether the unit replaced it */
    get: operations['DocumentTemplatesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-templates/{unitId}/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải mẫu — the DOCX template in use (the unit’s replacement, else the default) */
    get: operations['DocumentTemplatesController_download'];
    /**
     * Thay mẫu — replace a kind’s DOCX template for the unit (unit admin or chair there; system admin)
     * @description Body: the .docx bytes (Content-Type application/vnd.openxmlformats-officedocument.wordprocessingml.document). 422 DOCUMENT_TEMPLATE.INVALID with errors[] naming each missing placeholder ({nguoiKy}, {#phuLuc}, phuLuc.soTien), each unknown one, or an unreadable file.
     */
    put: operations['DocumentTemplatesController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/quotas/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Chỉ tiêu đã dùng — slots used of an award’s quota at a unit (reviewer, chair or unit admin there)
     * @description The unit-scope counters counted at this unit’s level, and the national caps, with the limit in force (override, counter, rule set). Empty buckets when the award has no quota. Auditors and system admins: any unit.
     */
    get: operations['QuotaUsageController_usage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bộ lọc của tôi và được chia sẻ — my saved views and those shared with me
     * @description Shared with me: views others shared with a role I hold at a unit. Each list is ordered by name.
     */
    get: operations['ViewsController_list'];
    put?: never;
    /**
     * Lưu bộ lọc — save an inbox or stuck-desk filter and sort under a name
     * @description The filter is validated with the list’s own query schema (inbox: GET /api/inbox without limit/cursor; stuck: the desk’s filter), so errors name e.g. `filter.kind`. `shares`: everyone holding `role` at `unitId` sees the view; their list still shows only what their own roles allow. Stuck-desk views need unit_admin or system_admin. 409 SAVED_VIEW.ALREADY_EXISTS when the name is taken.
     */
    post: operations['ViewsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một bộ lọc — one view I own or that is shared with me (404 otherwise) */
    get: operations['ViewsController_get'];
    put?: never;
    post?: never;
    /** Xoá bộ lọc — delete my view (its shares go with it) */
    delete: operations['ViewsController_remove'];
    options?: never;
    head?: never;
    /**
     * Đổi tên / sửa / chia sẻ bộ lọc — rename, refilter, resort or reshare my view
     * @description Any of name, filter, sort, shares (shares replaces the list). Only the owner (403 otherwise).
     */
    patch: operations['ViewsController_update'];
    trace?: never;
  };
  '/api/reports/annual-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Báo cáo tổng kết năm — a unit and its subtree: awards and nominations by award, level, kind, campaign; outcomes; shares; time per level; quota use
     * @description Filters: unitId, year (default this year, Vietnam time), campaignId; breakdown=units adds each unit directly below. Scope: auditors and system admins any unit; others a unit where they hold a role, or below it (default: their highest unit; the top of the tree gives the national figures). Figures follow units through reorganisations: a dissolved unit counts under its successor (`mergedUnits`, `reorganisationNote`). `format=xlsx` streams an .xlsx (Vietnamese headers, real dates and numbers, frozen header row, filters); `format=csv` the first sheet as CSV with a UTF-8 BOM. Each download is recorded as a `ReportExported` event (stream `report-exports-<userId>`: who, what, filters, rows, personal data) and its id returned in `X-Vinhdanh-Export-Id`.
     */
    get: operations['ReportsController_annualSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tỷ lệ — shares of direct workers, women and non-leaders among person nominations and awards, against the rule set’s targets
     * @description Filters: unitId, year, campaignId. Targets: the direct-worker share the rule sets state for the awards counted; none is stated for women or non-leaders (said in targetsNote). Scope: auditors and system admins any unit; others a unit where they hold a role, or below it (default: their highest unit; the top of the tree gives the national figures). Figures follow units through reorganisations: a dissolved unit counts under its successor (`mergedUnits`, `reorganisationNote`). `format=xlsx` streams an .xlsx (Vietnamese headers, real dates and numbers, frozen header row, filters); `format=csv` the first sheet as CSV with a UTF-8 BOM. Each download is recorded as a `ReportExported` event (stream `report-exports-<userId>`: who, what, filters, rows, personal data) and its id returned in `X-Vinhdanh-Export-Id`.
     */
    get: operations['ReportsController_shares'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/round-progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tiến độ đợt — where a campaign’s nominations wait by level and unit, overdue, and a forecast against the cut-offs
     * @description campaignId required; unitId optional. forecastLate: open tasks whose opening plus the level’s average time so far falls after the level’s cut-off. Scope: auditors and system admins any unit; others a unit where they hold a role, or below it (default: their highest unit; the top of the tree gives the national figures). Figures follow units through reorganisations: a dissolved unit counts under its successor (`mergedUnits`, `reorganisationNote`). `format=xlsx` streams an .xlsx (Vietnamese headers, real dates and numbers, frozen header row, filters); `format=csv` the first sheet as CSV with a UTF-8 BOM. Each download is recorded as a `ReportExported` event (stream `report-exports-<userId>`: who, what, filters, rows, personal data) and its id returned in `X-Vinhdanh-Export-Id`.
     */
    get: operations['ReportsController_roundProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/units/{unitId}/award-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lịch sử khen thưởng của đơn vị — awards granted (and revoked) to a unit and its subtree, newest first
     * @description Filters: year (of the decision, Vietnam time), campaignId. Names are given only for nominations the caller may read (a role at a unit on its route; auditors all); otherwise nomineeName is null and hiddenNames counts them. Scope: auditors and system admins any unit; others a unit where they hold a role, or below it (default: their highest unit; the top of the tree gives the national figures). Figures follow units through reorganisations: a dissolved unit counts under its successor (`mergedUnits`, `reorganisationNote`). `format=xlsx` streams an .xlsx (Vietnamese headers, real dates and numbers, frozen header row, filters); `format=csv` the first sheet as CSV with a UTF-8 BOM. Each download is recorded as a `ReportExported` event (stream `report-exports-<userId>`: who, what, filters, rows, personal data) and its id returned in `X-Vinhdanh-Export-Id`.
     */
    get: operations['ReportsController_awardHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Danh sách hồ sơ ra Excel — the nominations list (same scope and filters as GET /nominations), every page
     * @description format=xlsx (default, streamed) or csv (UTF-8 BOM). The download is recorded first as a ReportExported event (personal data: yes).
     */
    get: operations['ListExportsController_nominations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hộp việc ra Excel — the caller’s inbox (same scope and filters as GET /inbox), every page
     * @description format=xlsx (default) or csv. Recorded as a ReportExported event.
     */
    get: operations['ListExportsController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/stuck': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bàn điều phối ra Excel — stuck nominations with their reasons (same scope and filters as GET /admin/stuck)
     * @description format=xlsx (default) or csv. Recorded as a ReportExported event.
     */
    get: operations['ListExportsController_stuckDesk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/audit-timeline/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dòng thời gian kiểm toán ra Excel — every event of a nomination with actor, reason and hash
     * @description Auditors and system admins; the units on the nomination’s route. Recorded as a ReportExported event.
     */
    get: operations['ListExportsController_auditTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/submission-batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Danh sách đề nghị ra Excel — the đề nghị the caller sees (same scope as GET /submission-batches)
     * @description format=xlsx (default, streamed) or csv (UTF-8 BOM). Recorded first as a ReportExported event.
     */
    get: operations['RoundAdminExportsController_submissionBatches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/council-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Danh sách phiên họp ra Excel — the council sessions the caller sees (same scope as GET /council-sessions)
     * @description format=xlsx (default) or csv. Recorded first as a ReportExported event.
     */
    get: operations['RoundAdminExportsController_councilSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Danh sách người dùng ra Excel — the users the caller administers (same scope and filters as GET /admin/users)
     * @description format=xlsx (default) or csv; every page. Recorded first as a ReportExported event (personal data).
     */
    get: operations['RoundAdminExportsController_users'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/exports/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Danh sách đơn vị ra Excel — the units the caller administers (system admin: all, dissolved ones too)
     * @description format=xlsx (default) or csv, with the parent as of today. Recorded first as a ReportExported event.
     */
    get: operations['RoundAdminExportsController_units'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/org-import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nhập cơ cấu tổ chức (.xlsx) — create, rename and re-parent units from a workbook
     * @description Body: the workbook (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, ≤ 10 MB, sheet "Cơ cấu tổ chức" as in GET /admin/org-import/template). Every row is checked first (sheet rules: merged cells, formulas, dates, numbers; then codes, kinds, parents, levels, the whole tree after the import, and the caller’s scope): any problem → 400 REQUEST.INVALID_ROWS naming each row, column and rule in Vietnamese, nothing written. Then each change goes through the unit commands (UnitCreated, UnitRenamed, UnitReparented events). A code already in the tree updates that unit; rows already so are unchanged, so the same file twice creates nothing twice. dryRun=true answers the changes without writing.
     */
    post: operations['OrgImportController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/org-import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mẫu nhập cơ cấu tổ chức (.xlsx) — the template of the org-tree import, with instructions */
    get: operations['OrgImportController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/directory/labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhãn — names of awards (per rule-set version), attachment kinds, events, roles and levels */
    get: operations['DirectoryController_labels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/directory/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh bạ — people with a current role at a unit (role, name search), for choosing an assignee or delegate */
    get: operations['DirectoryController_people'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các khối thi đua — the blocs (of one organiser), with their alert counts */
    get: operations['BlocsController_list'];
    put?: never;
    /** Thành lập khối thi đua — form a bloc of units of one level */
    post: operations['BlocsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Khối thi đua — members, covenant status, scores self vs cross, ranking, winner history, alerts */
    get: operations['BlocsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thêm đơn vị vào khối từ một ngày */
    post: operations['BlocsController_addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/members/{unitId}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đơn vị rời khối (hoặc giải thể) từ một ngày */
    post: operations['BlocsController_removeMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mở năm thi đua: biểu chấm điểm theo bộ quy định, hạn ký giao ước, trưởng và phó khối */
    post: operations['BlocsController_openYear'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/workflow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chạy năm thi đua theo quy trình tự động: hạn ký giao ước, tự chấm, chấm chéo, rà soát, họp khối (nhắc hạn, báo quá hạn lên đơn vị tổ chức), rồi đề nghị đơn vị dẫn đầu */
    post: operations['BlocsController_startYearWorkflow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng ký thi đua của một đơn vị */
    post: operations['BlocsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/covenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ký giao ước thi đua (422 BLOC.LATE_COVENANT sau hạn) */
    post: operations['BlocsController_covenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/scoring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mở chấm điểm (khi mọi đơn vị đã ký giao ước hoặc đã hết hạn) */
    post: operations['BlocsController_openScoring'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/self-scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Biểu tự chấm điểm, kèm minh chứng (422 BLOC.SCORE_OUT_OF_RANGE) */
    post: operations['BlocsController_selfScore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/cross-scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chấm chéo (422 BLOC.CROSS_SCORE_SELF khi tự chấm mình) */
    post: operations['BlocsController_crossScore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trưởng khối rà soát và khóa kết quả chấm điểm trước khi bỏ phiếu */
    post: operations['BlocsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/ballot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Họp khối: điểm danh và kiểm phiếu suy tôn (422 BLOC.BALLOTS_EXCEED_PRESENT) */
    post: operations['BlocsController_ballot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/reason': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lý do suy tôn đơn vị không có điểm cao nhất */
    post: operations['BlocsController_reason'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/proposal/nomination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hoàn thiện hồ sơ đề nghị Cờ thi đua của đơn vị dẫn đầu khối — the leading unit completes its flag dossier; the nomination starts with the biên bản attached */
    post: operations['BlocsController_completeProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocs/{id}/years/{year}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhập kết quả một năm đã qua từ hồ sơ giấy */
    post: operations['BlocsController_importYear'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/submission-batches/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nhập danh sách đề nghị từ Excel (.xlsx) — a batch’s nominees from the template (nominator at the unit)
     * @description Body: the workbook (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, ≤ 10 MB, sheet "Danh sách đề nghị" as in GET /submission-batches/import/template). Query: the batch (submittingUnitId, campaignId, submissionLetterNumber) and the uploaded tờ trình and minutes (toTrinhId, bienBanId; files of POST /attachments). Every row is checked first (the sheet: merged cells, formulas, numbers, choices; then the batch rules): any problem → 400 REQUEST.INVALID_ROWS naming each row, column and rule in Vietnamese, nothing written. dryRun=true answers the nominees the batch would hold. skipInvalidRows=true (the user’s explicit choice) leaves the bad rows out instead of refusing the file, while at least one good row remains: a dry run lists them in `skipped`, a submission records them in the batch’s event and answers them in `skippedRows`. Otherwise the batch is submitted as by POST /submission-batches, keyed by the file and the query: the same file uploaded twice answers the same batch and starts nothing twice.
     */
    post: operations['BatchImportController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/submission-batches/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mẫu danh sách đề nghị (.xlsx) — the nominee-list template, with instructions */
    get: operations['BatchImportController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/submission-batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách đề nghị — batches of my units and the units below, with progress */
    get: operations['SubmissionBatchesController_list'];
    put?: never;
    /**
     * Gửi đề nghị theo danh sách — submit one proposal listing many nominees (nominator at the unit)
     * @description Refused whole (422 BATCH.INVALID_ROWS) naming every bad row (row number, field, rule, Vietnamese message) unless skipInvalidRows is true. Each accepted row then starts its own nomination in the background; GET the batch for progress. The same Idempotency-Key answers with the same batch and resumes starting rows that have not started, never starting one twice.
     */
    post: operations['SubmissionBatchesController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/submission-batches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một đề nghị — its rows, their nominations and statuses, and the progress */
    get: operations['SubmissionBatchesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/submission-batches/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trả lại / chuyển cấp trên theo đề nghị — return or forward the batch, whole or the nominees picked
     * @description One decision on the batch (recorded as an event with the tasks open now); each covered nomination is then decided by its own workflow through the inbox bulk path (reviewer or chair at its task’s unit), and what each did is recorded on the batch: `decisions[]` lists what was reached and every refusal by name, `unknown` the nominees a service outage left unsettled (repeat with the same Idempotency-Key). Without nominationIds the whole list: every nominee whose task awaits one of the caller’s units. 422 BATCH.NOT_IN_BATCH names picks that are not started rows of the batch.
     */
    post: operations['SubmissionBatchesController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/submission-batches/{id}/to-trinh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lập tờ trình (Mẫu 01) — PDF and DOCX from the batch, each checksum recorded as an event */
    post: operations['SubmissionBatchesController_toTrinh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/submission-batches/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải tờ trình — the PDF/DOCX; X-Checksum-SHA256 is the checksum its event recorded */
    get: operations['SubmissionBatchesController_document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các phiên họp của đơn vị tôi */
    get: operations['CouncilSessionsController_list'];
    put?: never;
    /** Triệu tập phiên họp — convene a council session over the candidates of batches (approver at the unit) */
    post: operations['CouncilSessionsController_convene'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một phiên họp: thành phần, điểm danh, các vòng kiểm phiếu, xếp hạng, kết quả */
    get: operations['CouncilSessionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Khai mạc / họp tiếp — attendance; 422 COUNCIL.NO_QUORUM below the quorum */
    post: operations['CouncilSessionsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}/adjourn': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tạm dừng phiên họp — adjourn with a reason */
    post: operations['CouncilSessionsController_adjourn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}/ballots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiểm phiếu — one ballot per candidate (a re-vote: those not yet passed), ranked into the quota */
    post: operations['CouncilSessionsController_tally'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}/tie-break': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chủ tịch Hội đồng quyết định khi bằng phiếu ở suất cuối */
    post: operations['CouncilSessionsController_breakTie'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}/conclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc phiên họp — record the results and send each ballot to its nomination’s vote step */
    post: operations['CouncilSessionsController_conclude'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}/bien-ban': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lập biên bản họp / kiểm phiếu — PDF and DOCX from the session, checksums recorded as events */
    post: operations['CouncilSessionsController_bienBan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-sessions/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải biên bản — PDF/DOCX; X-Checksum-SHA256 is the checksum its event recorded */
    get: operations['CouncilSessionsController_document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-rosters/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thành phần Hội đồng — every membership of the unit’s council and the members in force on asOf (default today) */
    get: operations['CouncilRostersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-rosters/{unitId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bổ nhiệm thành viên Hội đồng — a member, the chair or the secretary from a day (approver at the unit)
     * @description 422 COUNCIL_ROSTER.ROLE_TAKEN names who already chairs (or is secretary) in that period; COUNCIL_ROSTER.ALREADY_MEMBER when the person already sits then. The same appointment again changes nothing.
     */
    post: operations['CouncilRostersController_appoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/council-rosters/{unitId}/members/{memberId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc tham gia Hội đồng — the member’s last day in office */
    post: operations['CouncilRostersController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/reorganisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các đợt sắp xếp tổ chức — reorganisations, newest first, with progress */
    get: operations['ReorganisationController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/reorganisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tiến độ chuyển hồ sơ — one reorganisation: status, counts, failures */
    get: operations['ReorganisationController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/reorganisations/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Chạy lại — plan again and retry pending and failed moves (202; poll GET for progress)
     * @description Safe to repeat: each move is one workflow Update with an id fixed by the reorganisation and nomination. A reorganisation dated in the future stays scheduled until its date.
     */
    post: operations['ReorganisationController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          refreshToken: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrgController_units: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrgController_campaigns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MetricsController_render: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NominationsController_list: {
    parameters: {
      query?: {
        cursor?: unknown;
        limit?: unknown;
        /** @description Nominee name, accents optional */
        search?: unknown;
        awardCode?: unknown;
        campaignId?: unknown;
        status?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NominationsController_create: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          nominatingUnitId: string;
          awardCode: string;
          /** Format: uuid */
          campaignId: string;
          dossier: {
            nominee:
              | {
                  /** @enum {string} */
                  kind: 'person';
                  fullName: string;
                  /** @enum {string} */
                  gender: 'male' | 'female';
                  birthYear: number;
                  position: string;
                  isLeader: boolean;
                  isDirectWorker: boolean;
                  personKey?: string;
                  excellentYears?: number[];
                  /** @enum {string} */
                  trainingLevel?: 'none' | 'vocational' | 'intermediate' | 'college' | 'university' | 'postgraduate';
                  directWorkYears?: number;
                  unionWork?: {
                    fullTimeYears: number;
                    partTimeYears: number;
                    partTimeNonStateYears: number;
                  };
                }
              | {
                  /** @enum {string} */
                  kind: 'collective';
                  name: string;
                  memberCount: number;
                  womenShare: number;
                  unitId?: string;
                };
            achievements: string;
            initiatives: {
              title: string;
              valueVnd: number;
              appliedYear: number;
            }[];
            attachments: {
              /** @enum {string} */
              kind: 'TO_TRINH' | 'BAO_CAO_THANH_TICH' | 'BIEN_BAN' | 'SANG_KIEN' | 'KHAC';
              name: string;
              sizeBytes: number;
              sha256: string;
              /** Format: uuid */
              attachmentId?: string;
            }[];
          };
        };
      };
    };
    responses: {
      /** @description Submitted; the nomination as the read model shows it. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Submitted; the read model has not caught up yet (see Location). */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  NominationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NominationsController_decide: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'approve' | 'return' | 'reject';
          reason?: string;
          decisionNumber?: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      /** @description Decided. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "outcome": {
           *         "nominationId": "5f0c…",
           *         "status": "FORWARDED",
           *         "version": 4,
           *         "events": [
           *           {
           *             "type": "NominationForwarded",
           *             "streamVersion": 3
           *           },
           *           {
           *             "type": "NominationReviewOpened",
           *             "streamVersion": 4
           *           }
           *         ]
           *       },
           *       "readModelCaughtUp": true,
           *       "nomination": {
           *         "id": "5f0c…",
           *         "version": 4,
           *         "status": "FORWARDED",
           *         "statusLabel": {
           *           "vi": "Đã chuyển cấp trên",
           *           "en": "Forwarded"
           *         }
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  NominationsController_resubmit: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
          dossier?: {
            nominee:
              | {
                  /** @enum {string} */
                  kind: 'person';
                  fullName: string;
                  /** @enum {string} */
                  gender: 'male' | 'female';
                  birthYear: number;
                  position: string;
                  isLeader: boolean;
                  isDirectWorker: boolean;
                  personKey?: string;
                  excellentYears?: number[];
                  /** @enum {string} */
                  trainingLevel?: 'none' | 'vocational' | 'intermediate' | 'college' | 'university' | 'postgraduate';
                  directWorkYears?: number;
                  unionWork?: {
                    fullTimeYears: number;
                    partTimeYears: number;
                    partTimeNonStateYears: number;
                  };
                }
              | {
                  /** @enum {string} */
                  kind: 'collective';
                  name: string;
                  memberCount: number;
                  womenShare: number;
                  unitId?: string;
                };
            achievements: string;
            initiatives: {
              title: string;
              valueVnd: number;
              appliedYear: number;
            }[];
            attachments: {
              /** @enum {string} */
              kind: 'TO_TRINH' | 'BAO_CAO_THANH_TICH' | 'BIEN_BAN' | 'SANG_KIEN' | 'KHAC';
              name: string;
              sizeBytes: number;
              sha256: string;
              /** Format: uuid */
              attachmentId?: string;
            }[];
          };
          taskSeq?: number;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  NominationsController_withdraw: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  StepsController_intake: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          complete: boolean;
          missingKinds?: ('TO_TRINH' | 'BAO_CAO_THANH_TICH' | 'BIEN_BAN' | 'SANG_KIEN' | 'KHAC')[];
          reason?: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "outcome": {
           *         "nominationId": "5f0c…",
           *         "status": "FORWARDED",
           *         "version": 4,
           *         "events": [
           *           {
           *             "type": "NominationForwarded",
           *             "streamVersion": 3
           *           },
           *           {
           *             "type": "NominationReviewOpened",
           *             "streamVersion": 4
           *           }
           *         ]
           *       },
           *       "readModelCaughtUp": true,
           *       "nomination": {
           *         "id": "5f0c…",
           *         "version": 4,
           *         "status": "FORWARDED",
           *         "statusLabel": {
           *           "vi": "Đã chuyển cấp trên",
           *           "en": "Forwarded"
           *         }
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  StepsController_appraisal: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          checks?: {
            rule: string;
            passed: boolean;
            reasonVi: string;
            reasonEn: string;
          }[];
          note?: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  StepsController_vote: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          membersTotal: number;
          present: number;
          votesFor: number;
          votesAgainst: number;
          abstentions: number;
          writtenFor: number;
          writtenAgainst: number;
          minutesNumber?: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "outcome": {
           *         "nominationId": "5f0c…",
           *         "status": "FORWARDED",
           *         "version": 4,
           *         "events": [
           *           {
           *             "type": "NominationForwarded",
           *             "streamVersion": 3
           *           },
           *           {
           *             "type": "NominationReviewOpened",
           *             "streamVersion": 4
           *           }
           *         ]
           *       },
           *       "readModelCaughtUp": true,
           *       "nomination": {
           *         "id": "5f0c…",
           *         "version": 4,
           *         "status": "FORWARDED",
           *         "statusLabel": {
           *           "vi": "Đã chuyển cấp trên",
           *           "en": "Forwarded"
           *         }
           *       },
           *       "vote": {
           *         "threshold": {
           *           "class": "percent90",
           *           "minShare": 0.9
           *         },
           *         "required": 10,
           *         "votesForTotal": 10,
           *         "share": 0.909,
           *         "passed": true,
           *         "reasonVi": "Đạt: 10/11 thành viên Hội đồng tán thành; cần từ 90 % trở lên tổng số thành viên (10 phiếu)."
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  StepsController_hold: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'discipline_review' | 'inspection' | 'complaint';
          reason: string;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  StepsController_resume: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  StepsController_extendDeadline: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          dueAt: string;
          reason: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  StepsController_revoke: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          decisionNumber?: string;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  InboxController_inbox: {
    parameters: {
      query?: {
        cursor?: unknown;
        limit?: unknown;
        search?: unknown;
        /** @description opened (default) or due */
        sort?: 'opened' | 'due';
        overdue?: 'true' | 'false';
        /** @description the step the task waits at */
        status?: unknown;
        /** @description me | unassigned | <user id>: who holds the task */
        holder?: unknown;
        campaignId?: unknown;
        awardCode?: unknown;
        kind?: 'review' | 'revision';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_claim: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          taskSeq?: number;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "outcome": {
           *         "nominationId": "5f0c…",
           *         "status": "FORWARDED",
           *         "version": 4,
           *         "events": [
           *           {
           *             "type": "NominationForwarded",
           *             "streamVersion": 3
           *           },
           *           {
           *             "type": "NominationReviewOpened",
           *             "streamVersion": 4
           *           }
           *         ]
           *       },
           *       "readModelCaughtUp": true,
           *       "nomination": {
           *         "id": "5f0c…",
           *         "version": 4,
           *         "status": "FORWARDED",
           *         "statusLabel": {
           *           "vi": "Đã chuyển cấp trên",
           *           "en": "Forwarded"
           *         }
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  TasksController_release: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          taskSeq?: number;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  TasksController_assign: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          assigneeUserId: string;
          reason?: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  TasksController_recuse: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  RelativesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RelativesController_declare: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          personKey: string;
          fullName: string;
          relation: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DelegationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DelegationsController_create: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          delegateUserId: string;
          unitId: string;
          /** Format: date-time */
          startsAt?: string;
          /** Format: date-time */
          endsAt: string;
          reason: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DelegationsController_revoke: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DisclosureController_record: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
          objectorName?: string;
          objectorContact?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "outcome": {
           *         "nominationId": "5f0c…",
           *         "status": "FORWARDED",
           *         "version": 4,
           *         "events": [
           *           {
           *             "type": "NominationForwarded",
           *             "streamVersion": 3
           *           },
           *           {
           *             "type": "NominationReviewOpened",
           *             "streamVersion": 4
           *           }
           *         ]
           *       },
           *       "readModelCaughtUp": true,
           *       "nomination": {
           *         "id": "5f0c…",
           *         "version": 4,
           *         "status": "FORWARDED",
           *         "statusLabel": {
           *           "vi": "Đã chuyển cấp trên",
           *           "en": "Forwarded"
           *         }
           *       },
           *       "objectionId": "5d1c…"
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  DisclosureController_answer: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        objectionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answer: string;
          upheld: boolean;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "outcome": {
           *         "nominationId": "5f0c…",
           *         "status": "FORWARDED",
           *         "version": 4,
           *         "events": [
           *           {
           *             "type": "NominationForwarded",
           *             "streamVersion": 3
           *           },
           *           {
           *             "type": "NominationReviewOpened",
           *             "streamVersion": 4
           *           }
           *         ]
           *       },
           *       "readModelCaughtUp": true,
           *       "nomination": {
           *         "id": "5f0c…",
           *         "version": 4,
           *         "status": "FORWARDED",
           *         "statusLabel": {
           *           "vi": "Đã chuyển cấp trên",
           *           "en": "Forwarded"
           *         }
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  DisclosureController_recordPaper: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          place: string;
          /** Format: date */
          postedOn: string;
          /** Format: date */
          endedOn: string;
          objections: {
            text: string;
            objectorName?: string;
            answer: string;
            upheld: boolean;
          }[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "outcome": {
           *         "nominationId": "5f0c…",
           *         "status": "FORWARDED",
           *         "version": 4,
           *         "events": [
           *           {
           *             "type": "NominationForwarded",
           *             "streamVersion": 3
           *           },
           *           {
           *             "type": "NominationReviewOpened",
           *             "streamVersion": 4
           *           }
           *         ]
           *       },
           *       "readModelCaughtUp": true,
           *       "nomination": {
           *         "id": "5f0c…",
           *         "version": 4,
           *         "status": "FORWARDED",
           *         "statusLabel": {
           *           "vi": "Đã chuyển cấp trên",
           *           "en": "Forwarded"
           *         }
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AdminCampaignsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          /** @enum {string} */
          kind: 'annual' | 'thematic' | 'adhoc';
          ruleSetVersion: string;
          awardCodes: string[];
          /** Format: date */
          opensOn: string;
          /** Format: date */
          closesOn: string;
          cutoffs: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description CAMPAIGN.ALREADY_EXISTS: the code is taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description CAMPAIGN.INVALID / RULES.RULE_SET_MISSING. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminCampaignsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          kind?: 'annual' | 'thematic' | 'adhoc';
          ruleSetVersion?: string;
          awardCodes?: string[];
          /** Format: date */
          opensOn?: string;
          /** Format: date */
          closesOn?: string;
          cutoffs?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminCampaignsController_listQuotas: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminCampaignsController_setQuota: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        bucketKey: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          limit: number;
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "bucketKey": "BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026",
           *       "unitId": "ldld-cao-bang",
           *       "limit": 6,
           *       "used": 4,
           *       "override": {
           *         "limit": 6,
           *         "reason": "Bổ sung chỉ tiêu theo Công văn 123/TLĐ.",
           *         "changedBy": "sysadmin (Lê Minh Tuấn)"
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  AdminCalendarController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminCalendarController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'holiday' | 'compensatory' | 'makeup_workday';
          nameVi: string;
          nameEn: string;
          note?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminCalendarController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StuckController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "nominationId": "0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10",
           *           "nomineeName": "Nguyễn Văn An",
           *           "awardCode": "BK_TINH",
           *           "campaignId": "c0000000-0000-4000-8000-000000002026",
           *           "status": "FORWARDED",
           *           "level": 3,
           *           "unitId": "ldld-cao-bang",
           *           "unitName": "Liên đoàn Lao động tỉnh Cao Bằng",
           *           "taskKind": "review",
           *           "taskSeq": 2,
           *           "step": "council_vote",
           *           "openedAt": "2026-10-01T02:00:00.000Z",
           *           "dueAt": "2026-10-15T10:00:00.000Z",
           *           "lastEventAt": "2026-10-01T02:00:00.000Z",
           *           "daysWaiting": 52,
           *           "reasons": [
           *             "overdue",
           *             "idle"
           *           ],
           *           "daysLate": 38,
           *           "daysIdle": 52,
           *           "heldSince": null,
           *           "failure": null,
           *           "allowedActions": [
           *             "open",
           *             "extend"
           *           ]
           *         }
           *       ],
           *       "failing": [],
           *       "nextCursor": null,
           *       "asOf": "2026-11-22T03:00:00.000Z"
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  StuckController_terminate: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        workflowId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StuckController_aging: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminUsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *           "username": "xdp.chair",
           *           "fullName": "Ngô Thị Mai",
           *           "email": "mai.nt@congdoan.vn",
           *           "active": true,
           *           "createdAt": "2026-06-15T02:00:00.000Z",
           *           "roles": [
           *             {
           *               "role": "chair",
           *               "unitId": "cd-xa-dan-phuong",
           *               "unitName": "Công đoàn xã Đan Phượng",
           *               "validFrom": "2026-06-15T02:00:00.000Z",
           *               "validTo": null,
           *               "current": true
           *             }
           *           ]
           *         }
           *       ],
           *       "total": 1,
           *       "limit": 50,
           *       "offset": 0
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  AdminUsersController_create: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          fullName: string;
          /** Format: email */
          email?: string;
          initialPassword: string;
          /** @default [] */
          roles?: {
            /** @enum {string} */
            role: 'nominator' | 'reviewer' | 'chair' | 'unit_admin' | 'auditor' | 'system_admin';
            unitId: string;
          }[];
          reason: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "username": "xdp.chair",
           *       "fullName": "Ngô Thị Mai",
           *       "email": "mai.nt@congdoan.vn",
           *       "active": true,
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "roles": [
           *         {
           *           "role": "chair",
           *           "unitId": "cd-xa-dan-phuong",
           *           "unitName": "Công đoàn xã Đan Phượng",
           *           "validFrom": "2026-06-15T02:00:00.000Z",
           *           "validTo": null,
           *           "current": true
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description USER.ALREADY_EXISTS: the username is taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminUsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "username": "xdp.chair",
           *       "fullName": "Ngô Thị Mai",
           *       "email": "mai.nt@congdoan.vn",
           *       "active": true,
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "roles": [
           *         {
           *           "role": "chair",
           *           "unitId": "cd-xa-dan-phuong",
           *           "unitName": "Công đoàn xã Đan Phượng",
           *           "validFrom": "2026-06-15T02:00:00.000Z",
           *           "validTo": null,
           *           "current": true
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  AdminUsersController_deactivate: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "username": "xdp.chair",
           *       "fullName": "Ngô Thị Mai",
           *       "email": "mai.nt@congdoan.vn",
           *       "active": true,
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "roles": [
           *         {
           *           "role": "chair",
           *           "unitId": "cd-xa-dan-phuong",
           *           "unitName": "Công đoàn xã Đan Phượng",
           *           "validFrom": "2026-06-15T02:00:00.000Z",
           *           "validTo": null,
           *           "current": true
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  AdminUsersController_reactivate: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "username": "xdp.chair",
           *       "fullName": "Ngô Thị Mai",
           *       "email": "mai.nt@congdoan.vn",
           *       "active": true,
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "roles": [
           *         {
           *           "role": "chair",
           *           "unitId": "cd-xa-dan-phuong",
           *           "unitName": "Công đoàn xã Đan Phượng",
           *           "validFrom": "2026-06-15T02:00:00.000Z",
           *           "validTo": null,
           *           "current": true
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  AdminUsersController_grant: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'nominator' | 'reviewer' | 'chair' | 'unit_admin' | 'auditor' | 'system_admin';
          unitId: string;
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "username": "xdp.chair",
           *       "fullName": "Ngô Thị Mai",
           *       "email": "mai.nt@congdoan.vn",
           *       "active": true,
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "roles": [
           *         {
           *           "role": "chair",
           *           "unitId": "cd-xa-dan-phuong",
           *           "unitName": "Công đoàn xã Đan Phượng",
           *           "validFrom": "2026-06-15T02:00:00.000Z",
           *           "validTo": null,
           *           "current": true
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description USER_ROLE.ALREADY_EXISTS: already held. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminUsersController_revoke: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'nominator' | 'reviewer' | 'chair' | 'unit_admin' | 'auditor' | 'system_admin';
          unitId: string;
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "username": "xdp.chair",
           *       "fullName": "Ngô Thị Mai",
           *       "email": "mai.nt@congdoan.vn",
           *       "active": true,
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "roles": [
           *         {
           *           "role": "chair",
           *           "unitId": "cd-xa-dan-phuong",
           *           "unitName": "Công đoàn xã Đan Phượng",
           *           "validFrom": "2026-06-15T02:00:00.000Z",
           *           "validTo": null,
           *           "current": true
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description USER_ROLE.NOT_FOUND: no such current grant. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminUnitsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "cdcs-truong-th-hong-viet",
           *       "code": "CB-HV",
           *       "name": "Công đoàn cơ sở Trường Tiểu học Hồng Việt",
           *       "kind": "CDCS",
           *       "level": 1,
           *       "memberCount": 42,
           *       "dissolvedOn": null,
           *       "parents": [
           *         {
           *           "parentId": "ldld-hoa-an",
           *           "parentName": "Liên đoàn Lao động huyện Hòa An",
           *           "validFrom": "2015-01-01",
           *           "validTo": "2025-07-01"
           *         },
           *         {
           *           "parentId": "cd-xa-hoa-an",
           *           "parentName": "Công đoàn xã Hòa An",
           *           "validFrom": "2025-07-01",
           *           "validTo": null
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  AdminUnitsController_rename: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "cdcs-truong-th-hong-viet",
           *       "code": "CB-HV",
           *       "name": "Công đoàn cơ sở Trường Tiểu học Hồng Việt",
           *       "kind": "CDCS",
           *       "level": 1,
           *       "memberCount": 42,
           *       "dissolvedOn": null,
           *       "parents": [
           *         {
           *           "parentId": "ldld-hoa-an",
           *           "parentName": "Liên đoàn Lao động huyện Hòa An",
           *           "validFrom": "2015-01-01",
           *           "validTo": "2025-07-01"
           *         },
           *         {
           *           "parentId": "cd-xa-hoa-an",
           *           "parentName": "Công đoàn xã Hòa An",
           *           "validFrom": "2025-07-01",
           *           "validTo": null
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  AdminUnitsController_create: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          /** @enum {string} */
          kind:
            | 'CDCS'
            | 'NGHIEP_DOAN_CO_SO'
            | 'LDLD_HUYEN'
            | 'CD_VIEN_CHUC_TINH'
            | 'CD_NGANH_TINH'
            | 'CD_KCN'
            | 'CD_XA_PHUONG'
            | 'LDLD_TINH'
            | 'CD_NGANH_TW'
            | 'CD_TONG_CONG_TY'
            | 'TONG_LDLD';
          parentId: string;
          /** Format: date */
          effectiveFrom: string;
          /** @default 0 */
          memberCount?: number;
          reason: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "unit": {
           *         "id": "cdcs-truong-th-hong-viet",
           *         "code": "CB-HV",
           *         "name": "Công đoàn cơ sở Trường Tiểu học Hồng Việt",
           *         "kind": "CDCS",
           *         "level": 1,
           *         "memberCount": 42,
           *         "dissolvedOn": null,
           *         "parents": [
           *           {
           *             "parentId": "ldld-hoa-an",
           *             "parentName": "Liên đoàn Lao động huyện Hòa An",
           *             "validFrom": "2015-01-01",
           *             "validTo": "2025-07-01"
           *           },
           *           {
           *             "parentId": "cd-xa-hoa-an",
           *             "parentName": "Công đoàn xã Hòa An",
           *             "validFrom": "2025-07-01",
           *             "validTo": null
           *           }
           *         ]
           *       },
           *       "reorganisation": null
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description ORG.CYCLE / ORG.PARENT_LEVEL_NOT_ABOVE / ORG.OVERLAPPING_PARENTS …: the changed tree is invalid; `errors[0].field` names the field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminUnitsController_reparent: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          parentId: string;
          /** Format: date */
          effectiveFrom: string;
          reason: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "unit": {
           *         "id": "cdcs-truong-th-hong-viet",
           *         "code": "CB-HV",
           *         "name": "Công đoàn cơ sở Trường Tiểu học Hồng Việt",
           *         "kind": "CDCS",
           *         "level": 1,
           *         "memberCount": 42,
           *         "dissolvedOn": null,
           *         "parents": [
           *           {
           *             "parentId": "ldld-hoa-an",
           *             "parentName": "Liên đoàn Lao động huyện Hòa An",
           *             "validFrom": "2015-01-01",
           *             "validTo": "2025-07-01"
           *           },
           *           {
           *             "parentId": "cd-xa-hoa-an",
           *             "parentName": "Công đoàn xã Hòa An",
           *             "validFrom": "2025-07-01",
           *             "validTo": null
           *           }
           *         ]
           *       },
           *       "reorganisation": {
           *         "id": "0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f",
           *         "href": "/api/admin/reorganisations/0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f"
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description ORG.CYCLE / ORG.PARENT_LEVEL_NOT_ABOVE / ORG.OVERLAPPING_PARENTS …: the changed tree is invalid; `errors[0].field` names the field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminUnitsController_dissolve: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per action; reuse it on retry. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          effectiveFrom: string;
          successorId: string;
          reason: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "unit": {
           *         "id": "cdcs-truong-th-hong-viet",
           *         "code": "CB-HV",
           *         "name": "Công đoàn cơ sở Trường Tiểu học Hồng Việt",
           *         "kind": "CDCS",
           *         "level": 1,
           *         "memberCount": 42,
           *         "dissolvedOn": null,
           *         "parents": [
           *           {
           *             "parentId": "ldld-hoa-an",
           *             "parentName": "Liên đoàn Lao động huyện Hòa An",
           *             "validFrom": "2015-01-01",
           *             "validTo": "2025-07-01"
           *           },
           *           {
           *             "parentId": "cd-xa-hoa-an",
           *             "parentName": "Công đoàn xã Hòa An",
           *             "validFrom": "2025-07-01",
           *             "validTo": null
           *           }
           *         ]
           *       },
           *       "reorganisation": {
           *         "id": "0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f",
           *         "href": "/api/admin/reorganisations/0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f"
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description ORG.CYCLE / ORG.PARENT_LEVEL_NOT_ABOVE / ORG.OVERLAPPING_PARENTS …: the changed tree is invalid; `errors[0].field` names the field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardHistoryController_import: {
    parameters: {
      query?: {
        /** @description true: check every row and answer what would be inserted or updated, writing nothing */
        dryRun?: 'true' | 'false';
      };
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'application/json': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "rows": 1,
           *       "inserted": 1,
           *       "updated": 0
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.INVALID_ROWS (errors[].field = rows[<n>].<field>). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardHistoryController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  QuotaHistoryController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        bucketKey: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "version": 1,
           *         "at": "2026-11-23T02:10:00.000Z",
           *         "bucketKey": "BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026",
           *         "previousLimit": 4,
           *         "limit": 6,
           *         "reason": "Bổ sung chỉ tiêu theo Công văn 123/TLĐ.",
           *         "by": {
           *           "userId": "…",
           *           "name": "Lê Minh Tuấn",
           *           "username": "sysadmin"
           *         }
           *       }
           *     ]
           */
          'application/json': unknown;
        };
      };
    };
  };
  QuotaAllotmentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  QuotaAllotmentsController_allot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId: string;
          awardCode: string;
          limit: number;
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "bucketKey": "BK_TLD|unit:ldld-ha-noi|campaign:6f1c…",
           *       "unitId": "ldld-ha-noi",
           *       "unitName": "Liên đoàn Lao động Thành phố Hà Nội",
           *       "awardCode": "BK_TLD",
           *       "limit": 12,
           *       "used": 0,
           *       "override": {
           *         "limit": 12,
           *         "reason": "Chỉ tiêu năm 2026 theo Công văn 123/TLĐ.",
           *         "changedBy": "sysadmin (Lê Minh Tuấn)"
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  RuleSetsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RuleSetsController_draft: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: string;
          body: {
            [key: string]: unknown;
          };
          reason?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RuleSetsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RuleSetsController_revise: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        version: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          body: {
            [key: string]: unknown;
          };
          expectedRevision?: number;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RuleSetsController_publish: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        version: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedRevision?: number;
        };
      };
    };
    responses: {
      /** @description RULE_SET.IMMUTABLE: already published. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RULE_SET.INVALID with errors[] naming every field (body.awards[3]…). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InterventionsController_remind: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  InterventionsController_forceReturn: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          taskSeq?: number;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  InterventionsController_cancel: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  InterventionsController_bulkRun: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'remind' | 'force_return' | 'cancel';
          reason: string;
          /**
           * @default {
           *       "idleDays": 10,
           *       "holdDays": 14
           *     }
           */
          filter?: {
            /** @enum {string} */
            reason?: 'overdue' | 'stuck' | 'no_assignee' | 'idle' | 'on_hold';
            level?: number;
            unitId?: string;
            campaignId?: string;
            awardCode?: string;
            /** @default 10 */
            idleDays?: number;
            /** @default 14 */
            holdDays?: number;
          };
          dryRun: boolean;
          selectionToken?: string;
          nominationIds?: string[];
        };
      };
    };
    responses: {
      /** @description The dry run’s selection, or every id’s outcome. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  BulkDecisionsController_decide: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: unknown[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "batchId": "8d1b8f0e-3c2a-8b4e-9f1d-6a2c7e5b4d30",
           *       "summary": {
           *         "total": 2,
           *         "succeeded": 1,
           *         "failed": 1,
           *         "unknown": 0
           *       },
           *       "items": [
           *         {
           *           "index": 0,
           *           "nominationId": "0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10",
           *           "ok": true,
           *           "outcome": "decided",
           *           "status": "FORWARDED",
           *           "version": 5,
           *           "readModelCaughtUp": false
           *         },
           *         {
           *           "index": 1,
           *           "nominationId": "5f0c2e1a-8a34-4d1e-9d3f-2b7c6a1e9f21",
           *           "ok": false,
           *           "outcome": "refused",
           *           "problem": {
           *             "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *             "title": "Xung đột",
           *             "title_en": "Conflict",
           *             "status": 409,
           *             "detail": "Hồ sơ đã được Trần Văn Thành quyết định (đồng ý) ở cấp 4 lúc 2026-11-20T03:00:00.000Z.",
           *             "detail_en": "Already decided (approve) at level 4 by Trần Văn Thành at 2026-11-20T03:00:00.000Z.",
           *             "code": "NOMINATION.ALREADY_DECIDED"
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi).",
           *       "errors": [
           *         {
           *           "field": "reason",
           *           "in": "body",
           *           "rule": "custom",
           *           "message": "reason is required to return a nomination"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED",
           *       "status": 409,
           *       "code": "NOMINATION.ALREADY_DECIDED",
           *       "detail": "Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …",
           *       "decidedBy": {
           *         "userId": "…",
           *         "name": "Phùng Thị Nga"
           *       }
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.INVALID",
           *       "status": 422,
           *       "code": "NOMINATION.INVALID",
           *       "detail": "Dữ liệu không hợp lệ — decisionNumber: is required …"
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditNominationsController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "nominationId": "5f0c…",
           *       "streamId": "nomination-5f0c…",
           *       "version": 3,
           *       "headHash": "c03b…",
           *       "status": "FORWARDED",
           *       "statusLabel": {
           *         "vi": "Đã chuyển cấp trên",
           *         "en": "Forwarded"
           *       },
           *       "events": [
           *         {
           *           "version": 3,
           *           "eventId": "0b6f…",
           *           "type": "NominationForwarded",
           *           "description": "Đồng ý, chuyển từ cấp 1 (cdcs-bvdk-dan-phuong) lên cấp 2 (ldld-dan-phuong)",
           *           "descriptionEn": "Approved and forwarded from level 1 (cdcs-bvdk-dan-phuong) to level 2 (ldld-dan-phuong)",
           *           "occurredAt": "2026-06-15T02:10:00.000Z",
           *           "recordedAt": "2026-06-15T02:10:00.120Z",
           *           "actor": {
           *             "id": "7c1d…",
           *             "name": "Nguyễn Thị Thu Hằng",
           *             "unitId": "cdcs-bvdk-dan-phuong"
           *           },
           *           "onBehalfOf": null,
           *           "reason": null,
           *           "ruleSetVersion": "2024.1",
           *           "workflowId": "nomination:5f0c…",
           *           "correlationId": "dp-approve-4f1c2a7e",
           *           "prevHash": "9a4e…",
           *           "hash": "c03b…"
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditNominationsController_asOf: {
    parameters: {
      query: {
        at: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "nominationId": "5f0c…",
           *       "at": "2026-06-15T02:05:00.000Z",
           *       "version": 2,
           *       "status": "AWAITING_INTAKE",
           *       "statusLabel": {
           *         "vi": "Chờ tiếp nhận",
           *         "en": "Awaiting intake"
           *       },
           *       "openTask": {
           *         "kind": "review",
           *         "level": 1,
           *         "unitId": "cdcs-bvdk-dan-phuong",
           *         "taskSeq": 1,
           *         "openedAt": "2026-06-15T02:00:00Z"
           *       },
           *       "lastEvent": {
           *         "version": 2,
           *         "eventId": "0b6f…",
           *         "type": "NominationReviewOpened",
           *         "description": "Mở xét duyệt lần 1 tại cấp 1 (cdcs-bvdk-dan-phuong)",
           *         "descriptionEn": "Review 1 opened at level 1 (cdcs-bvdk-dan-phuong)",
           *         "occurredAt": "2026-06-15T02:10:00.000Z",
           *         "recordedAt": "2026-06-15T02:10:00.120Z",
           *         "actor": {
           *           "id": "7c1d…",
           *           "name": "Nguyễn Thị Thu Hằng",
           *           "unitId": "cdcs-bvdk-dan-phuong"
           *         },
           *         "onBehalfOf": null,
           *         "reason": null,
           *         "ruleSetVersion": "2024.1",
           *         "workflowId": "nomination:5f0c…",
           *         "correlationId": "dp-approve-4f1c2a7e",
           *         "prevHash": "9a4e…",
           *         "hash": "c03b…"
           *       },
           *       "state": {
           *         "status": "AWAITING_INTAKE",
           *         "…": "…"
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditNominationsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditNominationsController_export: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditNominationsController_replayCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStreamsController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        streamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStreamsController_asOf: {
    parameters: {
      query: {
        at: unknown;
      };
      header?: never;
      path: {
        streamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStreamsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        streamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStoreController_verifyStore: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          after?: string;
          /** @default 2000 */
          maxStreams?: number;
        };
      };
    };
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStoreController_listAnchors: {
    parameters: {
      query?: {
        beforeDay?: unknown;
        limit?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStoreController_createAnchor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Today’s anchor already existed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStoreController_checkAnchor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditStoreController_inboxAsOf: {
    parameters: {
      query: {
        at: unknown;
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AuditCampaignsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  AnomaliesController_list: {
    parameters: {
      query: {
        cursor?: unknown;
        limit?: unknown;
        kind?:
          | 'late_decision'
          | 'late_submission'
          | 'quota_change_in_round'
          | 'on_behalf'
          | 'multi_level_decider'
          | 'bloc_alert';
        campaignId: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "campaignId": "0b6f3a52-7c1e-4c43-9a55-2026a0000001",
           *       "items": [
           *         {
           *           "kind": "late_decision",
           *           "nominationId": "5f0c2a7e-0000-4000-8000-000000000001",
           *           "streamId": "nomination-5f0c2a7e-0000-4000-8000-000000000001",
           *           "streamVersion": 6,
           *           "globalPosition": "1842",
           *           "type": "NominationForwarded",
           *           "occurredAt": "2026-11-12T03:00:00.000Z",
           *           "actor": {
           *             "id": "7c1d…",
           *             "name": "Phùng Thị Nga",
           *             "unitId": "ldld-dan-phuong"
           *           },
           *           "details": {
           *             "taskSeq": 2,
           *             "dueAt": "2026-11-10T10:00:00.000Z",
           *             "hoursLate": 41
           *           },
           *           "explanation": {
           *             "vi": "Phùng Thị Nga ghi nhận Đồng ý, chuyển cấp trên lúc 10:00:00 12/11/2026, sau hạn xử lý 17:00:00 10/11/2026 của nhiệm vụ số 2.",
           *             "en": "Phùng Thị Nga recorded NominationForwarded at 2026-11-12T03:00:00.000Z, after task 2's due time 2026-11-10T10:00:00.000Z."
           *           }
           *         }
           *       ],
           *       "scannedNominations": 500,
           *       "nextCursor": "WyJhdWRpdC1hbm9tYWxpZXMiLC…"
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:REQUEST.VALIDATION_FAILED",
           *       "status": 400,
           *       "code": "REQUEST.VALIDATION_FAILED",
           *       "detail": "Dữ liệu gửi lên không hợp lệ (1 lỗi)."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.UNAUTHENTICATED",
           *       "status": 401,
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "detail": "Cần đăng nhập để thực hiện thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description AUTH.FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:AUTH.FORBIDDEN",
           *       "status": 403,
           *       "code": "AUTH.FORBIDDEN",
           *       "detail": "Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
      /** @description NOMINATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:vinhdanh:problem:NOMINATION.NOT_FOUND",
           *       "status": 404,
           *       "code": "NOMINATION.NOT_FOUND",
           *       "detail": "Không tìm thấy hồ sơ đề nghị \"…\"."
           *     }
           */
          'application/problem+json': unknown;
        };
      };
    };
  };
  ExportCheckController_check: {
    parameters: {
      query: {
        format: 'json' | 'csv' | 'jsonl';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "ok": true,
           *       "format": "json",
           *       "checks": [
           *         {
           *           "check": "signature",
           *           "ok": true,
           *           "name": "Chữ ký số",
           *           "detail": "Chữ ký Ed25519 khớp với nội dung tệp.",
           *           "detailEn": "Ed25519 signature valid (key 3f2a…)"
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttachmentsController_upload: {
    parameters: {
      query?: never;
      header: {
        'X-File-Name': string;
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0b6c7a3e-5f2d-4a49-9a51-3d2f8e7c1a20",
           *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
           *       "sizeBytes": 182034,
           *       "contentType": "application/pdf",
           *       "fileName": "Tờ trình 2026.pdf",
           *       "uploadedAt": "2026-06-15T03:00:00.000Z"
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description X-File-Name missing or with a wrong extension; content not of its type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ATTACHMENT.TOO_LARGE (errors[0].field = "body"). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ATTACHMENT.UNSUPPORTED_TYPE (errors[0].field = "Content-Type"). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttachmentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes, with Content-Type and Content-Disposition. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ATTACHMENT.NOT_FOUND (also for a file the caller may not read) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_list: {
    parameters: {
      query?: {
        issuingUnitId?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_issue: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          issuingUnitId: string;
          symbol?: string;
          /** Format: date */
          date: string;
          place: string;
          signer: {
            /** @default  */
            capacity?: string;
            title: string;
            name: string;
          };
          subject: string;
          legalBases: string[];
          proposal: string;
          awardName: string;
          reason: string;
          amounts: {
            person: number;
            collective: number;
          };
          nominationIds: string[];
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_ready: {
    parameters: {
      query: {
        issuingUnitId: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_retryGrants: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_document: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_linkSignedCopy: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          attachmentId: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_revoke: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          number: string;
          /** Format: date */
          date: string;
          reason: string;
          nominationIds?: string[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AwardDecisionsController_startPrint: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DocumentTemplatesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DocumentTemplatesController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DocumentTemplatesController_replace: {
    parameters: {
      query?: never;
      header?: {
        'X-File-Name'?: string;
      };
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  QuotaUsageController_usage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "campaignId": "7d1f2c4e-0000-4000-8000-000000000002",
           *       "unitId": "ldld-cao-bang",
           *       "awardCode": "BK_CD",
           *       "buckets": [
           *         {
           *           "bucketKey": "BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026",
           *           "scope": "unit",
           *           "unitId": "ldld-cao-bang",
           *           "periodKey": "theme:GVN-DVN-2026",
           *           "limit": 4,
           *           "used": 3,
           *           "remaining": 1,
           *           "labelVi": "BK_CD của đơn vị ldld-cao-bang (theme:GVN-DVN-2026)",
           *           "labelEn": "BK_CD for unit ldld-cao-bang (theme:GVN-DVN-2026)"
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  ViewsController_list: {
    parameters: {
      query?: {
        target?: 'inbox' | 'stuck';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "mine": [
           *         {
           *           "id": "3f1c9a52-7c1e-4c43-9a55-2026a0000010",
           *           "name": "Bằng khen chờ duyệt",
           *           "target": "inbox",
           *           "filter": {
           *             "kind": "review",
           *             "awardCode": "BK_TLD",
           *             "search": "nguyen"
           *           },
           *           "sort": {
           *             "by": "dueAt",
           *             "direction": "asc"
           *           },
           *           "owner": {
           *             "id": "7c1d0000-0000-4000-8000-000000000001",
           *             "fullName": "Trịnh Thị Hồng"
           *           },
           *           "mine": true,
           *           "shares": [
           *             {
           *               "role": "reviewer",
           *               "unitId": "ldld-ha-noi",
           *               "unitName": "Liên đoàn Lao động thành phố Hà Nội"
           *             }
           *           ],
           *           "createdAt": "2026-11-23T02:00:00.000Z",
           *           "updatedAt": "2026-11-23T02:00:00.000Z"
           *         }
           *       ],
           *       "sharedWithMe": []
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  ViewsController_create: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @enum {string} */
              target: 'inbox';
              name: string;
              /** @default [] */
              shares?: {
                /** @enum {string} */
                role: 'nominator' | 'reviewer' | 'chair' | 'unit_admin' | 'auditor' | 'system_admin';
                unitId: string;
              }[];
              /** @default {} */
              filter?: {
                /** @enum {string} */
                kind?: 'review' | 'revision';
                awardCode?: string;
                campaignId?: string;
                holder?: 'me' | 'unassigned' | string;
                /** @enum {string} */
                status?:
                  | 'DRAFT'
                  | 'AWAITING_INTAKE'
                  | 'IN_APPRAISAL'
                  | 'AWAITING_VOTE'
                  | 'AWAITING_SIGNATURE'
                  | 'FORWARDED'
                  | 'RETURNED'
                  | 'REJECTED'
                  | 'ON_HOLD'
                  | 'WITHDRAWN'
                  | 'GRANTED'
                  | 'REVOKED'
                  | 'CANCELLED';
                /** @enum {string} */
                overdue?: 'true' | 'false';
                /** @enum {string} */
                sort?: 'opened' | 'due';
                search?: string;
              };
              /**
               * @default {
               *       "by": "openedAt",
               *       "direction": "asc"
               *     }
               */
              sort?: {
                /** @enum {string} */
                by: 'openedAt' | 'dueAt' | 'nomineeName';
                /**
                 * @default asc
                 * @enum {string}
                 */
                direction?: 'asc' | 'desc';
              };
            }
          | {
              /** @enum {string} */
              target: 'stuck';
              name: string;
              /** @default [] */
              shares?: {
                /** @enum {string} */
                role: 'nominator' | 'reviewer' | 'chair' | 'unit_admin' | 'auditor' | 'system_admin';
                unitId: string;
              }[];
              /** @default {} */
              filter?: {
                /** @enum {string} */
                reason?: 'overdue' | 'stuck' | 'no_assignee' | 'idle' | 'on_hold';
                level?: number;
                unitId?: string;
                campaignId?: string;
                awardCode?: string;
                /** @default 10 */
                idleDays?: number;
                /** @default 14 */
                holdDays?: number;
              };
              /**
               * @default {
               *       "by": "openedAt",
               *       "direction": "asc"
               *     }
               */
              sort?: {
                /** @enum {string} */
                by: 'openedAt' | 'daysLate' | 'daysIdle';
                /**
                 * @default asc
                 * @enum {string}
                 */
                direction?: 'asc' | 'desc';
              };
            };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3f1c9a52-7c1e-4c43-9a55-2026a0000010",
           *       "name": "Bằng khen chờ duyệt",
           *       "target": "inbox",
           *       "filter": {
           *         "kind": "review",
           *         "awardCode": "BK_TLD",
           *         "search": "nguyen"
           *       },
           *       "sort": {
           *         "by": "dueAt",
           *         "direction": "asc"
           *       },
           *       "owner": {
           *         "id": "7c1d0000-0000-4000-8000-000000000001",
           *         "fullName": "Trịnh Thị Hồng"
           *       },
           *       "mine": true,
           *       "shares": [
           *         {
           *           "role": "reviewer",
           *           "unitId": "ldld-ha-noi",
           *           "unitName": "Liên đoàn Lao động thành phố Hà Nội"
           *         }
           *       ],
           *       "createdAt": "2026-11-23T02:00:00.000Z",
           *       "updatedAt": "2026-11-23T02:00:00.000Z"
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  ViewsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3f1c9a52-7c1e-4c43-9a55-2026a0000010",
           *       "name": "Bằng khen chờ duyệt",
           *       "target": "inbox",
           *       "filter": {
           *         "kind": "review",
           *         "awardCode": "BK_TLD",
           *         "search": "nguyen"
           *       },
           *       "sort": {
           *         "by": "dueAt",
           *         "direction": "asc"
           *       },
           *       "owner": {
           *         "id": "7c1d0000-0000-4000-8000-000000000001",
           *         "fullName": "Trịnh Thị Hồng"
           *       },
           *       "mine": true,
           *       "shares": [
           *         {
           *           "role": "reviewer",
           *           "unitId": "ldld-ha-noi",
           *           "unitName": "Liên đoàn Lao động thành phố Hà Nội"
           *         }
           *       ],
           *       "createdAt": "2026-11-23T02:00:00.000Z",
           *       "updatedAt": "2026-11-23T02:00:00.000Z"
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  ViewsController_remove: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ViewsController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_annualSummary: {
    parameters: {
      query?: {
        format?: 'json' | 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_shares: {
    parameters: {
      query?: {
        format?: 'json' | 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_roundProgress: {
    parameters: {
      query?: {
        format?: 'json' | 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_awardHistory: {
    parameters: {
      query?: {
        format?: 'json' | 'xlsx' | 'csv';
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description AUTH.FORBIDDEN: the unit is outside the caller’s units. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListExportsController_nominations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListExportsController_inbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListExportsController_stuckDesk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListExportsController_auditTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoundAdminExportsController_submissionBatches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoundAdminExportsController_councilSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoundAdminExportsController_users: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoundAdminExportsController_units: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrgImportController_import: {
    parameters: {
      query?: {
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "rows": 1,
           *       "created": 1,
           *       "renamed": 0,
           *       "moved": 0,
           *       "unchanged": 0,
           *       "changes": [
           *         {
           *           "row": 2,
           *           "code": "CB-XHA-MNHA",
           *           "action": "create",
           *           "description": "Thêm \"Công đoàn cơ sở Trường Mầm non Hòa An\" (mã CB-XHA-MNHA) trực thuộc mã CB-XHA từ ngày 01/07/2025"
           *         }
           *       ]
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description REQUEST.INVALID_ROWS, REQUEST.NOT_A_SPREADSHEET, REQUEST.WRONG_SHEET, REQUEST.TOO_LARGE… */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrgImportController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DirectoryController_labels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DirectoryController_people: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_create: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id?: string;
          name: string;
          organiserUnitId: string;
          /** Format: date */
          formedOn: string;
          memberUnitIds: string[];
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_addMember: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId: string;
          /** Format: date */
          from: string;
          reason: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_removeMember: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          on: string;
          reason: string;
          /** @default false */
          dissolved?: boolean;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_openYear: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          year: number;
          /** Format: date */
          covenantDeadline: string;
          headUnitId: string;
          deputyUnitId: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_startYearWorkflow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          selfScoreDeadline: string;
          /** Format: date */
          crossScoreDeadline: string;
          /** Format: date */
          reviewDeadline: string;
          /** Format: date */
          meetingDeadline: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_register: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId: string;
          /** Format: date */
          on: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_covenant: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId: string;
          /** Format: date */
          on: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_openScoring: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_selfScore: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId: string;
          points: {
            [key: string]: number;
          };
          /** @default [] */
          evidenceAttachmentIds?: string[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_crossScore: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          scorerUnitId: string;
          scoredUnitId: string;
          points: {
            [key: string]: number;
          };
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_review: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_ballot: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          heldOn: string;
          presentUnitIds: string[];
          ballotsCast: number;
          votes: {
            [key: string]: number;
          };
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_reason: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_completeProposal: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          memberCount: number;
          womenShare: number;
          achievements: string;
          /** @default [] */
          initiatives?: {
            title: string;
            valueVnd: number;
            appliedYear: number;
          }[];
          attachments: {
            /** @enum {string} */
            kind: 'TO_TRINH' | 'BAO_CAO_THANH_TICH' | 'BIEN_BAN' | 'SANG_KIEN' | 'KHAC';
            name: string;
            sizeBytes: number;
            sha256: string;
            /** Format: uuid */
            attachmentId?: string;
          }[];
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BlocsController_importYear: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          maxTotal: number;
          results: {
            unitId: string;
            selfTotal: number | null;
            crossTotal: number | null;
          }[];
          winnerUnitId: string | null;
          /** @default null */
          reason?: string | null;
          source: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BatchImportController_import: {
    parameters: {
      query?: {
        skipInvalidRows?: 'true' | 'false';
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description REQUEST.INVALID_ROWS, REQUEST.NOT_A_SPREADSHEET, REQUEST.WRONG_SHEET, REQUEST.TOO_LARGE… */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BatchImportController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubmissionBatchesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubmissionBatchesController_submit: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          submittingUnitId: string;
          /** Format: uuid */
          campaignId: string;
          submissionLetterNumber: string;
          /** @default [] */
          sharedAttachments?: {
            /** @enum {string} */
            kind: 'TO_TRINH' | 'BAO_CAO_THANH_TICH' | 'BIEN_BAN' | 'SANG_KIEN' | 'KHAC';
            name: string;
            sizeBytes: number;
            sha256: string;
            /** Format: uuid */
            attachmentId?: string;
          }[];
          /** @default false */
          skipInvalidRows?: boolean;
          rows: unknown[];
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubmissionBatchesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubmissionBatchesController_decide: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'approve' | 'return';
          nominationIds?: string[];
          reason?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubmissionBatchesController_toTrinh: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          place: string;
          recipient: string;
          signer: {
            capacity?: string;
            title: string;
            name: string;
          };
          legalBases?: string[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubmissionBatchesController_document: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_convene: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          councilUnitId: string;
          title: string;
          /** Format: date */
          rosterAsOf: string;
          members?: {
            memberId: string;
            name: string;
            position: string;
            /** @enum {string} */
            role: 'chair' | 'secretary' | 'member';
          }[];
          /** Format: uuid */
          campaignId: string;
          awardCode: string;
          batchIds: string[];
          slots: number;
          /** @default 2 */
          maxRounds?: number;
          /** @default 0.6666666666666666 */
          quorumShare?: number;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_open: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          present: string[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_adjourn: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_tally: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ballots: {
            nominationId: string;
            votesFor: number;
            votesAgainst: number;
            writtenFor: number;
            writtenAgainst: number;
            /** @default 0 */
            invalid?: number;
          }[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_breakTie: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          chosen: string[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_conclude: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          minutesNumber: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_bienBan: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          place: string;
          location: string;
          startedAt: string;
          endedAt: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilSessionsController_document: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilRostersController_get: {
    parameters: {
      query?: {
        asOf?: unknown;
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilRostersController_appoint: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          memberId: string;
          name: string;
          position: string;
          /** @enum {string} */
          role: 'chair' | 'secretary' | 'member';
          /** Format: date */
          from: string;
          /** Format: date */
          to?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CouncilRostersController_end: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried request is one command (it becomes the Temporal Update id). */
        'Idempotency-Key': string;
      };
      path: {
        unitId: string;
        memberId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          to: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReorganisationController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReorganisationController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f",
           *       "kind": "dissolve",
           *       "unitId": "ldld-hoa-an",
           *       "effectiveFrom": "2025-07-01",
           *       "replacements": [
           *         {
           *           "fromUnitId": "ldld-hoa-an",
           *           "toUnitId": "cd-xa-hoa-an"
           *         }
           *       ],
           *       "reason": "Giải thể LĐLĐ huyện Hòa An; CĐCS chuyển về Công đoàn xã Hòa An.",
           *       "operatorId": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "operatorName": "Lê Minh Tuấn",
           *       "operatorUnitId": "tong-ldld",
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "lastRunAt": "2026-06-15T02:00:03.000Z",
           *       "status": "completed_with_failures",
           *       "counts": {
           *         "pending": 0,
           *         "moved": 12,
           *         "skipped": 1,
           *         "failed": 1
           *       },
           *       "failures": [
           *         {
           *           "nominationId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "fromUnitId": "ldld-hoa-an",
           *           "toUnitId": "cd-xa-hoa-an",
           *           "attempts": 1,
           *           "error": {
           *             "code": "TEMPORAL.UNAVAILABLE",
           *             "message": "Temporal did not answer"
           *           }
           *         }
           *       ],
           *       "href": "/api/admin/reorganisations/0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f"
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
  ReorganisationController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f",
           *       "kind": "dissolve",
           *       "unitId": "ldld-hoa-an",
           *       "effectiveFrom": "2025-07-01",
           *       "replacements": [
           *         {
           *           "fromUnitId": "ldld-hoa-an",
           *           "toUnitId": "cd-xa-hoa-an"
           *         }
           *       ],
           *       "reason": "Giải thể LĐLĐ huyện Hòa An; CĐCS chuyển về Công đoàn xã Hòa An.",
           *       "operatorId": "6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d",
           *       "operatorName": "Lê Minh Tuấn",
           *       "operatorUnitId": "tong-ldld",
           *       "createdAt": "2026-06-15T02:00:00.000Z",
           *       "lastRunAt": "2026-06-15T02:00:03.000Z",
           *       "status": "completed_with_failures",
           *       "counts": {
           *         "pending": 0,
           *         "moved": 12,
           *         "skipped": 1,
           *         "failed": 1
           *       },
           *       "failures": [
           *         {
           *           "nominationId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "fromUnitId": "ldld-hoa-an",
           *           "toUnitId": "cd-xa-hoa-an",
           *           "attempts": 1,
           *           "error": {
           *             "code": "TEMPORAL.UNAVAILABLE",
           *             "message": "Temporal did not answer"
           *           }
           *         }
           *       ],
           *       "href": "/api/admin/reorganisations/0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f"
           *     }
           */
          'application/json': unknown;
        };
      };
    };
  };
}
