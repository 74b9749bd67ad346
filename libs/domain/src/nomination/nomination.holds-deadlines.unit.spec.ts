import type {
  ExtendTaskDeadline,
  HoldNomination,
  ResumeNomination,
  RevokeAward,
  SetTaskDue,
} from './procedure/nomination.procedure.commands';
import type { Actor } from './nomination.commands';
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
} from './nomination.spec-helpers';
import {
  appraisalCmd,
  submitWithProcedure,
  systemActor,
  timerCmd,
} from './procedure/nomination.procedure.spec-helpers';

const { chair1, reviewer2, reviewer3, reviewer4, nominator } = actors;
const cmd = (actor: Actor, minute: number) => ({ nominationId: NOMINATION_ID, actor, now: at(minute) });
const holdCmd = (actor: Actor, minute: number): HoldNomination => ({
  type: 'HoldNomination',
  ...cmd(actor, minute),
  kind: 'discipline_review',
  reason: 'Đang xem xét kỷ luật theo đơn phản ánh ngày 01/03/2026',
});
const resumeCmd = (actor: Actor, minute: number): ResumeNomination => ({
  type: 'ResumeNomination',
  ...cmd(actor, minute),
  reason: 'Kết luận không có vi phạm',
});
const revokeCmd = (actor: Actor, minute: number): RevokeAward => ({
  type: 'RevokeAward',
  ...cmd(actor, minute),
  reason: 'Phát hiện kê khai thành tích không trung thực',
  decisionNumber: '77/QĐ-TLĐ',
});
const dueCmd = (taskSeq: number, dueAt: string, minute: number): SetTaskDue => ({
  type: 'SetTaskDue',
  ...cmd(systemActor, minute),
  taskSeq,
  dueAt,
});
const extendCmd = (actor: Actor, taskSeq: number, dueAt: string, minute: number): ExtendTaskDeadline => ({
  type: 'ExtendTaskDeadline',
  ...cmd(actor, minute),
  taskSeq,
  dueAt,
  reason: 'Chờ bổ sung xác nhận sáng kiến',
});
const DUE = '2026-03-16T10:00:00.000Z';
const LATER = '2026-03-23T10:00:00.000Z';

const events15 = () => play(...approvedUpTo(1), holdCmd(reviewer2, 15));

// Hold while under discipline review, inspection or an unresolved complaint (NĐ 152/2025 Art. 4(4) [S26]).
describe('holds [S26]', () => {
  it('given a review at level 2, when level 2 holds it, then it is tạm dừng and no decision is accepted', () => {
    const events = play(...approvedUpTo(1), holdCmd(reviewer2, 15));
    expect(events.at(-1)).toEqual({
      type: 'NominationHeld',
      data: { kind: 'discipline_review', reason: expect.stringContaining('kỷ luật'), statusBefore: 'FORWARDED' },
      metadata: meta(reviewer2, 15),
    });
    expect(submitted(given(events).state).status).toBe('ON_HOLD');
    const error = given(events)
      .when(decideCmd(reviewer2, 'approve', 2, 16))
      .thenRefuses('NOMINATION.ON_HOLD');
    expect(error.messageVi).toContain('đang xem xét kỷ luật');
    given(events).when(holdCmd(reviewer3, 17)).thenRefuses('NOMINATION.ON_HOLD');
    given(events).when(holdCmd(reviewer2, 15)).then([]);
  });

  it('ends the refusal sentence with one full stop whether or not the hold reason has one', () => {
    const withStop = { ...holdCmd(reviewer2, 15), reason: 'Có đơn khiếu nại.' };
    const error = given(play(...approvedUpTo(1), withStop))
      .when(decideCmd(reviewer2, 'approve', 2, 16))
      .thenRefuses('NOMINATION.ON_HOLD');
    expect(error.messageVi).toContain('Có đơn khiếu nại. Không thể');
    expect(error.messageVi).not.toContain('..');
    const without = given(events15())
      .when(decideCmd(reviewer2, 'approve', 2, 16))
      .thenRefuses('NOMINATION.ON_HOLD');
    expect(without.messageVi).toContain('01/03/2026. Không thể');
  });

  it('given a held nomination, when it resumes, then the status before the hold comes back and decisions are accepted again', () => {
    const events = play(...approvedUpTo(1), holdCmd(reviewer2, 15), resumeCmd(reviewer2, 20));
    expect(submitted(given(events).state)).toEqual(
      expect.objectContaining({ status: 'FORWARDED', hold: expect.objectContaining({ resumed: expect.anything() }) }),
    );
    expect(
      play(
        ...approvedUpTo(1),
        holdCmd(reviewer2, 15),
        resumeCmd(reviewer2, 20),
        decideCmd(reviewer2, 'approve', 2, 21),
      ).at(-1)?.type,
    ).toBe('NominationReviewOpened');
    given(events).when(resumeCmd(reviewer2, 20)).then([]);
    given(events).when(resumeCmd(reviewer2, 25)).thenRefuses('NOMINATION.NOT_ON_HOLD');
  });

  it('given a held nomination with the procedure, then steps and resubmissions wait too, and the nominating unit may still withdraw', () => {
    const held = play(submitWithProcedure(), holdCmd(chair1, 1));
    given(held)
      .when(appraisalCmd(chair1, 1, 2))
      .thenRefuses('NOMINATION.ON_HOLD');
    const returnedThenHeld = play(submit(), decideCmd(chair1, 'return', 1, 5), holdCmd(chair1, 6));
    given(returnedThenHeld).when(resubmitCmd(nominator, 7)).thenRefuses('NOMINATION.ON_HOLD');
    expect(play(submit(), holdCmd(chair1, 6), withdrawCmd(nominator, 7)).at(-1)?.type).toBe('NominationWithdrawn');
  });

  it('when a unit off the route holds it, then NOMINATION.ACTOR_NOT_ON_ROUTE', () => {
    given(play(submit()))
      .when(holdCmd({ userId: 'x', name: 'Người ngoài', unitId: 'cdcs-khac' }, 5))
      .thenRefuses('NOMINATION.ACTOR_NOT_ON_ROUTE');
  });
});

