import type { NominationEvent } from '@vinhdanh/domain';
import type { AggregateEvent } from './aggregate-streams';

type Described<T extends NominationEvent['type']> = (data: Extract<NominationEvent, { type: T }>['data']) => string;
type Descriptions = { [T in NominationEvent['type']]: Described<T> };

const step = (s: { level: number; unitId: string }) => `cấp ${s.level} (${s.unitId})`;

const DESCRIPTIONS: Descriptions = {
  NominationTaskClaimed: (d) => `Nhận xử lý nhiệm vụ lần ${d.taskSeq} tại ${step(d)}`,
  NominationTaskReleased: (d) => `Trả lại nhiệm vụ lần ${d.taskSeq} tại ${step(d)}${d.reason ? `: ${d.reason}` : ''}`,
  NominationTaskAssigned: (d) =>
    `${d.intervention ? 'Quản trị giao' : 'Giao'} nhiệm vụ lần ${d.taskSeq} tại ${step(d)} cho ${d.assignee.name}${d.reason ? `: ${d.reason}` : ''}`,
  NominationTaskReassigned: (d) =>
    `${d.intervention ? 'Quản trị giao lại' : 'Giao lại'} nhiệm vụ lần ${d.taskSeq} tại ${step(d)} từ ${d.from.name} cho ${d.to.name}${d.reason ? `: ${d.reason}` : ''}`,
  NominationRecused: (d) => `Tự rút khỏi việc xét hồ sơ (xung đột lợi ích): ${d.reason}`,
  NominationSubmitted: (d) => `Gửi đề nghị ${d.awardCode} của đơn vị ${d.nominatingUnitId}, đợt ${d.campaignId}`,
  NominationReviewOpened: (d) => `Mở xét duyệt lần ${d.taskSeq} tại ${step(d)}`,
  NominationForwarded: (d) =>
    `Đồng ý, chuyển từ ${step(d.from)} lên ${step(d.to)}${d.decisionNumber ? `, số ${d.decisionNumber}` : ''}`,
  NominationReturned: (d) => `Trả lại từ ${step(d.by)} về ${step(d.to)}: ${d.reason}`,
  NominationResubmitted: (d) => `Gửi lại lần ${d.revision} từ ${step(d.by)} lên ${step(d.to)}`,
  NominationRejected: (d) => `Không đạt tại ${step(d)}: ${d.reason}`,
  NominationGranted: (d) => `Khen thưởng ${d.awardCode} tại ${step(d)}, quyết định số ${d.decisionNumber}`,
  NominationWithdrawn: (d) => `Rút hồ sơ: ${d.reason}`,
  NominationIntakeCompleted: (d) => `Tiếp nhận đủ hồ sơ tại ${step(d)}`,
  NominationDossierIncomplete: (d) =>
    `Hồ sơ thiếu (${d.missingKinds.join(', ')}), trả từ ${step(d.by)} về ${step(d.to)}`,
  NominationAppraisalRecorded: (d) => `Thẩm định tại ${step(d)}: ${d.passed ? 'đạt' : 'không đạt'}`,
  NominationVoteRecorded: (d) => `Bình xét tại ${step(d)} đạt ${Math.round(d.share * 100)}%`,
  NominationVoteFailed: (d) => `Bình xét tại ${step(d)} không đạt ${Math.round(d.share * 100)}%: ${d.reasonVi}`,
  NominationHeld: (d) => `Tạm dừng (${d.kind}): ${d.reason}`,
  NominationResumed: (d) => `Tiếp tục xét: ${d.reason}`,
  NominationRevoked: (d) =>
    `Thu hồi khen thưởng${d.grantedBy ? ` đã tặng tại Quyết định số ${d.grantedBy.decisionNumber}` : ''} tại ${step(d)}${d.decisionNumber ? ` (Quyết định thu hồi số ${d.decisionNumber})` : ''}: ${d.reason}`,
  NominationTaskDueSet: (d) => `Hạn xử lý lần ${d.taskSeq}: ${d.dueAt}`,
  NominationTaskDeadlineExtended: (d) => `Gia hạn xử lý lần ${d.taskSeq} đến ${d.dueAt}: ${d.reason}`,
  NominationReminderSent: (d) => `Nhắc xử lý tại ${step(d)}, hạn ${d.dueAt}`,
  NominationDeadlineMissed: (d) => `Quá hạn xử lý tại ${step(d)} (hạn ${d.dueAt})`,
  NominationMarkedStuck: (d) => `Hồ sơ bị ách tắc tại ${step(d)}`,
  NominationAutoReturned: (d) => `Tự động trả từ ${step(d.by)} về ${step(d.to)} do quá hạn: ${d.reason}`,
  NominationTaskReminded: (d) => `Quản trị nhắc xử lý lần ${d.taskSeq} tại ${step(d)}: ${d.reason}`,
  NominationForceReturned: (d) => `Quản trị trả hồ sơ từ ${step(d.from)} về đơn vị đề nghị ${step(d.to)}: ${d.reason}`,
  NominationCancelled: (d) => `Quản trị hủy hồ sơ: ${d.reason}`,
  NominationDisclosurePosted: (d) => `Công khai tại ${step(d)} ${d.workingDays} ngày làm việc, đến ${d.endsAt}`,
  NominationDisclosureEnded: (d) => `Hết thời gian công khai (${d.objections} ý kiến, ${d.unanswered} chưa trả lời)`,
  NominationDisclosureHeldOnPaper: (d) =>
    `Đã công khai tại ${step(d)} (${d.place}) từ ${d.postedOn} đến ${d.endedOn}, ${d.workingDays} ngày làm việc; ${d.objections.length} ý kiến phản ánh, đã trả lời`,
  NominationObjectionRecorded: (d) => `Ghi nhận ý kiến phản ánh ${d.objectionId}: ${d.text}`,
  NominationObjectionAnswered: (d) =>
    `Trả lời ý kiến phản ánh ${d.objectionId} (${d.upheld ? 'phản ánh đúng' : 'phản ánh không đúng'}): ${d.answer}`,
  NominationRerouted: (d) => `Sắp xếp tổ chức: chuyển từ ${step(d.from)} sang ${step(d.to)}: ${d.reason}`,
  NominationSubmittedAfterCutOff: (d) =>
    `${step(d.submittedBy)} gửi hồ sơ lên ${step(d.receivedBy)}${d.receivedAt ? ` lúc ${d.receivedAt}` : ''}, sau hạn chót ${d.cutOffAt} của cấp nhận (đơn vị gửi chậm; cấp nhận vẫn có đủ thời hạn xử lý)`,
};

