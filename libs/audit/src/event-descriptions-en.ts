import type { NominationEvent } from '@vinhdanh/domain';
import type { AggregateEvent } from './aggregate-streams';
import { viDate as date, viInstant as instant } from './event-descriptions';

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
  NominationRevoked: (d) =>
    `Award${d.grantedBy ? ` granted by decision ${d.grantedBy.decisionNumber}` : ''} revoked at ${step(d)}${d.decisionNumber ? ` (revocation decision ${d.decisionNumber})` : ''}: ${d.reason}`,
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
  NominationDisclosureHeldOnPaper: (d) =>
    `Disclosed at ${step(d)} (${d.place}) from ${d.postedOn} to ${d.endedOn}, ${d.workingDays} working days; ${d.objections.length} objections, answered`,
  NominationObjectionRecorded: (d) => `Objection ${d.objectionId} recorded: ${d.text}`,
  NominationObjectionAnswered: (d) =>
    `Objection ${d.objectionId} answered (${d.upheld ? 'upheld' : 'not upheld'}): ${d.answer}`,
  NominationRerouted: (d) => `Reorganisation: moved from ${step(d.from)} to ${step(d.to)}: ${d.reason}`,
  NominationSubmittedAfterCutOff: (d) =>
    `${step(d.submittedBy)} sent the dossier to ${step(d.receivedBy)}${d.receivedAt ? ` at ${d.receivedAt}` : ''}, after the receiving level's cut-off ${d.cutOffAt} (the sending unit was late; the receiving level keeps its full processing time)`,
};

/** One line in English saying what the event recorded (the Vietnamese line's counterpart). */
export function describeEventEn(event: NominationEvent): string {
  return (DESCRIPTIONS_EN[event.type] as (data: unknown) => string)(event.data);
}

type AggregateDescribed<T extends AggregateEvent['type']> = (
  data: Extract<AggregateEvent, { type: T }>['data'],
) => string;
/** Exhaustive: a new aggregate event type does not compile until it has an English line too. */
type AggregateDescriptions = { [T in AggregateEvent['type']]: AggregateDescribed<T> };

const CAMPAIGN_KINDS: Record<string, string> = { annual: 'annual', thematic: 'thematic', adhoc: 'ad-hoc' };
const CAMPAIGN_FIELDS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  ruleSetVersion: 'rule set',
  awardCodes: 'awards',
  opensOn: 'opening date',
  closesOn: 'closing date',
  cutoffs: 'cut-offs per level',
};
const DAY_KINDS: Record<string, string> = {
  holiday: 'public holiday',
  compensatory: 'compensatory day off',
  makeup_workday: 'make-up working day',
};
const ROLES_EN: Record<string, string> = {
  nominator: 'Nominator',
  reviewer: 'Reviewer',
  chair: 'Chair',
  unit_admin: 'Unit administrator',
  auditor: 'Auditor',
  system_admin: 'System administrator',
};
const role = (r: string) => ROLES_EN[r] ?? r;
const period = (d: { opensOn: string; closesOn: string }) => `from ${date(d.opensOn)} to ${date(d.closesOn)}`;

