import type { Actor } from '../nomination.commands';
import { decide } from '../nomination.decider';
import type { CancelNomination, ForceReturnNomination, RemindTask } from './nomination.interventions.commands';
import { InterventionError } from './nomination.interventions.errors';
import {
  actors,
  approvedUpTo,
  at,
  decideCmd,
  given,
  meta,
  NOMINATION_ID,
  play,
  resubmitCmd,
  submit,
  submitted,
  unitAt,
  withdrawCmd,
} from '../nomination.spec-helpers';
import { submitWithProcedure } from '../procedure/nomination.procedure.spec-helpers';

const { chair1, reviewer2, reviewer3, nominator } = actors;
/** The system administrator acting for the national level (the operator the events record). */
const admin: Actor = { userId: 'u-sysadmin', name: 'Lê Minh Tuấn', unitId: unitAt(4) };
const base = (minute: number) => ({ nominationId: NOMINATION_ID, actor: admin, now: at(minute) });
const remind = (minute: number, extra: Partial<RemindTask> = {}): RemindTask => ({
  type: 'RemindTask',
  ...base(minute),
  reason: 'Đề nghị xử lý trước kỳ họp',
  ...extra,
});
const forceReturn = (minute: number, extra: Partial<ForceReturnNomination> = {}): ForceReturnNomination => ({
  type: 'ForceReturnNomination',
  ...base(minute),
  reason: 'Hồ sơ cần bổ sung theo kết luận thanh tra',
  ...extra,
});
const cancel = (minute: number): CancelNomination => ({
  type: 'CancelNomination',
  ...base(minute),
  reason: 'Đợt thi đua bị hủy theo quyết định của Ban Chấp hành',
});

