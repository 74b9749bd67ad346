// The shape of a nomination as its events made it: types only, at the bottom of the nomination
// domain (the evolvers and deciders of each concept import it; it imports none of them).
import type { IsoDateTime } from '../../shared/dates';
import type { OrgLevel } from '../../org/org-unit';
import type { AwardCode } from '../../rules/rule-set.schema';
import type { RouteStep } from '../../route/route';
import type { ProcedureStepKind } from '../../rules/procedure-rules.schema';
import type { NominationProcedure } from '../../procedure/procedure';
import type { EligibilityCheck } from '../../eligibility/eligibility.schema';
import type { Actor, Decision } from './nomination.command-base';
import type { Dossier } from './nomination.dossier';
import type { NominationStatus } from './nomination.status';
import type { HoldKind } from '../procedure/nomination.procedure.commands';

/** An objection received during the disclosure, with its answer once given. */
export interface DisclosureObjection {
  readonly id: string;
  readonly text: string;
  readonly objectorName?: string;
  readonly objectorContact?: string;
  readonly recordedBy: Actor;
  readonly recordedAt: IsoDateTime;
  readonly answer?: { readonly text: string; readonly upheld: boolean; readonly by: Actor; readonly at: IsoDateTime };
}

/** The public disclosure of a nomination: required at submission, posted, ended; its objections. */
export interface NominationDisclosure {
  readonly workingDays: number;
  readonly posted?: {
    readonly level: OrgLevel;
    readonly unitId: string;
    readonly at: IsoDateTime;
    readonly endsAt: IsoDateTime;
  };
  readonly endedAt?: IsoDateTime;
  readonly objections: readonly DisclosureObjection[];
  /** Set when the unit held the disclosure on paper and recorded it afterwards. */
  readonly heldOnPaper?: {
    readonly place: string;
    readonly postedOn: string;
    readonly endedOn: string;
    readonly workingDays: number;
  };
}

/** The one task a nomination waits on: a review at a route level, or a revision after a return. */
export interface OpenTask {
  readonly kind: 'review' | 'revision';
  readonly level: OrgLevel;
  readonly unitId: string;
  readonly taskSeq: number;
  readonly openedAt: IsoDateTime;
  /** For a revision: the level that returned it, where the review reopens on resubmission. */
  readonly returnedBy?: RouteStep;
  /** The level's ordered procedure steps (absent: one plain decision) and the one under way. */
  readonly steps?: readonly ProcedureStepKind[];
  readonly step?: ProcedureStepKind;
  /** The last step recorded on this task, to treat a repeated delivery as a no-op. */
  readonly lastStep?: { readonly step: ProcedureStepKind; readonly by: Actor; readonly at: IsoDateTime };
  readonly appraisal?: { readonly passed: boolean; readonly checks: readonly EligibilityCheck[] };
  readonly vote?: { readonly passed: boolean; readonly share: number; readonly required: number };
  /** Deadline data, set by the workflow's timers. */
  readonly dueAt?: IsoDateTime;
  readonly remindedFor?: IsoDateTime;
  readonly overdue?: boolean;
  readonly stuck?: boolean;
  /** Who holds the task (claimed or assigned); absent while the unit's pool holds it. */
  readonly holder?: TaskHolder;
  /** Set when the dossier arrived after the level's cut-off (the sender's lateness): that cut-off. */
  readonly arrivedAfterCutOff?: IsoDateTime;
  /** Who sent it late (with `arrivedAfterCutOff`): the unit and the person, for the receiving inbox. */
  readonly lateSender?: { readonly unitId: string; readonly name: string };
}

/** The person holding an open task, since when, and who assigned it (absent for a claim). */
export interface TaskHolder {
  readonly userId: string;
  readonly name: string;
  readonly since: IsoDateTime;
  readonly assignedBy?: Actor;
}

/** A user who stepped aside from the nomination (conflict of interest); they can no longer act on it. */
export interface Recusal {
  readonly userId: string;
  readonly name: string;
  readonly unitId: string;
  readonly at: IsoDateTime;
  readonly reason: string;
}

/** A pause of the nomination and, once resumed, who resumed it. */
export interface NominationHold {
  readonly kind: HoldKind;
  readonly reason: string;
  readonly by: Actor;
  readonly at: IsoDateTime;
  readonly statusBefore: Exclude<NominationStatus, 'DRAFT'>;
  readonly resumed?: { readonly by: Actor; readonly at: IsoDateTime; readonly reason: string };
}

/** The latest decision taken at a level, kept to refuse late duplicates with who and when. */
export interface LastDecision {
  readonly decision: Decision;
  readonly level: OrgLevel;
  readonly unitId: string;
  readonly taskSeq: number;
  readonly by: Actor;
  readonly at: IsoDateTime;
}

/** A nomination nobody has submitted yet (the state before its first event). */
export interface DraftNominationState {
  readonly status: 'DRAFT';
}

/** A submitted nomination. JSON-safe: it is returned by workflow queries as is. */
export interface SubmittedNominationState {
  readonly status: Exclude<NominationStatus, 'DRAFT'>;
  readonly nominationId: string;
  readonly nominatingUnitId: string;
  readonly awardCode: AwardCode;
  readonly campaignId: string;
  readonly ruleSetVersion: string;
  readonly dossier: Dossier;
  readonly route: readonly RouteStep[];
  readonly submittedBy: Actor;
  readonly submittedAt: IsoDateTime;
  readonly openTask: OpenTask | null;
  /** Keyed by level; JSON turns the keys into strings, which index the same way. */
  readonly lastDecisions: Readonly<Partial<Record<OrgLevel, LastDecision>>>;
  readonly lastResubmission: { readonly by: Actor; readonly at: IsoDateTime } | null;
  readonly tasksOpened: number;
  readonly returnCount: number;
  readonly revisionCount: number;
  readonly outcome: {
    readonly status: NominationStatus;
    readonly by: Actor;
    readonly at: IsoDateTime;
    readonly reason?: string;
    readonly decisionNumber?: string;
    readonly decisionId?: string;
  } | null;
  /** The pinned rule set's procedure data; absent for nominations submitted without the procedure. */
  readonly procedure?: NominationProcedure;
  /** The latest hold, present once the nomination was ever held. */
  readonly hold?: NominationHold;
  /** Public disclosure (công khai) when the pinned rule set requires it: period and objections. */
  readonly disclosure?: NominationDisclosure;
  /** The latest administrator's intervention, to treat a repeated delivery as a no-op. */
  readonly lastIntervention?: {
    readonly type: 'RemindTask' | 'ForceReturnNomination' | 'CancelNomination';
    readonly by: Actor;
    readonly at: IsoDateTime;
  };
  /** Users who recused themselves, oldest first; absent until someone does. */
  readonly recusals?: readonly Recusal[];
  /** Set when a granted award is revoked. */
  readonly revocation?: {
    readonly by: Actor;
    readonly at: IsoDateTime;
    readonly reason: string;
    readonly decisionNumber?: string;
    /** The quyết định that had granted the award. */
    readonly grantedBy?: { readonly decisionNumber: string; readonly decisionId?: string };
  };
}

/** The state folded from a nomination's events. */
export type NominationState = DraftNominationState | SubmittedNominationState;