const BLOC_STAGE_VI: Record<string, string> = {
  covenant: 'đăng ký, ký giao ước thi đua',
  self_score: 'tự chấm điểm',
  cross_score: 'chấm chéo',
  review: 'rà soát kết quả chấm điểm',
  meeting: 'họp bình xét, suy tôn',
};

/** One line in Vietnamese saying what the event recorded, for the auditors' timeline. */
export function describeEvent(event: NominationEvent): string {
  return (DESCRIPTIONS[event.type] as (data: unknown) => string)(event.data);
}

/** `dd/mm/yyyy` of a `YYYY-MM-DD` date. */
export function viDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** `dd/mm/yyyy HH:mm` in Vietnam time (UTC+7, no daylight saving) of an ISO instant. */
export function viInstant(instant: string): string {
  const local = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  return `${viDate(local)} ${local.slice(11, 16)}`;
}

/**
 * A quota bucket (`AWARD|unit:<id>|period`) in words: the award and unit stay codes and ids here and
 * are named by the API's name book on the way out; the period is said as people say it.
 */
function bucketWords(bucketKey: string): string {
  const [award = '', scope = '', period = ''] = bucketKey.split('|');
  const where = scope.startsWith('unit:') ? `tại đơn vị ${scope.slice('unit:'.length)}` : 'toàn quốc';
  const when = period.startsWith('year:')
    ? `năm ${period.slice('year:'.length)}`
    : period.startsWith('theme:')
      ? 'theo chuyên đề của đợt'
      : 'cả đợt';
  return `${award} ${where}, ${when}`;
}

type AggregateDescribed<T extends AggregateEvent['type']> = (
  data: Extract<AggregateEvent, { type: T }>['data'],
) => string;
/** Exhaustive: a new aggregate event type does not compile until it is described. */
type AggregateDescriptions = { [T in AggregateEvent['type']]: AggregateDescribed<T> };

