import type { z } from 'zod';

/** A domain event as the deciders produce it: a type and its data (envelope fields are the store's). */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/** Every command carries the instant it is decided at: deciders read no clock. */
export interface TimedCommand {
  readonly type: string;
  /** ISO-8601 instant; becomes the events' `occurredAt`. */
  readonly now: string;
}

/** A stored event as the store hands it over, for aggregates whose events carry envelope fields. */
export interface StoredEnvelope {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly occurredAt: string;
}

/**
 * One aggregate: a pure decider (`decide`, `evolve`) and the zod schema of its events. The API's
 * command handler loads a stream, folds it with `evolve` from `initialState`, runs `decide` and
 * appends what it returns at the version it loaded; auditors fold the same way to show a state.
 */
export interface Aggregate<S, C extends TimedCommand, E extends DomainEvent> {
  /** What the aggregate is, in Vietnamese and English, for messages ("đợt thi đua" / "campaign"). */
  readonly label: { readonly vi: string; readonly en: string };
  readonly initialState: S;
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  /** The schema every stored event of the stream must match (after upcasting). */
  readonly eventSchema: z.ZodType<E>;
  /** The schema version new events of a type are written with, when above 1 (older ones are upcast on read). */
  readonly schemaVersions?: Readonly<Partial<Record<E['type'], number>>>;
  /**
   * What `eventSchema` parses for a stored event, when the domain's events carry fields the store
   * keeps in its envelope (who, when); by default `{ type, data }`.
   */
  readonly fromStored?: (stored: StoredEnvelope) => unknown;
}

/** Folds events from the initial state. */
export function foldEvents<S, E extends DomainEvent>(
  aggregate: Pick<Aggregate<S, never, E>, 'initialState' | 'evolve'>,
  events: readonly E[],
): S {
  return events.reduce((state, event) => aggregate.evolve(state, event), aggregate.initialState);
}
