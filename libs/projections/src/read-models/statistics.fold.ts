import type { Nominee } from '@vinhdanh/domain';

/** How a nomination ends up in the statistics: still open, or its final outcome. */
export type StatOutcome = 'OPEN' | 'GRANTED' | 'REJECTED' | 'WITHDRAWN' | 'REVOKED' | 'CANCELLED';
export const STAT_OUTCOMES: readonly StatOutcome[] = [
  'OPEN',
  'GRANTED',
  'REJECTED',
  'WITHDRAWN',
  'REVOKED',
  'CANCELLED',
];

/**
 * What the statistics keep of a nomination: far less than the domain's state, so a rebuild of 1M
 * nominations writes small rows. Folded by `foldStatEvent` from the stored events (type and data).
 */
export interface StatFold {
  /** Year of submission in Vietnam time. */
  year: number;
  campaignId: string;
  awardCode: string;
  /** The granting unit's level: the route's last step. */
  grantingLevel: number;
  nominatingUnitId: string;
  nomineeKind: 'person' | 'collective';
  woman: boolean;
  directWorker: boolean;
  leader: boolean;
  collectiveMembers: number;
  collectiveWomen: number;
  outcome: StatOutcome;
  returns: number;
  /** The task open now: its level and since when (ISO). */
  task: { level: number; at: string } | null;
  /** Closed tasks per level: count and milliseconds spent. */
  levels: Record<string, { tasks: number; ms: number }>;
}

/** The event as stored: what the fold reads. */
export interface StatEvent {
  type: string;
  data: Record<string, unknown>;
  occurredAt: string;
}

const VN_OFFSET_MS = 7 * 3600_000;
/** The calendar year in Vietnam time of an ISO instant. */
export const vietnamYear = (iso: string): number => new Date(Date.parse(iso) + VN_OFFSET_MS).getUTCFullYear();

function nomineeFacts(
  n: Nominee,
): Pick<StatFold, 'nomineeKind' | 'woman' | 'directWorker' | 'leader' | 'collectiveMembers' | 'collectiveWomen'> {
  if (n.kind === 'person') {
    return {
      nomineeKind: 'person',
      woman: n.gender === 'female',
      directWorker: n.isDirectWorker,
      leader: n.isLeader,
      collectiveMembers: 0,
      collectiveWomen: 0,
    };
  }
  return {
    nomineeKind: 'collective',
    woman: false,
    directWorker: false,
    leader: false,
    collectiveMembers: n.memberCount,
    collectiveWomen: Math.round(n.womenShare * n.memberCount),
  };
}

function closeTask(f: StatFold, at: string): StatFold {
  if (!f.task) return f;
  const key = String(f.task.level);
  const prev = f.levels[key] ?? { tasks: 0, ms: 0 };
  const ms = Math.max(0, Date.parse(at) - Date.parse(f.task.at));
  return { ...f, task: null, levels: { ...f.levels, [key]: { tasks: prev.tasks + 1, ms: prev.ms + ms } } };
}

const OUTCOME_OF: Readonly<Record<string, StatOutcome>> = {
  NominationGranted: 'GRANTED',
  NominationRejected: 'REJECTED',
  NominationWithdrawn: 'WITHDRAWN',
  NominationRevoked: 'REVOKED',
  NominationCancelled: 'CANCELLED',
};

/** The nomination event types `foldStatEvent` reads; every other type leaves the fact as it is. */
export const STAT_EVENT_TYPES: readonly string[] = [
  'NominationSubmitted',
  'NominationReviewOpened',
  'NominationReturned',
  'NominationForceReturned',
  'NominationForwarded',
  'NominationResubmitted',
  ...Object.keys(OUTCOME_OF),
];

/**
 * Folds one nomination event into the statistics' fact. Tasks open on a review, a return or a
 * forced return and close when the next task opens, on forwarding, on resubmission or at the end;
 * the time between is counted for the task's level. Other events change no figure.
 */
export function foldStatEvent(f: StatFold | null, e: StatEvent): StatFold | null {
  const at = e.occurredAt;
  if (e.type === 'NominationSubmitted') {
    const d = e.data as { campaignId: string; awardCode: string; nominatingUnitId: string; route: { level: number }[] };
    const dossier = e.data['dossier'] as { nominee: Nominee };
    return {
      year: vietnamYear(at),
      campaignId: d.campaignId,
      awardCode: d.awardCode,
      grantingLevel: d.route[d.route.length - 1]?.level ?? 1,
      nominatingUnitId: d.nominatingUnitId,
      ...nomineeFacts(dossier.nominee),
      outcome: 'OPEN',
      returns: 0,
      task: null,
      levels: {},
    };
  }
  if (!f) return null;
  switch (e.type) {
    case 'NominationReviewOpened':
      return { ...closeTask(f, at), task: { level: e.data['level'] as number, at } };
    case 'NominationReturned':
    case 'NominationForceReturned': {
      const to = e.data['to'] as { level: number };
      return { ...closeTask(f, at), returns: f.returns + 1, task: { level: to.level, at } };
    }
    case 'NominationForwarded':
      return closeTask(f, at);
    case 'NominationResubmitted': {
      const dossier = e.data['dossier'] as { nominee: Nominee } | undefined;
      return { ...closeTask(f, at), ...(dossier ? nomineeFacts(dossier.nominee) : {}) };
    }
    default: {
      const outcome = OUTCOME_OF[e.type];
      return outcome ? { ...closeTask(f, at), outcome } : f;
    }
  }
}

/** One counter row's key and values. */
export interface CountKey {
  scopeUnitId: string;
  year: number;
  campaignId: string;
  awardCode: string;
  grantingLevel: number;
  nomineeKind: string;
  outcome: StatOutcome;
}
export const COUNT_VALUES = [
  'nominations',
  'returned',
  'returns',
  'women',
  'direct_workers',
  'non_leaders',
  'collective_members',
  'collective_women',
] as const;
export type CountValue = (typeof COUNT_VALUES)[number];

/** What a folded nomination adds to the counters of its unit and of '*' (all units). */
export function countsOf(f: StatFold): { key: CountKey; values: Record<CountValue, number> }[] {
  const person = f.nomineeKind === 'person';
  const values: Record<CountValue, number> = {
    nominations: 1,
    returned: f.returns > 0 ? 1 : 0,
    returns: f.returns,
    women: person && f.woman ? 1 : 0,
    direct_workers: person && f.directWorker ? 1 : 0,
    non_leaders: person && !f.leader ? 1 : 0,
    collective_members: f.collectiveMembers,
    collective_women: f.collectiveWomen,
  };
  const base = {
    year: f.year,
    campaignId: f.campaignId,
    awardCode: f.awardCode,
    grantingLevel: f.grantingLevel,
    nomineeKind: f.nomineeKind,
    outcome: f.outcome,
  };
  return [
    { key: { scopeUnitId: f.nominatingUnitId, ...base }, values },
    { key: { scopeUnitId: '*', ...base }, values },
  ];
}

/** What a folded nomination adds to the time-per-level counters of its unit and of '*'. */
export function levelTimesOf(
  f: StatFold,
): { key: { scopeUnitId: string; year: number; campaignId: string; level: number }; tasks: number; ms: number }[] {
  return Object.entries(f.levels).flatMap(([level, v]) =>
    [f.nominatingUnitId, '*'].map((scopeUnitId) => ({
      key: { scopeUnitId, year: f.year, campaignId: f.campaignId, level: Number(level) },
      tasks: v.tasks,
      ms: v.ms,
    })),
  );
}