describe('administrators’ interventions', () => {
  describe('remind', () => {
    it('records a reminder of the open task with the operator and the reason, and changes nothing else', () => {
      const g = given(play(...approvedUpTo(1)));
      const after = g.when(remind(30)).then([
        {
          type: 'NominationTaskReminded',
          data: { taskSeq: 2, level: 2, unitId: unitAt(2), kind: 'review', reason: 'Đề nghị xử lý trước kỳ họp' },
          metadata: meta(admin, 30),
        },
      ]);
      const state = submitted(after);
      expect(state.status).toBe(submitted(g.state).status);
      expect(state.openTask).toEqual(submitted(g.state).openTask);
      // The same operator's command at the same instant is already recorded.
      expect(decide(remind(30), after)).toEqual([]);
    });

    it('refuses a stale task, a final nomination and a held one', () => {
      given(play(...approvedUpTo(1)))
        .when(remind(30, { taskSeq: 1 }))
        .thenRefuses('NOMINATION.TASK_NOT_OPEN');
      given(play(submit(), withdrawCmd(nominator, 5)))
        .when(remind(30))
        .thenRefuses('NOMINATION.ALREADY_FINAL');
      const held = play(...approvedUpTo(1), {
        type: 'HoldNomination',
        nominationId: NOMINATION_ID,
        actor: reviewer2,
        now: at(20),
        kind: 'inspection',
        reason: 'Đang thanh tra',
      });
      given(held).when(remind(30)).thenRefuses('NOMINATION.ON_HOLD');
    });
  });

  describe('force return', () => {
    it('returns a review waiting at level 3 to the nominating unit; resubmission reopens the review at level 3', () => {
      const g = given(play(...approvedUpTo(2)));
      const after = g.when(forceReturn(40)).then([
        {
          type: 'NominationForceReturned',
          data: {
            from: { level: 3, unitId: unitAt(3) },
            to: { level: 1, unitId: unitAt(1) },
            resumeAt: { level: 3, unitId: unitAt(3) },
            reason: 'Hồ sơ cần bổ sung theo kết luận thanh tra',
            taskSeq: 4,
            fromTaskSeq: 3,
          },
          metadata: meta(admin, 40),
        },
      ]);
      const state = submitted(after);
      expect(state.status).toBe('RETURNED');
      expect(state.openTask).toMatchObject({ kind: 'revision', level: 1, unitId: unitAt(1), taskSeq: 4 });
      expect(state.returnCount).toBe(1);
      const resubmitted = decide(resubmitCmd(nominator, 50), after);
      expect(resubmitted.at(-1)).toMatchObject({
        type: 'NominationReviewOpened',
        data: { level: 3, unitId: unitAt(3), taskSeq: 5 },
      });
    });

    it('ignores the level’s procedure step (a review mid-procedure goes back all the same)', () => {
      const state = submitted(given(play(submitWithProcedure())).state);
      expect(state.openTask?.step).toBeDefined();
      expect(state.openTask?.step).not.toBe('signoff');
      const produced = decide(forceReturn(20), state);
      expect(produced.map((e) => e.type)).toEqual(['NominationForceReturned']);
    });

    it('sends a revision held by a level above back down, reopening at the level that returned it', () => {
      const events = play(
        ...approvedUpTo(2),
        decideCmd(reviewer3, 'return', 3, 35), // revision at level 2, returned by level 3
      );
      const produced = decide(forceReturn(40), given(events).state);
      expect(produced[0]).toMatchObject({
        data: { from: { level: 2 }, to: { level: 1 }, resumeAt: { level: 3, unitId: unitAt(3) } },
      });
    });

    it('refuses when the nominating unit already holds the revision', () => {
      const events = play(submit(), decideCmd(chair1, 'return', 1, 10));
      let caught: unknown;
      try {
        decide(forceReturn(20), given(events).state);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(InterventionError);
      expect((caught as InterventionError).code).toBe('NOMINATION.ALREADY_AT_NOMINATING_UNIT');
    });

    it('refuses a stale task and a final nomination', () => {
      given(play(...approvedUpTo(2)))
        .when(forceReturn(40, { taskSeq: 2 }))
        .thenRefuses('NOMINATION.TASK_NOT_OPEN');
      given(play(...approvedUpTo(1), decideCmd(reviewer2, 'reject', 2, 25)))
        .when(forceReturn(40))
        .thenRefuses('NOMINATION.ALREADY_FINAL');
    });
  });

  describe('cancel', () => {
    it('ends the nomination as CANCELLED with the operator and the reason, from wherever it waited', () => {
      const g = given(play(...approvedUpTo(1)));
      const after = g.when(cancel(30)).then([
        {
          type: 'NominationCancelled',
          data: {
            reason: 'Đợt thi đua bị hủy theo quyết định của Ban Chấp hành',
            pendingAt: { level: 2, unitId: unitAt(2) },
            statusBefore: 'FORWARDED',
          },
          metadata: meta(admin, 30),
        },
      ]);
      const state = submitted(after);
      expect(state.status).toBe('CANCELLED');
      expect(state.openTask).toBeNull();
      expect(state.outcome).toEqual({
        status: 'CANCELLED',
        by: admin,
        at: at(30),
        reason: 'Đợt thi đua bị hủy theo quyết định của Ban Chấp hành',
      });
      expect(decide(cancel(30), after)).toEqual([]);
      // Final: nothing more, not even another cancellation or a decision.
      given([...play(...approvedUpTo(1)), ...decide(cancel(30), g.state)])
        .when(cancel(31))
        .thenRefuses('NOMINATION.ALREADY_FINAL');
      given([...play(...approvedUpTo(1)), ...decide(cancel(30), g.state)])
        .when(decideCmd(reviewer2, 'approve', 2, 32))
        .thenRefuses('NOMINATION.ALREADY_FINAL');
    });

    it('cancels a held nomination, and refuses a granted one', () => {
      const held = play(...approvedUpTo(1), {
        type: 'HoldNomination',
        nominationId: NOMINATION_ID,
        actor: reviewer2,
        now: at(20),
        kind: 'complaint',
        reason: 'Có đơn khiếu nại',
      });
      const produced = decide(cancel(30), given(held).state);
      expect(produced[0]).toMatchObject({ type: 'NominationCancelled', data: { statusBefore: 'ON_HOLD' } });
      const granted = play(
        ...approvedUpTo(3),
        decideCmd(actors.reviewer4, 'approve', 4, 40, { decisionNumber: '12/QĐ-TLĐ' }),
      );
      given(granted).when(cancel(50)).thenRefuses('NOMINATION.ALREADY_FINAL');
    });
  });

  it('refuses a malformed intervention naming the field (no reason)', () => {
    const state = given(play(...approvedUpTo(1))).state;
    expect(() => decide({ ...cancel(30), reason: '  ' }, state)).toThrow(/reason/);
  });
});