// Revocation (hủy bỏ, thu hồi) for fraud or criteria broken within the period (Law 06/2022 ch. VII [S21]).
describe('revocation [S21]', () => {
  const granted = () =>
    play(...approvedUpTo(3), decideCmd(reviewer4, 'approve', 4, 40, { decisionNumber: '1234/QĐ-TLĐ' }));

  it('given a granted award, when the granting unit revokes it with a reason, then it is đã thu hồi', () => {
    const state = given(granted())
      .when(revokeCmd(reviewer4, 50))
      .then([
        {
          type: 'NominationRevoked',
          data: {
            level: 4,
            unitId: unitAt(4),
            reason: 'Phát hiện kê khai thành tích không trung thực',
            decisionNumber: '77/QĐ-TLĐ',
            // The revocation refers to the quyết định that granted the award.
            grantedBy: { decisionNumber: '1234/QĐ-TLĐ' },
          },
          metadata: meta(reviewer4, 50),
        },
      ]);
    expect(submitted(state)).toEqual(
      expect.objectContaining({
        status: 'REVOKED',
        revocation: expect.objectContaining({ decisionNumber: '77/QĐ-TLĐ' }),
      }),
    );
    given(granted()).when(revokeCmd(reviewer3, 50)).thenRefuses('NOMINATION.ACTOR_NOT_AT_UNIT');
  });

  it('given it is not granted, then NOMINATION.NOT_GRANTED; once revoked, a repeat is a no-op and another is ALREADY_FINAL', () => {
    given(play(...approvedUpTo(3)))
      .when(revokeCmd(reviewer4, 50))
      .thenRefuses('NOMINATION.NOT_GRANTED');
    const grantCommands = [
      ...approvedUpTo(3),
      decideCmd(reviewer4, 'approve', 4, 40, { decisionNumber: '1234/QĐ-TLĐ' }),
    ];
    const revoked = play(...grantCommands, revokeCmd(reviewer4, 50));
    given(revoked).when(revokeCmd(reviewer4, 50)).then([]);
    given(revoked).when(revokeCmd(reviewer4, 55)).thenRefuses('NOMINATION.ALREADY_FINAL');
  });
});

