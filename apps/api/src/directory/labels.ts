import type { AnomalyKind } from '@vinhdanh/audit';
import {
  defaultRuleSets,
  NOMINATION_STATUS_LABELS,
  UNIT_KINDS,
  type CalendarDayKind,
  type CampaignKind,
  type ProcedureStepKind,
} from '@vinhdanh/domain';
import type { RowReason } from '../admin/stuck.schemas';
import type { ReorganisationStatus } from '../reorganisation/reorganisation.schemas';

/** A name in Vietnamese (first) and English, as every label the UI shows. */
export interface Label {
  vi: string;
  en: string;
}

/**
 * Names of the codes the API sends besides awards (those come from the rule sets): attachment kinds,
 * event types, roles and levels. The server owns them so that no client keeps a copy.
 */
const ATTACHMENT_KINDS: Record<string, Label> = {
  TO_TRINH: { vi: 'Tờ trình', en: 'Submission letter' },
  BAO_CAO_THANH_TICH: { vi: 'Báo cáo thành tích', en: 'Achievement report' },
  BIEN_BAN: { vi: 'Biên bản họp bình xét', en: 'Minutes of the vote' },
  SANG_KIEN: { vi: 'Sáng kiến', en: 'Initiative' },
  KHAC: { vi: 'Khác', en: 'Other' },
};

const EVENTS: Record<string, Label> = {
  NominationSubmitted: { vi: 'Gửi đề nghị khen thưởng', en: 'Nomination submitted' },
  NominationReviewOpened: { vi: 'Mở bước xét duyệt', en: 'Review opened' },
  NominationForwarded: { vi: 'Đồng ý, chuyển cấp trên', en: 'Approved and forwarded' },
  NominationReturned: { vi: 'Trả lại để bổ sung', en: 'Returned for revision' },
  NominationResubmitted: { vi: 'Gửi lại sau khi bổ sung', en: 'Resubmitted' },
  NominationRejected: { vi: 'Không đạt', en: 'Rejected' },
  NominationGranted: { vi: 'Quyết định khen thưởng', en: 'Award granted' },
  NominationWithdrawn: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  NominationIntakeCompleted: { vi: 'Tiếp nhận đủ hồ sơ', en: 'Intake completed' },
  NominationDossierIncomplete: { vi: 'Hồ sơ thiếu, trả lại', en: 'Dossier incomplete, returned' },
  NominationAppraisalRecorded: { vi: 'Ghi nhận thẩm định', en: 'Appraisal recorded' },
  NominationVoteRecorded: { vi: 'Bình xét đạt', en: 'Council vote passed' },
  NominationVoteFailed: { vi: 'Bình xét không đạt', en: 'Council vote failed' },
  NominationHeld: { vi: 'Tạm dừng xét', en: 'Put on hold' },
  NominationResumed: { vi: 'Tiếp tục xét', en: 'Resumed' },
  NominationRevoked: { vi: 'Thu hồi khen thưởng', en: 'Award revoked' },
  NominationTaskDueSet: { vi: 'Đặt hạn xử lý', en: 'Due date set' },
  NominationTaskDeadlineExtended: { vi: 'Gia hạn xử lý', en: 'Deadline extended' },
  NominationReminderSent: { vi: 'Nhắc xử lý', en: 'Reminder sent' },
  NominationDeadlineMissed: { vi: 'Quá hạn xử lý', en: 'Deadline missed' },
  NominationMarkedStuck: { vi: 'Hồ sơ ách tắc', en: 'Marked stuck' },
  NominationAutoReturned: { vi: 'Tự động trả lại do quá hạn', en: 'Returned automatically (overdue)' },
  NominationTaskClaimed: { vi: 'Nhận xử lý', en: 'Task claimed' },
  NominationTaskReleased: { vi: 'Trả lại nhiệm vụ', en: 'Task released' },
  NominationTaskAssigned: { vi: 'Giao xử lý', en: 'Task assigned' },
  NominationTaskReassigned: { vi: 'Giao lại người xử lý', en: 'Task reassigned' },
  NominationRecused: { vi: 'Tự rút do xung đột lợi ích', en: 'Recused (conflict of interest)' },
  NominationTaskReminded: { vi: 'Quản trị nhắc xử lý', en: 'Administrator’s reminder' },
  NominationForceReturned: { vi: 'Quản trị trả về đơn vị đề nghị', en: 'Returned by an administrator' },
  NominationCancelled: { vi: 'Quản trị hủy hồ sơ', en: 'Cancelled by an administrator' },
  NominationDisclosurePosted: { vi: 'Công khai hồ sơ', en: 'Publicly disclosed' },
  NominationDisclosureEnded: { vi: 'Hết thời gian công khai', en: 'Disclosure ended' },
  NominationDisclosureHeldOnPaper: { vi: 'Ghi nhận đã công khai (niêm yết)', en: 'Disclosure held on paper recorded' },
  NominationObjectionRecorded: { vi: 'Ghi nhận ý kiến phản ánh', en: 'Objection recorded' },
  NominationObjectionAnswered: { vi: 'Trả lời ý kiến phản ánh', en: 'Objection answered' },
  NominationRerouted: { vi: 'Chuyển đơn vị do sắp xếp tổ chức', en: 'Rerouted (reorganisation)' },
  NominationSubmittedAfterCutOff: { vi: 'Đơn vị gửi hồ sơ sau hạn chót', en: 'Submitted after the cut-off' },
};

