import type { NominationEvent } from '@vinhdanh/domain';

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
  NominationRevoked: (d) => `Thu hồi khen thưởng tại ${step(d)}: ${d.reason}`,
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
  NominationObjectionRecorded: (d) => `Ghi nhận ý kiến phản ánh ${d.objectionId}: ${d.text}`,
  NominationObjectionAnswered: (d) =>
    `Trả lời ý kiến phản ánh ${d.objectionId} (${d.upheld ? 'phản ánh đúng' : 'phản ánh không đúng'}): ${d.answer}`,
  NominationRerouted: (d) => `Sắp xếp tổ chức: chuyển từ ${step(d.from)} sang ${step(d.to)}: ${d.reason}`,
};

/** One line in Vietnamese saying what the event recorded, for the auditors' timeline. */
export function describeEvent(event: NominationEvent): string {
  return (DESCRIPTIONS[event.type] as (data: unknown) => string)(event.data);
}
