/**
 * Names the API sends as codes: awards (rule set 999/2024), attachment kinds, event types, roles and
 * levels. Statuses come labelled from the API (`statusLabel`); these are the rest.
 */
import { currentLang } from './i18n.js';

const AWARDS = {
  GK: ['Giấy khen', 'Certificate of commendation'],
  BK_TINH: ['Bằng khen của LĐLĐ tỉnh, thành phố', 'Certificate of merit, provincial federation'],
  BK_TLD: ['Bằng khen của Tổng LĐLĐ Việt Nam', 'Certificate of merit, VGCL'],
  BK_CD: ['Bằng khen chuyên đề của Tổng LĐLĐ Việt Nam', 'Thematic certificate of merit, VGCL'],
  BK_DX: ['Bằng khen đột xuất của Tổng LĐLĐ Việt Nam', 'Ad-hoc certificate of merit, VGCL'],
  CO_TINH: ['Cờ thi đua của LĐLĐ tỉnh, thành phố', 'Emulation flag, provincial federation'],
  CO_TLD: ['Cờ thi đua của Tổng LĐLĐ Việt Nam', 'Emulation flag, VGCL'],
  LDST: ['Bằng Lao động sáng tạo', 'Creative labour certificate'],
  CSTD_TLD: ['Chiến sĩ thi đua Tổng LĐLĐ Việt Nam', 'Emulation fighter, VGCL'],
  NDC: ['Giải thưởng Nguyễn Đức Cảnh', 'Nguyễn Đức Cảnh Award'],
  NVL: ['Giải thưởng Nguyễn Văn Linh', 'Nguyễn Văn Linh Award'],
  KNC: ['Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn"', 'Trade union building medal'],
};

const ATTACHMENT_KINDS = {
  TO_TRINH: ['Tờ trình', 'Submission letter'],
  BAO_CAO_THANH_TICH: ['Báo cáo thành tích', 'Achievement report'],
  BIEN_BAN: ['Biên bản họp bình xét', 'Minutes of the vote'],
  SANG_KIEN: ['Sáng kiến', 'Initiative'],
  KHAC: ['Khác', 'Other'],
};

const EVENTS = {
  NominationSubmitted: ['Gửi đề nghị khen thưởng', 'Nomination submitted'],
  NominationReviewOpened: ['Mở bước xét duyệt', 'Review opened'],
  NominationForwarded: ['Đồng ý, chuyển cấp trên', 'Approved and forwarded'],
  NominationReturned: ['Trả lại để bổ sung', 'Returned for revision'],
  NominationResubmitted: ['Gửi lại sau khi bổ sung', 'Resubmitted'],
  NominationRejected: ['Không đạt', 'Rejected'],
  NominationGranted: ['Quyết định khen thưởng', 'Award granted'],
  NominationWithdrawn: ['Rút hồ sơ', 'Withdrawn'],
  NominationIntakeCompleted: ['Tiếp nhận đủ hồ sơ', 'Intake completed'],
  NominationDossierIncomplete: ['Hồ sơ thiếu, trả lại', 'Dossier incomplete, returned'],
  NominationAppraisalRecorded: ['Ghi nhận thẩm định', 'Appraisal recorded'],
  NominationVoteRecorded: ['Bình xét đạt', 'Council vote passed'],
  NominationVoteFailed: ['Bình xét không đạt', 'Council vote failed'],
  NominationHeld: ['Tạm dừng xét', 'Put on hold'],
  NominationResumed: ['Tiếp tục xét', 'Resumed'],
  NominationRevoked: ['Thu hồi khen thưởng', 'Award revoked'],
  NominationTaskDueSet: ['Đặt hạn xử lý', 'Due date set'],
  NominationTaskDeadlineExtended: ['Gia hạn xử lý', 'Deadline extended'],
  NominationReminderSent: ['Nhắc xử lý', 'Reminder sent'],
  NominationDeadlineMissed: ['Quá hạn xử lý', 'Deadline missed'],
  NominationMarkedStuck: ['Hồ sơ ách tắc', 'Marked stuck'],
  NominationAutoReturned: ['Tự động trả lại do quá hạn', 'Returned automatically (overdue)'],
  NominationTaskClaimed: ['Nhận xử lý', 'Task claimed'],
  NominationTaskReleased: ['Trả lại nhiệm vụ', 'Task released'],
  NominationTaskAssigned: ['Giao xử lý', 'Task assigned'],
  NominationTaskReassigned: ['Giao lại người xử lý', 'Task reassigned'],
  NominationRecused: ['Tự rút do xung đột lợi ích', 'Recused (conflict of interest)'],
  NominationTaskReminded: ['Quản trị nhắc xử lý', 'Administrator’s reminder'],
  NominationForceReturned: ['Quản trị trả về đơn vị đề nghị', 'Returned by an administrator'],
  NominationCancelled: ['Quản trị hủy hồ sơ', 'Cancelled by an administrator'],
  NominationDisclosurePosted: ['Công khai hồ sơ', 'Publicly disclosed'],
  NominationDisclosureEnded: ['Hết thời gian công khai', 'Disclosure ended'],
  NominationObjectionRecorded: ['Ghi nhận ý kiến phản ánh', 'Objection recorded'],
  NominationObjectionAnswered: ['Trả lời ý kiến phản ánh', 'Objection answered'],
  NominationRerouted: ['Chuyển đơn vị do sắp xếp tổ chức', 'Rerouted (reorganisation)'],
};

const ROLES = {
  nominator: ['Cán bộ đề nghị', 'Nominator'],
  reviewer: ['Chuyên viên thẩm định', 'Reviewer'],
  chair: ['Chủ tịch', 'Chair'],
  unit_admin: ['Quản trị đơn vị', 'Unit administrator'],
  auditor: ['Kiểm tra, giám sát', 'Auditor'],
  system_admin: ['Quản trị hệ thống', 'System administrator'],
};

const LEVELS = {
  1: ['Công đoàn cơ sở', 'Grassroots union'],
  2: ['Công đoàn cấp trên trực tiếp cơ sở', 'Directly superior union'],
  3: ['LĐLĐ tỉnh, thành phố', 'Provincial federation'],
  4: ['Tổng LĐLĐ Việt Nam', 'VGCL (national)'],
};

const LEVELS_SHORT = {
  1: ['Cơ sở', 'Grassroots'],
  2: ['Cấp trên cơ sở', 'District'],
  3: ['Tỉnh', 'Province'],
  4: ['Trung ương', 'National'],
};

function name(table, code) {
  const entry = table[code];
  if (!entry) return code ?? '';
  return currentLang() === 'en' ? entry[1] : entry[0];
}

/** Award name for a code. */
export const awardName = (code) => name(AWARDS, code);
/** Award codes in catalogue order. */
export const AWARD_CODES = Object.keys(AWARDS);
/** Attachment kind name. */
export const attachmentKindName = (code) => name(ATTACHMENT_KINDS, code);
/** Attachment kind codes in form order. */
export const ATTACHMENT_KIND_CODES = Object.keys(ATTACHMENT_KINDS);
/** Event type in the users' words. */
export const eventName = (type) => name(EVENTS, type);
/** Role name. */
export const roleName = (role) => name(ROLES, role);
/** Level name (1–4). */
export const levelName = (level) => name(LEVELS, level);
/** Short level name for dense tables. */
export const levelShort = (level) => name(LEVELS_SHORT, level);
