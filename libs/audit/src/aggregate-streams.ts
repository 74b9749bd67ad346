import { parseStreamId, type StreamKind } from '@vinhdanh/contracts';
import {
  blocAggregate,
  campaignAggregate,
  councilRosterAggregate,
  councilSessionAggregate,
  delegationAggregate,
  submissionBatchAggregate,
  foldEvents,
  quotaLimitAggregate,
  relativesAggregate,
  ruleSetVersionAggregate,
  unitAggregate,
  userAccountAggregate,
  workingCalendarAggregate,
  type BlocEvent,
  type CampaignEvent,
  type CouncilRosterEvent,
  type CouncilSessionEvent,
  type DelegationEvent,
  type SubmissionBatchEvent,
  type QuotaLimitEvent,
  type RelativesEvent,
  type RuleSetVersionEvent,
  type UnitEvent,
  type UserAccountEvent,
  type WorkingCalendarEvent,
} from '@vinhdanh/domain';
import { storedEventUpcasters, type RecordedEvent } from '@vinhdanh/event-store';

/** Every event of the aggregates decided through the API's command handler (nominations aside). */
export type AggregateEvent =
  | CampaignEvent
  | WorkingCalendarEvent
  | QuotaLimitEvent
  | DelegationEvent
  | RelativesEvent
  | BlocEvent
  | SubmissionBatchEvent
  | CouncilSessionEvent
  | CouncilRosterEvent
  | UnitEvent
  | UserAccountEvent
  | RuleSetVersionEvent;

interface Folder {
  label: { vi: string; en: string };
  initialState: unknown;
  evolve(state: unknown, event: AggregateEvent): unknown;
  eventSchema: { safeParse(v: unknown): { success: true; data: AggregateEvent } | { success: false } };
  fromStored?: (stored: RecordedEvent) => unknown;
}

const AGGREGATES: Partial<Record<StreamKind, Folder>> = {
  campaign: campaignAggregate as unknown as Folder,
  'working-calendar': workingCalendarAggregate as unknown as Folder,
  quota: quotaLimitAggregate as unknown as Folder,
  delegation: delegationAggregate as unknown as Folder,
  relatives: relativesAggregate as unknown as Folder,
  bloc: blocAggregate as unknown as Folder,
  'submission-batch': submissionBatchAggregate as unknown as Folder,
  'council-session': councilSessionAggregate as unknown as Folder,
  'council-roster': councilRosterAggregate as unknown as Folder,
  unit: unitAggregate as unknown as Folder,
  user: userAccountAggregate as unknown as Folder,
  'rule-set': ruleSetVersionAggregate as unknown as Folder,
};

const upcasters = storedEventUpcasters();

/** The aggregate a stream belongs to (null for nominations and streams no typed aggregate owns). */
export function aggregateOfStream(streamId: string): { kind: StreamKind; id: string; label: Folder['label'] } | null {
  const parsed = parseStreamId(streamId);
  const aggregate = parsed && AGGREGATES[parsed.kind];
  return parsed && aggregate ? { ...parsed, label: aggregate.label } : null;
}

/** A stored event as its aggregate's typed event (upcast first), or null when no aggregate knows it. */
export function parseAggregateEvent(event: RecordedEvent): AggregateEvent | null {
  const parsed = parseStreamId(event.streamId);
  const aggregate = parsed && AGGREGATES[parsed.kind];
  if (!aggregate) return null;
  const lifted = upcasters.upcast(event);
  const input = aggregate.fromStored ? aggregate.fromStored(lifted) : { type: lifted.type, data: lifted.data };
  const result = aggregate.eventSchema.safeParse(input);
  return result.success ? result.data : null;
}

/**
 * The aggregate's state folded from stored events with its own `evolve` (as the command handler
 * does), so an auditor's "as of" and the decisions taken then cannot disagree. Throws when an
 * event does not match its aggregate's schema.
 */
export function foldAggregateStream(streamId: string, events: readonly RecordedEvent[]): unknown {
  const parsed = parseStreamId(streamId);
  const aggregate = parsed && AGGREGATES[parsed.kind];
  if (!aggregate) throw new Error(`${streamId} belongs to no typed aggregate`);
  const typed = events.map((e) => {
    const t = parseAggregateEvent(e);
    if (!t) throw new Error(`${streamId} v${e.streamVersion} (${e.type}) does not match its aggregate's schema`);
    return t;
  });
  return foldEvents(aggregate, typed);
}
