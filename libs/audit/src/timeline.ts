import type { RecordedEvent } from '@vinhdanh/event-store';
import { isNominationEvent, toDomainEvent } from '@vinhdanh/projections';
import { aggregateOfStream, parseAggregateEvent } from './aggregate-streams';
import { describeAggregateEvent, describeEvent } from './event-descriptions';
import { describeAggregateEventEn, describeEventEn } from './event-descriptions-en';

/** One fact of a stream's history (a nomination or any other aggregate) as the auditors read it. */
export interface TimelineEntry {
  version: number;
  eventId: string;
  type: string;
  /** What happened, in Vietnamese. */
  description: string;
  /** The same in English. */
  descriptionEn: string;
  occurredAt: string;
  recordedAt: string;
  actor: { id: string | null; name: string | null; unitId: string | null };
  onBehalfOf: string | null;
  reason: string | null;
  ruleSetVersion: string | null;
  workflowId: string | null;
  correlationId: string | null;
  prevHash: string;
  hash: string;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The timeline entry of a stored event (an event that does not parse is described as such, not hidden). */
export function timelineEntry(event: RecordedEvent): TimelineEntry {
  let description: string;
  let descriptionEn: string;
  try {
    const domain = isNominationEvent(event) ? toDomainEvent(event) : null;
    const other = domain ? null : parseAggregateEvent(event);
    if (!domain && !other && aggregateOfStream(event.streamId)) throw new Error('not in the aggregate schema');
    description = domain ? describeEvent(domain) : other ? describeAggregateEvent(other) : `Sự kiện ${event.type}`;
    descriptionEn = domain ? describeEventEn(domain) : other ? describeAggregateEventEn(other) : `Event ${event.type}`;
  } catch {
    description = `Sự kiện ${event.type} không hợp lệ theo lược đồ hiện hành`;
    descriptionEn = `Event ${event.type} does not match the current schema`;
  }
  const m = event.metadata;
  return {
    version: event.streamVersion,
    eventId: event.eventId,
    type: event.type,
    description,
    descriptionEn,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: { id: text(m.actor), name: text(m.actorName), unitId: text(m.actorUnitId) },
    onBehalfOf: text(m.onBehalfOf),
    reason: text(m.reason),
    ruleSetVersion: text(m.ruleSetVersion),
    workflowId: text(m.workflowId),
    correlationId: text(m.correlationId),
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
