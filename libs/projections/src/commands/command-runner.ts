import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { foldEvents, type Aggregate, type DomainEvent, type TimedCommand } from '@vinhdanh/domain';
import {
  StreamVersionConflictError,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@vinhdanh/event-store';

/**
 * A UUID (version 8, RFC 9562 "custom") from sha256(purpose, user id, key): the same request
 * retried gets the same id, so what it creates (a nomination, an event) is fixed before it is written.
 */
export function deterministicUuid(purpose: string, userId: string, key: string): string {
  const bytes = createHash('sha256').update(`${purpose}\u0000${userId}\u0000${key}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x80, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The errors a runner throws for a concurrent writer and a reused key (the API maps them to 409 problems). */
export interface CommandRunnerErrors {
  conflict(label: { vi: string; en: string }, streamId: string): Error;
  keyReused(): Error;
}

const PLAIN_ERRORS: CommandRunnerErrors = {
  conflict: (label, streamId) => new Error(`${label.en} ${streamId} was changed meanwhile`),
  keyReused: () => new Error('the idempotency key was already used for another stream'),
};

/** Who issues a command, as its events' metadata records it. */
export interface CommandActor {
  id: string;
  /** Full name, as people read it in the timeline. */
  name: string;
  username: string | null;
  /** The unit the actor acts for (system admin, else unit admin, else first role). */
  unitId: string | null;
}

/** An event of the aggregate with what the store recorded around it. */
export interface StoredEvent<E> {
  event: E;
  streamVersion: number;
  occurredAt: string;
  metadata: EventMetadata;
}

/** What to run: which aggregate and stream, the command, who and why, and the read model to update. */
export interface CommandRequest<S, C extends TimedCommand, E extends DomainEvent> {
  aggregate: Aggregate<S, C, E>;
  streamId: string;
  command: C;
  actor: CommandActor;
  reason?: string;
  /**
   * A retried request with the same key finds its first event stored and changes nothing; the event
   * ids derive from (purpose, actor, key), so two different actions must not share a purpose and key.
   */
  idempotency?: { purpose: string; key: string };
  /**
   * For aggregates whose read model existed before their stream: the events that record what the
   * table held (read in the command's transaction), appended before the command's own events when
   * the stream is still empty, so the history starts from what was there.
   */
  adopt?: (trx: Transaction<Database>) => Promise<E[]>;
  /**
   * When to call `adopt`, given the state folded from the stored events: by default when the stream
   * is empty. Streams begun before their aggregate was typed may hold a change of a seeded row
   * without its creation; such an aggregate adopts while its folded state is still unknown.
   */
  adoptWhen?: (state: S, version: number) => boolean;
  /**
   * The version the client last saw (an editor's `expectedRevision`): when given and the stream has
   * moved on, the command is a 409 without being decided. By default the version loaded.
   */
  expectedVersion?: number;
  /** Extra metadata for the events (e.g. `ruleSetVersion`), besides actor, reason and correlation. */
  metadata?: Readonly<Record<string, string>>;
  /** Writes the read model for the events appended, in the same transaction as the append. */
  project: (trx: Transaction<Database>, events: readonly StoredEvent<E>[], state: S) => Promise<void>;
  /**
   * Commands on other streams that this one entails (a dissolved unit's children move to its
   * successor, its role holders lose their roles there), run after this command's read model is
   * written, in the same transaction: each loads its own stream, is decided by its own aggregate and
   * appended at the version it loaded, so the whole change commits or none of it does.
   */
  followUps?: (trx: Transaction<Database>, state: S, events: readonly E[]) => Promise<readonly FollowUp[]>;
}

/** A command entailed by another one, on its own stream (see `CommandRequest.followUps`). */
export interface FollowUp {
  readonly streamId: string;
  /** @internal run by the handler with the first command's actor, reason and event ids. */
  readonly request: CommandRequest<unknown, TimedCommand, DomainEvent>;
}

/** A follow-up command; actor, reason and idempotency are the first command's. */
export function followUp<S, C extends TimedCommand, E extends DomainEvent>(
  request: Omit<CommandRequest<S, C, E>, 'actor' | 'reason' | 'idempotency' | 'followUps'>,
): FollowUp {
  return {
    streamId: request.streamId,
    request: request as unknown as CommandRequest<unknown, TimedCommand, DomainEvent>,
  };
}

/** What a command did. */
export interface CommandResult<S, E> {
  /** The aggregate's state after the command (or now, for a retried request). */
  state: S;
  /** The command's own events (empty for a no-op or a retried request). */
  events: E[];
  /** The stream's version afterwards. */
  version: number;
  /** True when the Idempotency-Key's events were already stored. */
  alreadyDone: boolean;
  appended: AppendResult | null;
}

/**
 * The one way state other than a nomination changes: load the aggregate's stream, fold it with
 * `evolve`, run the pure `decide` (time on the command), append at the version loaded and write the
 * read model, all in one transaction; a concurrent writer makes it a 409, never a lost update.
 */
export class CommandRunner {
  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly store: EventStore,
    private readonly errors: CommandRunnerErrors = PLAIN_ERRORS,
  ) {}

  async execute<S, C extends TimedCommand, E extends DomainEvent>(
    request: CommandRequest<S, C, E>,
  ): Promise<CommandResult<S, E>> {
    const { aggregate, streamId } = request;
    const eventId = this.eventIds(request.actor, request.idempotency);
    if (request.idempotency) {
      const { rows } = await sql<{ stream_id: string }>`
        select stream_id from events where event_id = ${eventId(0)}::uuid`.execute(this.db);
      const done = rows[0];
      if (done) {
        if (done.stream_id !== streamId) throw this.errors.keyReused();
        const { state, version } = await this.load(aggregate, streamId);
        return { state, events: [], version, alreadyDone: true, appended: null };
      }
    }
    let result: CommandResult<S, E>;
    const appended: AppendResult[] = [];
    try {
      result = await this.db.transaction().execute(async (trx) => {
        const ids = { next: 0, of: eventId };
        const first = await this.decideIn(trx, request, ids, appended);
        const followUps = request.followUps ? await request.followUps(trx, first.state, first.events) : [];
        for (const f of followUps) {
          await this.decideIn(trx, { ...f.request, actor: request.actor, reason: request.reason }, ids, appended);
        }
        return first;
      });
    } catch (err) {
      if (err instanceof StreamVersionConflictError) throw this.errors.conflict(aggregate.label, streamId);
      throw err;
    }
    for (const a of appended) this.store.notifyAppended(a);
    return result;
  }

  /** Loads, decides, appends at the version loaded and projects one command inside `trx`. */
  private async decideIn<S, C extends TimedCommand, E extends DomainEvent>(
    trx: Transaction<Database>,
    request: CommandRequest<S, C, E>,
    ids: { next: number; of: (n: number) => string },
    appendedAll: AppendResult[],
  ): Promise<CommandResult<S, E>> {
    const { aggregate, streamId } = request;
    const stored = (await this.store.readStream(streamId, {}, trx)).map((e) => this.parse(aggregate, e));
    const version = stored.length;
    if (request.expectedVersion !== undefined && request.expectedVersion !== version) {
      throw this.errors.conflict(aggregate.label, streamId);
    }
    const folded = foldEvents(aggregate, stored);
    const adopts = request.adoptWhen ? request.adoptWhen(folded, version) : version === 0;
    const adopted = adopts && request.adopt ? await request.adopt(trx) : [];
    const before = adopted.reduce((s, e) => aggregate.evolve(s, e), folded);
    const events = aggregate.decide(request.command, before);
    const all = [...adopted, ...events];
    if (all.length === 0) return { state: before, events, version, alreadyDone: false, appended: null };
    const first = ids.next;
    ids.next += all.length;
    const metadata = { ...request.metadata, ...this.metadata(request.actor, request.reason, ids.of(0)) };
    const versions: Partial<Record<string, number>> | undefined = aggregate.schemaVersions;
    const written = all.map((event, n) => ({
      event,
      streamVersion: version + n + 1,
      occurredAt: request.command.now,
      metadata: n < adopted.length ? { ...metadata, recordedFromReadModel: true } : metadata,
    }));
    const appended = await this.store.appendInTransaction(
      trx,
      streamId,
      version,
      written.map((w, n): NewEvent => ({
        eventId: ids.of(first + n),
        type: w.event.type,
        schemaVersion: versions?.[w.event.type],
        data: w.event.data as Record<string, unknown>,
        metadata: w.metadata,
        occurredAt: w.occurredAt,
      })),
    );
    appendedAll.push(appended);
    const state = events.reduce((s, e) => aggregate.evolve(s, e), before);
    await request.project(trx, written, state);
    return { state, events, version: appended.nextExpectedVersion, alreadyDone: false, appended };
  }

  /**
   * The stream a request with this Idempotency-Key already wrote to, or null. For services whose
   * checks would refuse the retry of a change already made (the unit already has that parent).
   */
  async alreadyDone(actor: CommandActor, idempotency: { purpose: string; key: string }): Promise<string | null> {
    const { rows } = await sql<{ stream_id: string }>`
      select stream_id from events where event_id = ${this.eventIds(actor, idempotency)(0)}::uuid`.execute(this.db);
    return rows[0]?.stream_id ?? null;
  }

  /** Loads an aggregate's state as its stream stands (no command). */
  async load<S, C extends TimedCommand, E extends DomainEvent>(
    aggregate: Aggregate<S, C, E>,
    streamId: string,
  ): Promise<{ state: S; version: number }> {
    const stored = (await this.store.readStream(streamId)).map((e) => this.parse(aggregate, e));
    return { state: foldEvents(aggregate, stored), version: stored.length };
  }

  private eventIds(actor: CommandActor, idem: { purpose: string; key: string } | undefined): (n: number) => string {
    if (!idem) {
      const ids: string[] = [];
      return (n) => (ids[n] ??= randomUUID());
    }
    return (n) => deterministicUuid(`command:${idem.purpose}`, actor.id, `${idem.key}#${n}`);
  }

  private metadata(actor: CommandActor, reason: string | undefined, correlationId: string): EventMetadata {
    return {
      actor: actor.id,
      actorName: actor.name,
      ...(actor.username ? { actorUsername: actor.username } : {}),
      ...(actor.unitId ? { actorUnitId: actor.unitId } : {}),
      ...(reason ? { reason } : {}),
      correlationId,
    };
  }

  /** A stored event as the aggregate's typed event; a shape it does not know is a bug, not a 4xx. */
  private parse<E extends DomainEvent>(
    aggregate: Pick<Aggregate<unknown, never, E>, 'eventSchema' | 'fromStored'>,
    event: RecordedEvent,
  ): E {
    const input = aggregate.fromStored ? aggregate.fromStored(event) : { type: event.type, data: event.data };
    const parsed = aggregate.eventSchema.safeParse(input);
    if (!parsed.success) {
      throw new Error(
        `${event.streamId} v${event.streamVersion} (${event.type}) does not match its schema: ${parsed.error.message}`,
      );
    }
    return parsed.data;
  }
}
