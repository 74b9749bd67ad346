import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import {
  aggregateOfStream,
  foldAggregateStream,
  readStoredStream,
  timelineEntry,
  viInstant,
  type TimelineEntry,
} from '@vinhdanh/audit';
import type { Database } from '@vinhdanh/db';
import type { EventStore, RecordedEvent, VerifyResult } from '@vinhdanh/event-store';
import { DB } from '../core/tokens';
import { ApiError, ResourceNotFoundError } from '../errors/api-error';
import { EVENT_STORE } from '../projector/projector.tokens';

/** `GET /api/audit/streams/:streamId/timeline`. */
export interface StreamTimelineResponse {
  streamId: string;
  kind: string;
  label: { vi: string; en: string };
  version: number;
  headHash: string;
  events: TimelineEntry[];
}

/** `GET /api/audit/streams/:streamId/as-of`. */
export interface StreamAsOfResponse {
  streamId: string;
  at: string;
  version: number;
  lastEvent: TimelineEntry | null;
  /** The aggregate's state folded with its own `evolve` from the events recorded up to `at`. */
  state: unknown;
}

/** Auditors' reads of any aggregate's stream other than a nomination's: timeline, as-of, chain check. */
@Injectable()
export class AuditStreamsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async timeline(streamId: string): Promise<StreamTimelineResponse> {
    const events = await this.stored(streamId);
    const head = events[events.length - 1] as RecordedEvent;
    const aggregate = aggregateOfStream(streamId);
    return {
      streamId,
      kind: aggregate?.kind ?? 'unknown',
      label: aggregate?.label ?? { vi: 'luồng sự kiện', en: 'event stream' },
      version: head.streamVersion,
      headHash: head.hash,
      events: events.map(timelineEntry),
    };
  }

  async asOf(streamId: string, at: string): Promise<StreamAsOfResponse> {
    await this.stored(streamId);
    const events = await readStoredStream(this.db, streamId, new Date(at));
    if (events.length === 0) {
      const label = aggregateOfStream(streamId)?.label ?? { vi: 'luồng sự kiện', en: 'event stream' };
      throw new ApiError(
        'AUDIT.NOT_FOUND',
        `Chưa có sự kiện nào của ${label.vi} lúc ${viInstant(at)} (giờ Việt Nam).`,
        `The ${label.en} had no event recorded yet at ${at}.`,
        { streamId, at },
      );
    }
    const last = events[events.length - 1] as RecordedEvent;
    return {
      streamId,
      at,
      version: last.streamVersion,
      lastEvent: timelineEntry(last),
      state: foldAggregateStream(streamId, events),
    };
  }

  async verify(streamId: string): Promise<VerifyResult & { streamId: string }> {
    await this.stored(streamId);
    return { streamId, ...(await this.store.verifyStream(streamId)) };
  }

  private async stored(streamId: string): Promise<RecordedEvent[]> {
    const events = await readStoredStream(this.db, streamId);
    if (events.length === 0) throw new ResourceNotFoundError('STREAM', streamId, 'luồng sự kiện');
    return events;
  }
}
