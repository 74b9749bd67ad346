import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { AppendResult, EventStore, NewEvent } from '@vinhdanh/event-store';
import { hasRoleAt, type Principal } from '../auth/principal';
import { deterministicUuid } from '../nominations/idempotency';

// Stream ids are defined once, in @vinhdanh/contracts; re-exported for the services still on AdminRecord.
export { unitStreamId, userStreamId } from '@vinhdanh/contracts';

/** One administrative fact to record: which stream, what type, what data. */
export interface AdminFact {
  streamId: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * Records administrative changes as events, in the transaction that changes the tables, so the
 * table and its history never disagree. Event ids come from (purpose, operator, Idempotency-Key),
 * so a retried request finds its first event already stored and answers without changing anything.
 */
export class AdminRecord {
  constructor(
    readonly operator: Principal,
    readonly purpose: string,
    readonly key: string,
    readonly reason: string,
    readonly now: Date,
  ) {}

  /** The id of the n-th event this request writes. */
  eventId(n: number): string {
    return deterministicUuid(`admin:${this.purpose}`, this.operator.id, `${this.key}#${n}`);
  }

  /** The stream the first event of this request went to, when the request was already carried out. */
  async alreadyDone(db: Kysely<Database>): Promise<{ streamId: string; data: Record<string, unknown> } | undefined> {
    const { rows } = await sql<{ stream_id: string; data: Record<string, unknown> }>`
      select stream_id, data from events where event_id = ${this.eventId(0)}::uuid`.execute(db);
    const row = rows[0];
    return row && { streamId: row.stream_id, data: row.data };
  }

  /** The unit the operator acts for: where they are system admin, else unit admin. */
  operatorUnitId(): string {
    const role = hasRoleAt(this.operator, ['system_admin']) ? 'system_admin' : 'unit_admin';
    return this.operator.roles.find((g) => g.role === role)?.unitId ?? this.operator.roles[0]?.unitId ?? 'unknown';
  }

  /** Appends the facts (grouped per stream, in order) inside `trx`; call `notify` after the commit. */
  async append(store: EventStore, trx: Transaction<Database>, facts: readonly AdminFact[]): Promise<AppendResult[]> {
    const metadata = {
      actor: this.operator.id,
      actorName: `${this.operator.username} (${this.operator.fullName})`,
      actorUnitId: this.operatorUnitId(),
      reason: this.reason,
      correlationId: this.eventId(0),
    };
    const byStream = new Map<string, NewEvent[]>();
    facts.forEach((f, n) => {
      const event: NewEvent = {
        eventId: this.eventId(n),
        type: f.type,
        data: f.data,
        metadata,
        occurredAt: this.now.toISOString(),
      };
      byStream.set(f.streamId, [...(byStream.get(f.streamId) ?? []), event]);
    });
    const results: AppendResult[] = [];
    for (const [streamId, events] of byStream) {
      results.push(await store.appendInTransaction(trx, streamId, 'any', events));
    }
    return results;
  }
}

/** Wakes projectors after the transaction that appended `results` committed. */
export function notifyAll(store: EventStore, results: readonly AppendResult[]): void {
  for (const r of results) store.notifyAppended(r);
}