const ROLES: Record<string, Label> = {
  nominator: { vi: 'Cán bộ đề nghị', en: 'Nominator' },
  reviewer: { vi: 'Chuyên viên thẩm định', en: 'Reviewer' },
  chair: { vi: 'Chủ tịch', en: 'Chair' },
  unit_admin: { vi: 'Quản trị đơn vị', en: 'Unit administrator' },
  auditor: { vi: 'Kiểm tra, giám sát', en: 'Auditor' },
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
};

/** What each anomaly kind of `GET /api/audit/anomalies` means. */
const ANOMALY_KINDS: Record<AnomalyKind, Label> = {
  late_decision: { vi: 'Quyết định sau hạn xử lý', en: 'Decision after the due time' },
  late_submission: { vi: 'Cấp dưới gửi lên sau hạn chót', en: 'Sent on after the cut-off' },
  quota_change_in_round: { vi: 'Đổi chỉ tiêu khi đợt thi đua đang mở', en: 'Quota changed during the round' },
  on_behalf: { vi: 'Thao tác thay mặt người khác', en: 'Acted on behalf of someone' },
  multi_level_decider: { vi: 'Một người quyết định ở hai cấp', en: 'One person deciding at two levels' },
  bloc_alert: {
    vi: 'Cảnh báo của khối thi đua (luân phiên, hình thức)',
    en: 'Emulation bloc alert (rotation, formalism)',
  },
};

/** Why the administrators' desk lists a nomination (`GET /api/admin/stuck`). */
const STUCK_REASONS: Record<RowReason, Label> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  stuck: { vi: 'Ách tắc', en: 'Stuck' },
  no_assignee: { vi: 'Không có người xử lý', en: 'Nobody to act' },
  idle: { vi: 'Lâu không xử lý', en: 'Idle' },
  on_hold: { vi: 'Tạm dừng lâu', en: 'Held too long' },
  failing: { vi: 'Lỗi hệ thống', en: 'System failure' },
};

