import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { releaseQuotaSlots, type Database } from '@vinhdanh/db';
import { toStoredEvent } from '@vinhdanh/activities';
import { nominationStreamId, nominationWorkflowId, type CommandOutcome } from '@vinhdanh/contracts';
import { decide, evolve, initialState, type NominationState } from '@vinhdanh/domain';
import { StreamVersionConflictError, type EventStore, type RecordedEvent } from '@vinhdanh/event-store';
import { isNominationEvent, toDomainEvent } from '@vinhdanh/projections';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ApiError } from '../errors/api-error';
import { EVENT_STORE } from '../projector/projector.tokens';
import { actorOf } from './access';
import { deterministicUuid } from './idempotency';
import type { RevocationRequest } from './procedure.schemas';
import { WorkflowUpdates, type CommandResult } from './workflow-updates';

/** Someone else wrote to the nomination between our read and our append (409; read again and retry). */
export class NominationChangedError extends ApiError {
  constructor(nominationId: string) {
    super(
      'NOMINATION.CONCURRENT_CHANGE',
      'Hồ sơ vừa được thay đổi bởi thao tác khác; vui lòng tải lại và thử lại.',
      'The nomination changed while this request was being handled; reload and try again.',
      { nominationId },
    );
    this.name = 'NominationChangedError';
  }
}

function fold(events: readonly RecordedEvent[]): { state: NominationState; version: number } {
  let state = initialState();
  let version = 0;
  for (const recorded of events) {
    version = recorded.streamVersion;
    if (isNominationEvent(recorded)) state = evolve(state, toDomainEvent(recorded));
  }
  return { state, version };
}

/**
 * Revokes a granted award (thu hồi). The nomination's workflow has completed with the grant, so
 * the API is the stream's writer here: it folds the stream, decides `RevokeAward` and appends at
 * the version it read, with an event id derived from (user, Idempotency-Key) so a retry is one event.
 */
@Injectable()
export class RevocationService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly updates: WorkflowUpdates,
  ) {}

  /** The granting unit's chair, or a system admin acting for it. */
  async revoke(
    user: Principal,
    id: string,
    key: string,
    body: RevocationRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const granting = n.route[n.route.length - 1];
    const unitId = granting?.unitId ?? n.nominatingUnitId;
    assertMay(user, 'nomination.revoke', unitId);
    const streamId = nominationStreamId(id);
    const eventId = deterministicUuid('revocation', user.id, key);
    const recorded = await this.store.readStream(streamId);
    const mine = recorded.find((e) => e.eventId === eventId);
    let outcome: CommandOutcome;
    if (mine) {
      outcome = this.outcomeOf(id, fold(recorded).state, mine.streamVersion, [mine]);
    } else {
      const { state, version } = fold(recorded);
      const events = decide(
        {
          type: 'RevokeAward',
          nominationId: id,
          actor: actorOf(user, unitId),
          now: this.clock().toISOString(),
          reason: body.reason,
          ...(body.decisionNumber !== undefined ? { decisionNumber: body.decisionNumber } : {}),
        },
        state,
      );
      const stored = events.map((e, i) =>
        toStoredEvent(i === 0 ? eventId : deterministicUuid(`revocation-${i}`, user.id, key), e, undefined, {
          workflowId: nominationWorkflowId(id),
        }),
      );
      try {
        // The workflow has finished, so the revocation frees the award's quota slots here, in the
        // same transaction as the event (as the workflow's own rejections and withdrawals do).
        const result = await this.db.transaction().execute(async (trx) => {
          const appended = await this.store.appendInTransaction(trx, streamId, version, stored);
          if (!appended.alreadyWritten) await releaseQuotaSlots(trx, id);
          return appended;
        });
        this.store.notifyAppended(result);
        const after = events.reduce<NominationState>((s, e) => evolve(s, e), state);
        outcome = {
          nominationId: id,
          status: after.status,
          version: result.nextExpectedVersion,
          events: events.map((e, i) => ({ type: e.type, streamVersion: version + i + 1 })),
        };
      } catch (err) {
        if (err instanceof StreamVersionConflictError) throw new NominationChangedError(id);
        throw err;
      }
    }
    return this.updates.afterCommand(id, outcome, waitMs);
  }

  private outcomeOf(id: string, state: NominationState, version: number, events: RecordedEvent[]): CommandOutcome {
    return {
      nominationId: id,
      status: state.status,
      version,
      events: events.map((e) => ({
        type: e.type as CommandOutcome['events'][number]['type'],
        streamVersion: e.streamVersion,
      })),
    };
  }
}
