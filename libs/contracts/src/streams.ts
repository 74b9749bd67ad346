// Event-store stream ids of every aggregate other than the nomination (whose id lives in ids.ts).
// These strings are stored with every event: changing a scheme orphans the existing history, so each
// is defined here and nowhere else. The older schemes (quota-, delegation-, relatives-, user-, unit-)
// are kept exactly as they were written before the aggregates were typed.
import { InvalidIdError } from './ids';

function nonEmpty(kind: string, id: string): string {
  if (id.trim() === '') throw new InvalidIdError(`${kind} id must not be empty`);
  return id;
}

/** A campaign (đợt thi đua): creation and every change, `campaign-<campaignId>`. */
export const campaignStreamId = (campaignId: string): string => `campaign-${nonEmpty('campaign', campaignId)}`;

/** The national working-day calendar of one year, `working-calendar-<yyyy>`. */
export function workingCalendarStreamId(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new InvalidIdError(`calendar year ${year} is not a year`);
  return `working-calendar-${year}`;
}

/** The quota limits of one campaign (every bucket), `quota-<campaignId>`. */
export const quotaStreamId = (campaignId: string): string => `quota-${nonEmpty('campaign', campaignId)}`;

/** One delegation of authority, `delegation-<delegationId>`. */
export const delegationStreamId = (delegationId: string): string =>
  `delegation-${nonEmpty('delegation', delegationId)}`;

/** The relatives a user declared (for conflicts of interest), `relatives-<userId>`. */
export const relativesStreamId = (userId: string): string => `relatives-${nonEmpty('user', userId)}`;

/** A user account and its roles, `user-<userId>`. */
export const userStreamId = (userId: string): string => `user-${nonEmpty('user', userId)}`;

/** An organisational unit (creation, renames, re-parenting, dissolution), `unit-<unitId>`. */
export const unitStreamId = (unitId: string): string => `unit-${nonEmpty('unit', unitId)}`;

/** A rule-set version (draft, revisions, publication), `rule-set-<version>`: the version campaigns pin. */
export function ruleSetStreamId(version: string): string {
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(version)) {
    throw new InvalidIdError('rule-set version must be 1–40 letters, digits, ".", "_" or "-"');
  }
  return `rule-set-${version}`;
}

/** A user's report and list downloads (who exported what), `report-exports-<userId>`. */
export const reportExportStreamId = (userId: string): string => `report-exports-${nonEmpty('user', userId)}`;

/** An emulation bloc (khối / cụm thi đua): members, years, scores, ballots, `bloc-<blocId>`. */
export function blocStreamId(blocId: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(blocId)) {
    throw new InvalidIdError('bloc id must be 1–80 lower-case letters, digits or "-"');
  }
  return `bloc-${blocId}`;
}

/** A submission batch (đề nghị of many nominees), `submission-batch-<batchId>`. */
export const submissionBatchStreamId = (batchId: string): string =>
  `submission-batch-${nonEmpty('submission batch', batchId)}`;

/** A session of a council (Hội đồng TĐKT) with its ballots and results, `council-session-<sessionId>`. */
export const councilSessionStreamId = (sessionId: string): string =>
  `council-session-${nonEmpty('council session', sessionId)}`;

/** The effective-dated roster of a unit's council (Hội đồng TĐKT), `council-roster-<unitId>`. */
export const councilRosterStreamId = (unitId: string): string =>
  `council-roster-${nonEmpty('council roster unit', unitId)}`;

/** The aggregate a stream id belongs to, for auditors' tools that take any stream. */
export type StreamKind =
  | 'nomination'
  | 'campaign'
  | 'working-calendar'
  | 'quota'
  | 'delegation'
  | 'relatives'
  | 'user'
  | 'unit'
  | 'rule-set'
  | 'report-exports'
  | 'bloc'
  | 'award-decision'
  | 'submission-batch'
  | 'council-session'
  | 'council-roster';

const PREFIXES: readonly (readonly [string, StreamKind])[] = [
  ['nomination-', 'nomination'],
  ['campaign-', 'campaign'],
  ['working-calendar-', 'working-calendar'],
  ['quota-', 'quota'],
  ['delegation-', 'delegation'],
  ['relatives-', 'relatives'],
  ['report-exports-', 'report-exports'],
  ['user-', 'user'],
  ['unit-', 'unit'],
  ['rule-set-', 'rule-set'],
  ['bloc-', 'bloc'],
  ['award-decision-', 'award-decision'],
  ['submission-batch-', 'submission-batch'],
  ['council-session-', 'council-session'],
  ['council-roster-', 'council-roster'],
];

/** The kind of a stream id and the id inside it, or null for a stream no aggregate owns. */
export function parseStreamId(streamId: string): { kind: StreamKind; id: string } | null {
  for (const [prefix, kind] of PREFIXES) {
    if (streamId.startsWith(prefix) && streamId.length > prefix.length)
      return { kind, id: streamId.slice(prefix.length) };
  }
  return null;
}
