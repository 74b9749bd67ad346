import { randomUUID } from 'node:crypto';
import { toStoredEvent } from '@vinhdanh/activities';
import { nominationStreamId, nominationWorkflowId, type RequestContext } from '@vinhdanh/contracts';
import {
  decide,
  foldNomination,
  initialState,
  sampleSubmitNomination,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
} from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';
import { demoCampaignIds } from '@vinhdanh/seed';

/** A nomination written to the store as the workflow's activity writes it (test-only helper). */
export class StoredNomination {
  readonly id = randomUUID();
  private events: NominationEvent[] = [];

  constructor(private readonly store: EventStore) {}

  get streamId(): string {
    return nominationStreamId(this.id);
  }

  get state(): NominationState {
    return foldNomination(this.events);
  }

  /** Submits along the demo route CĐCS THCS Tân Hội → LĐLĐ Đan Phượng → LĐLĐ Hà Nội → Tổng LĐLĐ. */
  submit(now = '2026-06-15T02:00:00.000Z'): Promise<void> {
    return this.run(sampleSubmitNomination({ nominationId: this.id, now, campaignId: demoCampaignIds.annual2026 }));
  }

  /** Approves the open review at its level. */
  approve(now: string, context?: RequestContext): Promise<void> {
    const state = this.state;
    if (state.status === 'DRAFT' || !state.openTask) throw new Error('no open task');
    const { level, unitId, taskSeq } = state.openTask;
    const actor = { userId: `u-${level}`, name: `Phùng Thị Nga ${level}`, unitId };
    return this.run(
      { type: 'DecideNomination', nominationId: this.id, actor, now, decision: 'approve', level, unitId, taskSeq },
      context,
    );
  }

  private async run(command: NominationCommand, context?: RequestContext): Promise<void> {
    const events = decide(command, this.events.length ? this.state : initialState());
    const stored = events.map((e) =>
      toStoredEvent(randomUUID(), e, context, { workflowId: nominationWorkflowId(this.id), runId: 'run-1' }),
    );
    await this.store.append(this.streamId, this.events.length, stored);
    this.events.push(...events);
  }
}