const CAMPAIGN_KINDS: Record<string, string> = { annual: 'thường niên', thematic: 'chuyên đề', adhoc: 'đột xuất' };
const CAMPAIGN_FIELDS: Record<string, string> = {
  name: 'tên',
  kind: 'loại đợt',
  ruleSetVersion: 'bộ quy định',
  awardCodes: 'hình thức khen thưởng',
  opensOn: 'ngày mở',
  closesOn: 'ngày kết thúc',
  cutoffs: 'hạn chót từng cấp',
};
const DAY_KINDS: Record<string, string> = {
  holiday: 'ngày nghỉ lễ',
  compensatory: 'ngày nghỉ bù',
  makeup_workday: 'ngày làm bù',
};
const ROLES_VI: Record<string, string> = {
  nominator: 'Cán bộ đề nghị',
  reviewer: 'Chuyên viên thẩm định',
  chair: 'Chủ tịch',
  unit_admin: 'Quản trị đơn vị',
  auditor: 'Kiểm tra, giám sát',
  system_admin: 'Quản trị hệ thống',
};
const role = (r: string) => ROLES_VI[r] ?? r;
const window = (d: { opensOn: string; closesOn: string }) => `từ ${viDate(d.opensOn)} đến ${viDate(d.closesOn)}`;

const ROSTER_ROLES: Record<string, string> = {
  chair: 'Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên Hội đồng',
};