// Limits in working days (5 / 20 / 10 at the Ministry [S28]; 20 working days of appraisal, NĐ 98 Art. 32 [S23]);
// the ladder itself (remind at 50 %, stuck after a grace period) is domain.md "Deadlines", no legal source.
describe('deadlines and escalation [S23][S28]', () => {
  const opened = () => play(...approvedUpTo(1), dueCmd(2, DUE, 11));

  it('given a task opened at level 2, when the workflow sets its due time, then the open task records it', () => {
    given(play(...approvedUpTo(1)))
      .when(dueCmd(2, DUE, 11))
      .then([{ type: 'NominationTaskDueSet', data: { taskSeq: 2, dueAt: DUE }, metadata: meta(systemActor, 11) }]);
    expect(submitted(given(opened()).state).openTask).toEqual(expect.objectContaining({ taskSeq: 2, dueAt: DUE }));
  });

  it('given the ladder fires in order, then reminder, overdue and stuck are recorded once each', () => {
    const events = play(
      ...approvedUpTo(1),
      dueCmd(2, DUE, 11),
      timerCmd('reminder', 2, DUE, 12),
      timerCmd('deadline_missed', 2, DUE, 13),
      timerCmd('stuck', 2, DUE, 14),
    );
    expect(events.slice(-3).map((e) => e.type)).toEqual([
      'NominationReminderSent',
      'NominationDeadlineMissed',
      'NominationMarkedStuck',
    ]);
    expect(events.at(-1)?.data).toEqual({ taskSeq: 2, dueAt: DUE, level: 2, unitId: unitAt(2) });
    const state = submitted(given(events).state);
    expect(state.openTask).toEqual(expect.objectContaining({ remindedFor: DUE, overdue: true, stuck: true }));
    given(events)
      .when(timerCmd('stuck', 2, DUE, 15))
      .then([]);
    given(events)
      .when(timerCmd('reminder', 2, DUE, 15))
      .then([]);
  });

  it('given the task was decided, when a timer for it fires late, then nothing happens', () => {
    const decided = play(...approvedUpTo(1), dueCmd(2, DUE, 11), decideCmd(reviewer2, 'approve', 2, 20));
    given(decided)
      .when(timerCmd('deadline_missed', 2, DUE, 21))
      .then([]);
    given(decided)
      .when(dueCmd(2, LATER, 21))
      .then([]);
  });

  it('given an overdue task, when an administrator extends it, then the flags clear and timers for the old time are no-ops', () => {
    const overdue = play(...approvedUpTo(1), dueCmd(2, DUE, 11), timerCmd('deadline_missed', 2, DUE, 13));
    const state = given(overdue)
      .when(extendCmd(reviewer2, 2, LATER, 14))
      .then([
        {
          type: 'NominationTaskDeadlineExtended',
          data: { taskSeq: 2, dueAt: LATER, previousDueAt: DUE, reason: 'Chờ bổ sung xác nhận sáng kiến' },
          metadata: meta(reviewer2, 14),
        },
      ]);
    expect(submitted(state).openTask).toEqual(expect.objectContaining({ dueAt: LATER }));
    expect(submitted(state).openTask?.overdue).toBeUndefined();
    const extended = play(
      ...approvedUpTo(1),
      dueCmd(2, DUE, 11),
      timerCmd('deadline_missed', 2, DUE, 13),
      extendCmd(reviewer2, 2, LATER, 14),
    );
    given(extended)
      .when(timerCmd('stuck', 2, DUE, 15))
      .then([]);
    given(extended)
      .when(extendCmd(reviewer2, 2, LATER, 16))
      .then([]);
  });

  it('refuses an extension that is not later, names the limit, and refuses one for another task', () => {
    const error = given(opened())
      .when(extendCmd(reviewer2, 2, '2026-03-10T10:00:00.000Z', 14))
      .thenRefuses('NOMINATION.DEADLINE_NOT_LATER');
    expect(error.messageEn).toBe(`The new due time (2026-03-10T10:00:00.000Z) must be after ${DUE}.`);
    given(opened())
      .when(extendCmd(reviewer2, 1, LATER, 14))
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
  });

  it('given a rule set that auto-returns, when the grace period ends, then the nomination goes back to the level below', () => {
    const events = play(...approvedUpTo(1), dueCmd(2, DUE, 11), timerCmd('auto_return', 2, DUE, 20));
    expect(events.at(-1)).toEqual({
      type: 'NominationAutoReturned',
      data: {
        by: { level: 2, unitId: unitAt(2) },
        to: { level: 1, unitId: unitAt(1) },
        reason: expect.stringContaining('tự động trả lại'),
        taskSeq: 3,
        fromTaskSeq: 2,
        dueAt: DUE,
      },
      metadata: meta(systemActor, 20),
    });
    expect(submitted(given(events).state)).toEqual(
      expect.objectContaining({
        status: 'RETURNED',
        openTask: expect.objectContaining({ kind: 'revision', level: 1, taskSeq: 3 }),
      }),
    );
  });

  it('given a revision task or a held nomination, then auto-return marks it stuck, and timers wait during the hold', () => {
    const revision = play(submit(), decideCmd(chair1, 'return', 1, 5), dueCmd(2, DUE, 6));
    expect(
      play(submit(), decideCmd(chair1, 'return', 1, 5), dueCmd(2, DUE, 6), timerCmd('auto_return', 2, DUE, 7)).at(-1)
        ?.type,
    ).toBe('NominationMarkedStuck');
    expect(revision).toHaveLength(4);
    given(play(...approvedUpTo(1), dueCmd(2, DUE, 11), holdCmd(reviewer2, 12)))
      .when(timerCmd('deadline_missed', 2, DUE, 13))
      .then([]);
  });
});
