import type { RecordedEvent } from './event.types';

/** Lifts one type's data from schema version `n` to `n + 1`. */
export type Upcaster = (data: Record<string, unknown>, event: RecordedEvent) => Record<string, unknown>;

/** Upcasters by (type, from-version), applied on read so consumers only ever see the latest schema. */
export class UpcasterRegistry {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  /** Registers the step from `fromSchemaVersion` to `fromSchemaVersion + 1` for `type`. */
  register(type: string, fromSchemaVersion: number, upcast: Upcaster): this {
    const steps = this.byType.get(type) ?? new Map<number, Upcaster>();
    if (steps.has(fromSchemaVersion)) throw new Error(`upcaster ${type} v${fromSchemaVersion} registered twice`);
    steps.set(fromSchemaVersion, upcast);
    this.byType.set(type, steps);
    return this;
  }

  /** True when events of `type` may be lifted on read. */
  has(type: string): boolean {
    return this.byType.has(type);
  }

  /** The event with its data lifted through every registered step; the stored hash fields are kept as stored. */
  upcast<E extends RecordedEvent>(event: E): E {
    const steps = this.byType.get(event.type);
    if (!steps) return event;
    let { data, schemaVersion } = event as RecordedEvent;
    for (let step = steps.get(schemaVersion); step; step = steps.get(schemaVersion)) {
      data = step(data, event);
      schemaVersion += 1;
    }
    return schemaVersion === event.schemaVersion ? event : { ...event, data, schemaVersion };
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The upcasters of every event shape stored before its aggregate was typed. Stored events are never
 * rewritten (their hashes cover the stored bytes); they are lifted here when read.
 */
export function storedEventUpcasters(): UpcasterRegistry {
  return new UpcasterRegistry().register('QuotaLimitChanged', 1, (data, event) => {
    // v1 kept who changed the limit only in the metadata; v2 carries it in the data, and fills what
    // early writers left out.
    const m = event.metadata;
    const name = text(m['actorName']);
    const username = text(m['actorUsername']) ?? text(m.actor) ?? 'không rõ';
    return {
      ...data,
      reason: text(data['reason']) ?? text(m.reason) ?? '',
      previousLimit: typeof data['previousLimit'] === 'number' ? data['previousLimit'] : null,
      previousOverride: data['previousOverride'] ?? null,
      changedBy: name ? `${username} (${name})` : username,
    };
  });
}