const AGGREGATE_DESCRIPTIONS: AggregateDescriptions = {
  CampaignCreated: (d) =>
    `Tạo đợt thi đua ${CAMPAIGN_KINDS[d.kind] ?? d.kind} "${d.name}" (${d.code}), ${window(d)}, theo bộ quy định ${d.ruleSetVersion}`,
  CampaignChanged: (d) =>
    `Sửa đợt thi đua "${d.name}": ${d.changedFields.map((f) => CAMPAIGN_FIELDS[f] ?? f).join(', ')}; nay ${window(d)}`,
  CampaignRecorded: (d) => `Ghi nhận đợt thi đua "${d.name}" (${d.code}) đã có từ trước, ${window(d)}`,
  WorkingCalendarDaySet: (d) =>
    `Đặt ngày ${viDate(d.date)} là ${DAY_KINDS[d.kind] ?? d.kind} "${d.nameVi}"${d.previousKind ? ` (trước là ${DAY_KINDS[d.previousKind] ?? d.previousKind})` : ''}`,
  WorkingCalendarDayCleared: (d) =>
    `Bỏ ${DAY_KINDS[d.previousKind] ?? d.previousKind} ngày ${viDate(d.date)}: trở lại ngày thường`,
  WorkingCalendarRecorded: (d) => `Ghi nhận lịch năm ${d.year} đã có từ trước (${d.days.length} ngày khác ngày thường)`,
  QuotaLimitChanged: (d) =>
    `Đặt chỉ tiêu ${bucketWords(d.bucketKey)} là ${d.limit}${d.previousLimit === null ? '' : ` (trước là ${d.previousLimit})`}: ${d.reason}`,
  QuotaLimitsRecorded: (d) => `Ghi nhận ${d.overrides.length} chỉ tiêu đã điều chỉnh từ trước`,
  DelegationGranted: (d) =>
    `Ủy quyền cho ${d.delegateName} tại đơn vị ${d.unitId} từ ${viInstant(d.startsAt)} đến ${viInstant(d.endsAt)}: ${d.reason}`,
  DelegationRevoked: (d) => `Thu hồi ủy quyền lúc ${viInstant(d.revokedAt)}${d.reason ? `: ${d.reason}` : ''}`,
  RelativeDeclared: (d) => `Kê khai người thân: ${d.fullName} (${d.relation})`,
  BlocFormed: (d) =>
    `Thành lập ${d.name} từ ${viDate(d.formedOn)} gồm ${d.members.length} đơn vị: ${d.members.map((m) => m.unitName).join(', ')}`,
  BlocMemberJoined: (d) => `${d.unitName} vào khối từ ${viDate(d.from)}: ${d.reason}`,
  BlocMemberLeft: (d) =>
    `Đơn vị ${d.unitId} ${d.dissolved ? 'giải thể, ' : ''}rời khối từ ${viDate(d.on)}: ${d.reason}`,
  BlocYearOpened: (d) =>
    `Mở năm thi đua ${d.year} (${d.awardCode}), ${d.criteria.length} tiêu chí chấm điểm, hạn ký giao ước ${viDate(d.covenantDeadline)}`,
  BlocRegistered: (d) => `Đơn vị ${d.unitId} đăng ký thi đua năm ${d.year} ngày ${viDate(d.on)}`,
  BlocCovenantSigned: (d) => `Đơn vị ${d.unitId} ký giao ước thi đua năm ${d.year} ngày ${viDate(d.on)}`,
  BlocScoringOpened: (d) =>
    `Mở chấm điểm năm ${d.year}${d.withoutCovenant.length ? `; ${d.withoutCovenant.length} đơn vị không ký giao ước` : ''}`,
  BlocYearScheduled: (d) =>
    `Năm thi đua ${d.year} chạy theo quy trình: ký giao ước đến ${viDate(d.covenantDeadline)}, tự chấm đến ${viDate(d.selfScoreDeadline)}, chấm chéo đến ${viDate(d.crossScoreDeadline)}, rà soát đến ${viDate(d.reviewDeadline)}, họp khối đến ${viDate(d.meetingDeadline)}`,
  BlocDeadlineReminded: (d) =>
    `Nhắc ${d.unitIds.length} đơn vị chưa hoàn thành ${BLOC_STAGE_VI[d.stage]} năm ${d.year} (hạn ${viInstant(d.dueAt)})`,
  BlocDeadlineMissed: (d) =>
    `Quá hạn ${BLOC_STAGE_VI[d.stage]} năm ${d.year} (hạn ${viInstant(d.dueAt)}): ${d.unitIds.length} đơn vị chưa hoàn thành, báo cáo đơn vị tổ chức khối`,
  BlocSelfRoundClosed: (d) =>
    `Kết thúc vòng tự chấm điểm năm ${d.year}, mở vòng chấm chéo${d.withoutSelfScore.length ? `; ${d.withoutSelfScore.length} đơn vị không nộp biểu tự chấm` : ''}`,
  BlocWinnerProposed: (d) =>
    d.nominationId
      ? `Đề nghị tặng ${d.awardCode} cho đơn vị dẫn đầu khối năm ${d.year} (hồ sơ đề nghị kèm biên bản họp khối)`
      : `Chưa khởi tạo được hồ sơ đề nghị tặng ${d.awardCode} năm ${d.year}: ${d.notStartedReason ?? ''}`,
  BlocSelfScored: (d) =>
    `Đơn vị ${d.unitId} tự chấm ${d.total} điểm năm ${d.year} (${d.evidenceAttachmentIds.length} minh chứng)`,
  BlocCrossScored: (d) => `Đơn vị ${d.scorerUnitId} chấm chéo đơn vị ${d.scoredUnitId}: ${d.total} điểm năm ${d.year}`,
  BlocScoresReviewed: (d) => `Trưởng khối rà soát, khóa kết quả chấm điểm năm ${d.year}${d.note ? `: ${d.note}` : ''}`,
  BlocBallotCounted: (d) =>
    `Họp khối ngày ${viDate(d.heldOn)}: ${d.presentUnitIds.length} đơn vị có mặt, ${d.ballotsCast} phiếu; suy tôn ${d.winnerUnitId ?? 'không có đơn vị nào'}${d.leftBallot.length ? `; ${d.leftBallot.length} đơn vị đã rời khối không có tên trên phiếu` : ''}`,
  BlocWinnerReasonRecorded: (d) => `Lý do suy tôn năm ${d.year}: ${d.reason}`,
  BlocYearImported: (d) =>
    `Nhập kết quả năm ${d.year} từ hồ sơ giấy (${d.source}): đơn vị dẫn đầu ${d.winnerUnitId ?? 'không có'}`,
  SubmissionBatchSubmitted: (d) =>
    `${d.submittingUnitName} gửi đề nghị ${d.submissionLetterNumber} gồm ${d.rows.length} trường hợp cho đợt "${d.campaignName}"${d.skipped.length ? ` (bỏ ${d.skipped.length} dòng không hợp lệ)` : ''}`,
  SubmissionBatchNominationsStarted: (d) => `Khởi tạo ${d.nominationIds.length} hồ sơ đề nghị từ danh sách`,
  SubmissionBatchRowsRefused: (d) =>
    `${d.rows.length} dòng không khởi tạo được: ${d.rows.map((r) => r.message).join('; ')}`,
  SubmissionBatchDocumentGenerated: (d) =>
    `Lập tờ trình (${d.format.toUpperCase()}), mã kiểm tra ${d.sha256.slice(0, 12)}…`,
  SubmissionBatchDecided: (d) =>
    `${d.decidedBy.name} ${d.decision === 'approve' ? 'chuyển cấp trên' : 'trả lại'} ${d.whole ? 'cả danh sách' : 'một phần danh sách'}: ${d.covered.length} hồ sơ${d.reason ? ` (lý do: ${d.reason})` : ''}${d.notOpen.length ? `; ${d.notOpen.length} hồ sơ không có bước xét đang mở` : ''}`,
  SubmissionBatchDecisionApplied: (d) =>
    `${d.decided.length} hồ sơ đã nhận quyết định${d.refused.length ? `; chưa áp dụng được cho ${d.refused.map((r) => r.nomineeName).join(', ')}` : ''}`,
  CouncilMemberAppointed: (d) =>
    `${d.name} (${d.position}) là ${ROSTER_ROLES[d.role] ?? d.role} từ ${viDate(d.from)}${d.to ? ` đến ${viDate(d.to)}` : ''}`,
  CouncilMembershipEnded: (d) => `${d.name} thôi tham gia Hội đồng từ sau ngày ${viDate(d.to)}`,
  CouncilSessionConvened: (d) =>
    `Triệu tập phiên họp "${d.title}" của ${d.councilUnitName}: ${d.members.length} thành viên, ${d.candidates.length} trường hợp, ${d.slots} suất`,
  CouncilSessionOpened: (d) =>
    `${d.resumed ? 'Họp tiếp' : 'Khai mạc'} phiên họp: ${d.present.length} thành viên có mặt (tối thiểu ${d.quorum})`,
  CouncilSessionAdjourned: (d) => `Tạm dừng phiên họp: ${d.reason}`,
  CouncilBallotsTallied: (d) =>
    `Kiểm phiếu vòng ${d.round}: ${d.ballots.filter((b) => b.passed).length}/${d.ballots.length} trường hợp đạt từ ${d.required}/${d.membersTotal} phiếu`,
  CouncilCandidatesRanked: (d) =>
    `Xếp hạng: ${d.ranked.filter((r) => r.selected).length} trường hợp trong chỉ tiêu${d.chairMustChoose.length ? `, ${d.chairMustChoose.length} trường hợp bằng phiếu chờ Chủ tịch quyết định` : ''}`,
  CouncilSessionConcluded: (d) =>
    `Kết thúc phiên họp, biên bản ${d.minutesNumber}: ${d.results.filter((r) => r.outcome === 'selected').length} trường hợp được đề nghị`,
  CouncilSessionDocumentGenerated: (d) =>
    `Lập biên bản họp (${d.format.toUpperCase()}), mã kiểm tra ${d.sha256.slice(0, 12)}…`,
  UnitCreated: (d) => `Thành lập đơn vị "${d.name}" (${d.code}) trực thuộc ${d.parentId} từ ${viDate(d.effectiveFrom)}`,
  UnitRenamed: (d) => `Đổi tên đơn vị từ "${d.from}" thành "${d.to}"`,
  UnitReparented: (d) => `Chuyển đơn vị sang trực thuộc ${d.parentId} từ ${viDate(d.effectiveFrom)}`,
  UnitDissolved: (d) =>
    `Giải thể đơn vị từ ${viDate(d.effectiveFrom)}, đơn vị kế thừa ${d.successorId}${d.children.length > 0 ? ` (nhận ${d.children.length} đơn vị trực thuộc)` : ''}`,
  UnitRecorded: (d) => `Ghi nhận đơn vị "${d.name}" (${d.code}) đã có từ trước`,
  UserCreated: (d) => `Tạo tài khoản ${d.username} cho ${d.fullName}`,
  UserRoleGranted: (d) => `Cấp vai trò ${role(d.role)} tại đơn vị ${d.unitId} từ ${viInstant(d.validFrom)}`,
  UserRoleRevoked: (d) =>
    `Chấm dứt vai trò ${role(d.role)} tại đơn vị ${d.unitId} lúc ${viInstant(d.validTo)}${d.dissolution ? ' do đơn vị giải thể' : ''}`,
  UserDeactivated: (d) => `Khóa tài khoản ${d.username}`,
  UserReactivated: (d) => `Mở khóa tài khoản ${d.username}`,
  RuleSetVersionDrafted: (d) => `Soạn thảo phiên bản bộ quy định mới${d.reason ? `: ${d.reason}` : ''}`,
  RuleSetDraftRevised: () => 'Sửa bản thảo bộ quy định',
  RuleSetVersionPublished: (d) =>
    `Ban hành bộ quy định ${d.ruleSet.version} "${d.ruleSet.title}", hiệu lực từ ${viDate(d.ruleSet.effectiveFrom)}`,
  UserRecorded: (d) =>
    `Ghi nhận tài khoản ${d.username} (${d.fullName}) đã có từ trước, ${d.grants.length} lần cấp vai trò`,
};

/** One line in Vietnamese saying what an administrative event recorded, for the auditors' timeline. */
export function describeAggregateEvent(event: AggregateEvent): string {
  return (AGGREGATE_DESCRIPTIONS[event.type] as (data: unknown) => string)(event.data);
}