/** Steps of a level's procedure and the kinds of open task. */
const PROCEDURE_STEPS: Record<ProcedureStepKind, Label> = {
  intake: { vi: 'Tiếp nhận', en: 'Intake' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  vote: { vi: 'Bình xét', en: 'Council vote' },
  signoff: { vi: 'Ký duyệt', en: 'Sign-off' },
};
const TASK_KINDS: Record<'review' | 'revision', Label> = {
  review: { vi: 'Xét duyệt', en: 'Review' },
  revision: { vi: 'Bổ sung hồ sơ', en: 'Revision' },
};

/** Kinds of emulation campaign (đợt thi đua). */
const CAMPAIGN_KINDS: Record<CampaignKind, Label> = {
  annual: { vi: 'Thi đua thường xuyên (hằng năm)', en: 'Annual' },
  thematic: { vi: 'Thi đua theo chuyên đề', en: 'Thematic' },
  adhoc: { vi: 'Khen thưởng đột xuất', en: 'Ad hoc' },
};

/** Where a reorganisation's moves of waiting nominations stand. */
const REORGANISATION_STATUSES: Record<ReorganisationStatus, Label> = {
  scheduled: { vi: 'Chờ đến ngày có hiệu lực', en: 'Scheduled' },
  running: { vi: 'Đang chuyển hồ sơ', en: 'Moving nominations' },
  interrupted: { vi: 'Bị gián đoạn, cần chạy lại', en: 'Interrupted' },
  completed: { vi: 'Hoàn tất', en: 'Completed' },
  completed_with_failures: { vi: 'Xong, còn hồ sơ chưa chuyển được', en: 'Completed with failures' },
};

/** What a date of the working calendar is. */
const CALENDAR_DAY_KINDS: Record<CalendarDayKind, Label> = {
  holiday: { vi: 'Nghỉ lễ, tết', en: 'Public holiday' },
  compensatory: { vi: 'Nghỉ bù', en: 'Compensatory day off' },
  makeup_workday: { vi: 'Làm bù', en: 'Make-up working day' },
};

const LEVELS: Record<string, Label> = {
  1: { vi: 'Công đoàn cơ sở', en: 'Grassroots union' },
  2: { vi: 'Công đoàn cấp trên trực tiếp cơ sở', en: 'Directly superior union' },
  3: { vi: 'LĐLĐ tỉnh, thành phố', en: 'Provincial federation' },
  4: { vi: 'Tổng LĐLĐ Việt Nam', en: 'VGCL (national)' },
};

/** An award of one rule-set version, as a form needs it. */
export interface AwardLabel {
  code: string;
  name: Label;
  nomineeKinds: readonly string[];
  grantingLevel: number;
  /** Attachment kinds the dossier must carry (shown before submitting). */
  requiredAttachments: readonly string[];
}

/** Answer of `GET /api/directory/labels`. */
export interface Labels {
  ruleSets: Array<{ version: string; awards: AwardLabel[] }>;
  /** Award names by code across all versions (the latest version's name wins). */
  awards: Record<string, Label>;
  attachmentKinds: Record<string, Label>;
  /** Nomination statuses (the same words the API puts in `statusLabel`). */
  statuses: Record<string, Label>;
  events: Record<string, Label>;
  roles: Record<string, Label>;
  levels: Record<string, Label>;
  /** Kinds of the auditors' anomaly report. */
  anomalyKinds: Record<string, Label>;
  /** Why the administrators' desk lists a nomination. */
  stuckReasons: Record<string, Label>;
  /** Procedure steps at a level (`openTask.step`). */
  procedureSteps: Record<string, Label>;
  /** Kinds of open task (review, revision). */
  taskKinds: Record<string, Label>;
  /** What a date of the working calendar is. */
  calendarDayKinds: Record<string, Label>;
  /** Kinds of emulation campaign. */
  campaignKinds: Record<string, Label>;
  /** Kinds of union unit (each fixes its level), from the org model. */
  unitKinds: Record<string, Label & { level: number }>;
  /** Where a reorganisation (unit re-parented or dissolved) stands. */
  reorganisationStatuses: Record<string, Label>;
}

/** Every label the UI shows for a code, built once from the rule-set catalogue and the tables above. */
export function buildLabels(): Labels {
  const ruleSets = defaultRuleSets.map((rs) => ({
    version: rs.version,
    awards: rs.awards.map((a) => ({
      code: a.code,
      name: { vi: a.nameVi, en: a.nameEn },
      nomineeKinds: a.nomineeKinds,
      grantingLevel: a.grantingLevel,
      requiredAttachments: a.requiredAttachments,
    })),
  }));
  const awards: Record<string, Label> = {};
  for (const rs of ruleSets) for (const a of rs.awards) awards[a.code] = a.name;
  return {
    ruleSets,
    awards,
    attachmentKinds: ATTACHMENT_KINDS,
    statuses: { ...NOMINATION_STATUS_LABELS },
    events: EVENTS,
    roles: ROLES,
    levels: LEVELS,
    anomalyKinds: ANOMALY_KINDS,
    stuckReasons: STUCK_REASONS,
    procedureSteps: PROCEDURE_STEPS,
    taskKinds: TASK_KINDS,
    calendarDayKinds: CALENDAR_DAY_KINDS,
    campaignKinds: CAMPAIGN_KINDS,
    unitKinds: Object.fromEntries(
      Object.entries(UNIT_KINDS).map(([kind, k]) => [kind, { vi: k.labelVi, en: k.labelEn, level: k.level }]),
    ),
    reorganisationStatuses: REORGANISATION_STATUSES,
  };
}
