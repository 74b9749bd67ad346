import type { NominationEvent } from '@vinhdanh/domain';

type Described<T extends NominationEvent['type']> = (data: Extract<NominationEvent, { type: T }>['data']) => string;
/** Exhaustive: a new event type does not compile until it has an English line too. */
type Descriptions = { [T in NominationEvent['type']]: Described<T> };

const step = (s: { level: number; unitId: string }) => `level ${s.level} (${s.unitId})`;
const because = (reason?: string) => (reason ? `: ${reason}` : '');

const DESCRIPTIONS_EN: Descriptions = {
  NominationTaskClaimed: (d) => `Task ${d.taskSeq} claimed at ${step(d)}`,
  NominationTaskReleased: (d) => `Task ${d.taskSeq} released at ${step(d)}${because(d.reason)}`,
  NominationTaskAssigned: (d) =>
    `Task ${d.taskSeq} at ${step(d)} ${d.intervention ? 'assigned by an administrator' : 'assigned'} to ${d.assignee.name}${because(d.reason)}`,
  NominationTaskReassigned: (d) =>
    `Task ${d.taskSeq} at ${step(d)} ${d.intervention ? 'reassigned by an administrator' : 'reassigned'} from ${d.from.name} to ${d.to.name}${because(d.reason)}`,
  NominationRecused: (d) => `Recused from the review (conflict of interest): ${d.reason}`,
  NominationSubmitted: (d) => `${d.awardCode} nominated by unit ${d.nominatingUnitId}, campaign ${d.campaignId}`,
  NominationReviewOpened: (d) => `Review ${d.taskSeq} opened at ${step(d)}`,
  NominationForwarded: (d) =>
    `Approved and forwarded from ${step(d.from)} to ${step(d.to)}${d.decisionNumber ? `, no. ${d.decisionNumber}` : ''}`,
  NominationReturned: (d) => `Returned from ${step(d.by)} to ${step(d.to)}: ${d.reason}`,
  NominationResubmitted: (d) => `Resubmitted (revision ${d.revision}) from ${step(d.by)} to ${step(d.to)}`,
  NominationRejected: (d) => `Rejected at ${step(d)}: ${d.reason}`,
  NominationGranted: (d) => `${d.awardCode} granted at ${step(d)}, decision no. ${d.decisionNumber}`,
  NominationWithdrawn: (d) => `Withdrawn: ${d.reason}`,
  NominationIntakeCompleted: (d) => `Dossier complete at intake, ${step(d)}`,
  NominationDossierIncomplete: (d) =>
    `Dossier incomplete (${d.missingKinds.join(', ')}), returned from ${step(d.by)} to ${step(d.to)}`,
  NominationAppraisalRecorded: (d) => `Appraisal at ${step(d)}: ${d.passed ? 'passed' : 'failed'}`,
  NominationVoteRecorded: (d) => `Council vote at ${step(d)} passed with ${Math.round(d.share * 100)}%`,
  NominationVoteFailed: (d) => `Council vote at ${step(d)} failed with ${Math.round(d.share * 100)}%: ${d.reasonEn}`,
  NominationHeld: (d) => `Put on hold (${d.kind}): ${d.reason}`,
  NominationResumed: (d) => `Resumed: ${d.reason}`,
  NominationRevoked: (d) => `Award revoked at ${step(d)}: ${d.reason}`,
  NominationTaskDueSet: (d) => `Task ${d.taskSeq} due ${d.dueAt}`,
  NominationTaskDeadlineExtended: (d) => `Task ${d.taskSeq} extended to ${d.dueAt}: ${d.reason}`,
  NominationReminderSent: (d) => `Reminder sent at ${step(d)}, due ${d.dueAt}`,
  NominationDeadlineMissed: (d) => `Deadline missed at ${step(d)} (due ${d.dueAt})`,
  NominationMarkedStuck: (d) => `Marked stuck at ${step(d)}`,
  NominationAutoReturned: (d) => `Returned automatically (overdue) from ${step(d.by)} to ${step(d.to)}: ${d.reason}`,
  NominationTaskReminded: (d) => `Administrator's reminder for task ${d.taskSeq} at ${step(d)}: ${d.reason}`,
  NominationForceReturned: (d) =>
    `Returned by an administrator from ${step(d.from)} to the nominating unit ${step(d.to)}: ${d.reason}`,
  NominationCancelled: (d) => `Cancelled by an administrator: ${d.reason}`,
  NominationDisclosurePosted: (d) =>
    `Disclosed publicly at ${step(d)} for ${d.workingDays} working days, until ${d.endsAt}`,
  NominationDisclosureEnded: (d) => `Public disclosure ended (${d.objections} objections, ${d.unanswered} unanswered)`,
  NominationObjectionRecorded: (d) => `Objection ${d.objectionId} recorded: ${d.text}`,
  NominationObjectionAnswered: (d) =>
    `Objection ${d.objectionId} answered (${d.upheld ? 'upheld' : 'not upheld'}): ${d.answer}`,
  NominationRerouted: (d) => `Reorganisation: moved from ${step(d.from)} to ${step(d.to)}: ${d.reason}`,
};

/** One line in English saying what the event recorded (the Vietnamese line's counterpart). */
export function describeEventEn(event: NominationEvent): string {
  return (DESCRIPTIONS_EN[event.type] as (data: unknown) => string)(event.data);
}
