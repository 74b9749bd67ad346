import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { awardDecisionStreamId } from '@vinhdanh/contracts';
import {
  AwardDecisionEvent,
  decideAwardDecision,
  evolveAwardDecision,
  foldAwardDecision,
  type AwardDecisionCommand,
  type AwardDecisionState,
} from '@vinhdanh/domain';
import {
  StreamVersionConflictError,
  type EventStore,
  type NewEvent,
  type TransactionLike,
} from '@vinhdanh/event-store';

/**
 * The award-decision stream (`award-decision-<id>`): read and fold it, and run a command through
 * the pure decider with an optimistic append (retried on a concurrent writer). Shared by the API
 * and the certificate print activities.
 */
export function toStoredDecisionEvent(event: AwardDecisionEvent, eventId: string = randomUUID()): NewEvent {
  const { actor, now } = event.metadata;
  return {
    eventId,
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: { actor: actor.userId, actorName: actor.name, actorUnitId: actor.unitId },
    occurredAt: now,
  };
}

export async function readAwardDecision(
  store: EventStore,
  decisionId: string,
): Promise<{ state: AwardDecisionState; version: number; events: AwardDecisionEvent[] }> {
  const recorded = await store.readStream(awardDecisionStreamId(decisionId));
  const events = recorded.map((e) => {
    const m = e.metadata as { actor?: string; actorName?: string; actorUnitId?: string };
    return AwardDecisionEvent.parse({
      type: e.type,
      data: e.data,
      metadata: {
        decisionId,
        actor: { userId: m.actor ?? 'unknown', name: m.actorName ?? 'unknown', unitId: m.actorUnitId ?? 'unknown' },
        now: e.occurredAt,
      },
    });
  });
  return { state: foldAwardDecision(events), version: recorded.length, events };
}

/** Decides on the current stream and appends; a concurrent append is retried on the new state. */
export async function runAwardDecisionCommand(
  store: EventStore,
  command: AwardDecisionCommand,
): Promise<{ events: AwardDecisionEvent[]; state: AwardDecisionState }> {
  for (let attempt = 0; ; attempt++) {
    const { state, version } = await readAwardDecision(store, command.decisionId);
    const events = decideAwardDecision(command, state);
    if (events.length === 0) return { events, state };
    try {
      await store.append(
        awardDecisionStreamId(command.decisionId),
        version,
        events.map((e) => toStoredDecisionEvent(e)),
      );
      return { events, state: events.reduce(evolveAwardDecision, state) };
    } catch (err) {
      if (err instanceof StreamVersionConflictError && attempt < 10) continue;
      throw err;
    }
  }
}

/** A generated file as stored (its SHA-256 is also in the decision's events). */
export interface GeneratedDocumentRow {
  id: string;
  decisionId: string;
  kind: string;
  format: 'pdf' | 'docx';
  nominationId: string;
  fileName: string;
  sha256: string;
  size: number;
  content: Buffer;
  createdAt: string;
}

/**
 * Stores a generated file once per (decision, kind, format, nomination): a re-run finds the row
 * already there and gets the stored one back, so a print run retried after a crash makes no twin.
 */
export async function storeGeneratedDocument(
  db: TransactionLike,
  row: GeneratedDocumentRow,
): Promise<{ id: string; sha256: string; size: number }> {
  const result = await sql<{ id: string; sha256: string; size_bytes: number }>`
    insert into generated_documents (id, decision_id, kind, format, nomination_id, file_name, sha256, size_bytes, content, created_at)
    values (${row.id}, ${row.decisionId}, ${row.kind}, ${row.format}, ${row.nominationId}, ${row.fileName},
            ${row.sha256}, ${row.size}, ${row.content}, ${row.createdAt})
    on conflict (decision_id, kind, format, nomination_id) do update set decision_id = excluded.decision_id
    returning id, sha256, size_bytes`.execute(db);
  const [stored] = result.rows;
  if (!stored) throw new Error(`generated document ${row.id} was not stored`);
  return { id: stored.id, sha256: stored.sha256, size: stored.size_bytes };
}
