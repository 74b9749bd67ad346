import { NominationEvent } from '@vinhdanh/domain';
import type { RecordedEvent } from '@vinhdanh/event-store';

/** Stream ids of nominations are `nomination-<id>` (see `nominationStreamId` in @vinhdanh/contracts). */
const STREAM_PREFIX = 'nomination-';
const NOMINATION_EVENT_TYPES: ReadonlySet<string> = new Set(NominationEvent.options.map((o) => o.shape.type.value));

/**
 * A stored event of a nomination stream that does not parse as a domain event: the stream is
 * corrupt or an upcaster is missing. Folding past it would make every read model wrong, so the
 * projection stops (the batch rolls back) and names the event.
 */
export class InvalidNominationEventError extends Error {
  readonly code = 'PROJECTION.INVALID_NOMINATION_EVENT';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
    readonly streamVersion: number,
    readonly issues: string,
  ) {
    super(`event ${eventId} (${streamId} v${streamVersion}) is not a valid nomination event: ${issues}`);
    this.name = 'InvalidNominationEventError';
  }
}

/** True for events of a nomination stream with a nomination event type; others are not ours to fold. */
export function isNominationEvent(recorded: Pick<RecordedEvent, 'streamId' | 'type'>): boolean {
  return recorded.streamId.startsWith(STREAM_PREFIX) && NOMINATION_EVENT_TYPES.has(recorded.type);
}

/** The nomination id of a `nomination-<id>` stream. */
export function nominationIdOfStream(streamId: string): string {
  return streamId.slice(STREAM_PREFIX.length);
}

/**
 * Rebuilds the domain event from a stored one: `type` and `data` as stored, and the domain's own
 * metadata from `metadata.domain` (the store's metadata wraps it). Validated with the domain's zod
 * union, so the projection, the workflow and the auditors' replay fold exactly the same facts.
 */
export function toDomainEvent(recorded: RecordedEvent): NominationEvent {
  const parsed = NominationEvent.safeParse({
    type: recorded.type,
    data: recorded.data,
    metadata: recorded.metadata['domain'],
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new InvalidNominationEventError(recorded.eventId, recorded.streamId, recorded.streamVersion, issues);
  }
  return parsed.data;
}
