import type {
  DisclosureStateKind,
  NominationStatus,
  RouteStep,
  StatusLabel,
  SubmittedNominationState,
} from '@vinhdanh/domain';

/** The task a nomination waits on, as the lists show it. */
export interface CurrentTask {
  kind: 'review' | 'revision';
  level: number;
  unitId: string;
  taskSeq: number;
  openedAt: string;
}

/** A nomination as lists show it (no dossier). Times are ISO strings. */
export interface NominationSummary {
  id: string;
  /** Stream version folded in; compare with an append's version for read-your-writes. */
  version: number;
  status: NominationStatus;
  statusLabel: StatusLabel;
  awardCode: string;
  campaignId: string;
  nominatingUnitId: string;
  nominee: { kind: 'person' | 'collective'; name: string };
  currentTask: CurrentTask | null;
  submittedAt: string;
  updatedAt: string;
  finalAt: string | null;
  decisionNumber: string | null;
  ruleSetVersion: string;
  /** Public disclosure (công khai), shown as a sub-label of the status; null when none is required. */
  disclosure: { state: DisclosureStateKind; label: StatusLabel; endsAt: string | null } | null;
}

/** One nomination with its route and folded domain state (dossier, decisions, outcome). */
export interface NominationDetail extends NominationSummary {
  route: RouteStep[];
  state: SubmittedNominationState;
}

/** An open task in a unit's inbox. */
export interface InboxTask {
  nominationId: string;
  unitId: string;
  level: number;
  kind: 'review' | 'revision';
  taskSeq: number;
  openedAt: string;
  dueAt: string | null;
  /** True once `dueAt` has passed (never while it is null). */
  overdue: boolean;
  awardCode: string;
  campaignId: string;
  nomineeName: string;
  status: NominationStatus;
  statusLabel: StatusLabel;
  /** Who holds the task and since when (claimed or assigned); null while the unit's pool holds it. */
  holder: { userId: string; name: string; claimedAt: string } | null;
  /**
   * Set when the dossier reached this level after its cut-off ("nộp muộn"): the cut-off, and the
   * unit and person that sent it — the lateness is theirs, not the receiving level's. Null otherwise.
   */
  lateArrival: LateArrival | null;
}

/** A dossier that reached a level after its cut-off, and who sent it. */
export interface LateArrival {
  cutOffAt: string;
  sender: { unitId: string; unitName: string; name: string | null };
  label: StatusLabel;
}

/** One page of a keyset-paginated list; pass `nextCursor` back for the next page (null: no more). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Open tasks at a set of units, from the projection's counters (no count over the inbox). */
export interface InboxCounts {
  total: number;
  byKind: Record<'review' | 'revision', number>;
  byStatus: Partial<Record<NominationStatus, number>>;
  byUnit: Record<string, number>;
}