const AGGREGATE_DESCRIPTIONS: AggregateDescriptions = {
  CampaignCreated: (d) =>
    `${CAMPAIGN_KINDS[d.kind] ?? d.kind} campaign "${d.name}" (${d.code}) created, ${period(d)}, under rule set ${d.ruleSetVersion}`,
  CampaignChanged: (d) =>
    `Campaign "${d.name}" changed: ${d.changedFields.map((f) => CAMPAIGN_FIELDS[f] ?? f).join(', ')}; now ${period(d)}`,
  CampaignRecorded: (d) => `Existing campaign "${d.name}" (${d.code}) recorded, ${period(d)}`,
  WorkingCalendarDaySet: (d) =>
    `${date(d.date)} set as ${DAY_KINDS[d.kind] ?? d.kind} "${d.nameEn}"${d.previousKind ? ` (was ${DAY_KINDS[d.previousKind] ?? d.previousKind})` : ''}`,
  WorkingCalendarDayCleared: (d) =>
    `${DAY_KINDS[d.previousKind] ?? d.previousKind} on ${date(d.date)} removed: an ordinary day again`,
  WorkingCalendarRecorded: (d) => `Existing ${d.year} calendar recorded (${d.days.length} days that differ)`,
  QuotaLimitChanged: (d) =>
    `Quota ${d.bucketKey} set to ${d.limit}${d.previousLimit === null ? '' : ` (was ${d.previousLimit})`}: ${d.reason}`,
  QuotaLimitsRecorded: (d) => `${d.overrides.length} existing quota override(s) recorded`,
  DelegationGranted: (d) =>
    `Roles at unit ${d.unitId} delegated to ${d.delegateName} from ${instant(d.startsAt)} to ${instant(d.endsAt)}: ${d.reason}`,
  DelegationRevoked: (d) => `Delegation revoked at ${instant(d.revokedAt)}${d.reason ? `: ${d.reason}` : ''}`,
  RelativeDeclared: (d) => `Relative declared: ${d.fullName} (${d.relation})`,
  BlocFormed: (d) => `${d.name} formed from ${d.formedOn} with ${d.members.length} members`,
  BlocMemberJoined: (d) => `${d.unitName} joined the bloc from ${d.from}: ${d.reason}`,
  BlocMemberLeft: (d) => `Unit ${d.unitId} ${d.dissolved ? 'dissolved and ' : ''}left the bloc on ${d.on}: ${d.reason}`,
  BlocYearOpened: (d) =>
    `Emulation year ${d.year} opened (${d.awardCode}), ${d.criteria.length} criteria, covenant deadline ${d.covenantDeadline}`,
  BlocRegistered: (d) => `Unit ${d.unitId} registered for ${d.year} on ${d.on}`,
  BlocCovenantSigned: (d) => `Unit ${d.unitId} signed the ${d.year} covenant on ${d.on}`,
  BlocScoringOpened: (d) =>
    `Scoring opened for ${d.year}${d.withoutCovenant.length ? `; ${d.withoutCovenant.length} member(s) without a covenant` : ''}`,
  BlocYearScheduled: (d) =>
    `${d.year} runs as a workflow: covenant by ${d.covenantDeadline}, self-scores by ${d.selfScoreDeadline}, cross-scores by ${d.crossScoreDeadline}, review by ${d.reviewDeadline}, meeting by ${d.meetingDeadline}`,
  BlocDeadlineReminded: (d) =>
    `${d.unitIds.length} member(s) reminded of the ${d.year} ${d.stage.replace('_', ' ')} deadline (${instant(d.dueAt)})`,
  BlocDeadlineMissed: (d) =>
    `${d.year} ${d.stage.replace('_', ' ')} deadline (${instant(d.dueAt)}) missed by ${d.unitIds.length} member(s); escalated to the organiser`,
  BlocSelfRoundClosed: (d) =>
    `Self-scoring round of ${d.year} closed, cross round open${d.withoutSelfScore.length ? `; ${d.withoutSelfScore.length} without a self sheet` : ''}`,
  BlocWinnerProposed: (d) =>
    d.nominationId
      ? `${d.year} leading unit proposed for ${d.awardCode} (nomination with the bloc's minutes)`
      : `No nomination for ${d.awardCode} started for ${d.year}: ${d.notStartedReason ?? ''}`,
  BlocSelfScored: (d) =>
    `Unit ${d.unitId} self-scored ${d.total} for ${d.year} (${d.evidenceAttachmentIds.length} evidence)`,
  BlocCrossScored: (d) => `Unit ${d.scorerUnitId} cross-scored ${d.scoredUnitId}: ${d.total} for ${d.year}`,
  BlocScoresReviewed: (d) => `The head reviewed and locked the ${d.year} scores${d.note ? `: ${d.note}` : ''}`,
  BlocBallotCounted: (d) =>
    `Bloc meeting on ${d.heldOn}: ${d.presentUnitIds.length} present, ${d.ballotsCast} ballots; leader ${d.winnerUnitId ?? 'none'}${d.leftBallot.length ? `; ${d.leftBallot.length} former member(s) off the ballot` : ''}`,
  BlocWinnerReasonRecorded: (d) => `Reason for the ${d.year} choice: ${d.reason}`,
  BlocYearImported: (d) => `${d.year} result imported from paper (${d.source}): leader ${d.winnerUnitId ?? 'none'}`,
  SubmissionBatchSubmitted: (d) =>
    `${d.submittingUnitName} submitted proposal ${d.submissionLetterNumber} listing ${d.rows.length} nominees for "${d.campaignName}"${d.skipped.length ? ` (${d.skipped.length} invalid rows left out)` : ''}`,
  SubmissionBatchNominationsStarted: (d) => `${d.nominationIds.length} nominations started from the list`,
  SubmissionBatchRowsRefused: (d) =>
    `${d.rows.length} rows could not start: ${d.rows.map((r) => r.message_en).join('; ')}`,
  SubmissionBatchDocumentGenerated: (d) =>
    `Submission letter generated (${d.format.toUpperCase()}), checksum ${d.sha256.slice(0, 12)}…`,
  SubmissionBatchDecided: (d) =>
    `${d.decidedBy.name} ${d.decision === 'approve' ? 'forwarded' : 'returned'} ${d.whole ? 'the whole list' : 'part of the list'}: ${d.covered.length} nominations${d.reason ? ` (reason: ${d.reason})` : ''}${d.notOpen.length ? `; ${d.notOpen.length} with no open step` : ''}`,
  SubmissionBatchDecisionApplied: (d) =>
    `${d.decided.length} nominations took the decision${d.refused.length ? `; not applied to ${d.refused.map((r) => r.nomineeName).join(', ')}` : ''}`,
  CouncilMemberAppointed: (d) =>
    `${d.name} (${d.position}) sits on the council as ${d.role} from ${date(d.from)}${d.to ? ` to ${date(d.to)}` : ''}`,
  CouncilMembershipEnded: (d) => `${d.name} leaves the council after ${date(d.to)}`,
  CouncilSessionConvened: (d) =>
    `Council session "${d.title}" of ${d.councilUnitName} convened: ${d.members.length} members, ${d.candidates.length} candidates, ${d.slots} slots`,
  CouncilSessionOpened: (d) =>
    `Session ${d.resumed ? 'resumed' : 'opened'}: ${d.present.length} members present (quorum ${d.quorum})`,
  CouncilSessionAdjourned: (d) => `Session adjourned: ${d.reason}`,
  CouncilBallotsTallied: (d) =>
    `Ballots of round ${d.round}: ${d.ballots.filter((b) => b.passed).length}/${d.ballots.length} candidates reached ${d.required}/${d.membersTotal} votes`,
  CouncilCandidatesRanked: (d) =>
    `Ranked: ${d.ranked.filter((r) => r.selected).length} within the quota${d.chairMustChoose.length ? `, ${d.chairMustChoose.length} tied for the chair to decide` : ''}`,
  CouncilSessionConcluded: (d) =>
    `Session concluded, minutes ${d.minutesNumber}: ${d.results.filter((r) => r.outcome === 'selected').length} candidates proposed`,
  CouncilSessionDocumentGenerated: (d) =>
    `Minutes generated (${d.format.toUpperCase()}), checksum ${d.sha256.slice(0, 12)}…`,
  UnitCreated: (d) => `Unit "${d.name}" (${d.code}) created under ${d.parentId} from ${date(d.effectiveFrom)}`,
  UnitRenamed: (d) => `Unit renamed from "${d.from}" to "${d.to}"`,
  UnitReparented: (d) => `Unit moved under ${d.parentId} from ${date(d.effectiveFrom)}`,
  UnitDissolved: (d) =>
    `Unit dissolved from ${date(d.effectiveFrom)} into ${d.successorId}${d.children.length > 0 ? ` (which takes ${d.children.length} child unit(s))` : ''}`,
  UnitRecorded: (d) => `Existing unit "${d.name}" (${d.code}) recorded`,
  UserCreated: (d) => `Account ${d.username} created for ${d.fullName}`,
  UserRoleGranted: (d) => `Role ${role(d.role)} at unit ${d.unitId} granted from ${instant(d.validFrom)}`,
  UserRoleRevoked: (d) =>
    `Role ${role(d.role)} at unit ${d.unitId} ended at ${instant(d.validTo)}${d.dissolution ? ' (unit dissolved)' : ''}`,
  UserDeactivated: (d) => `Account ${d.username} locked`,
  UserReactivated: (d) => `Account ${d.username} unlocked`,
  RuleSetVersionDrafted: (d) => `New rule-set version drafted${d.reason ? `: ${d.reason}` : ''}`,
  RuleSetDraftRevised: () => 'Rule-set draft revised',
  RuleSetVersionPublished: (d) =>
    `Rule set ${d.ruleSet.version} "${d.ruleSet.title}" published, in force from ${date(d.ruleSet.effectiveFrom)}`,
  UserRecorded: (d) => `Existing account ${d.username} (${d.fullName}) recorded, ${d.grants.length} role grant(s)`,
};

/** The same line in English. */
export function describeAggregateEventEn(event: AggregateEvent): string {
  return (AGGREGATE_DESCRIPTIONS[event.type] as (data: unknown) => string)(event.data);
}
