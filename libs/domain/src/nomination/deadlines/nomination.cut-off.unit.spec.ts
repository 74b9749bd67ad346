import { decide, evolve } from '../nomination.decider';
import type { RecordLateSubmission } from './nomination.cut-off';
import type { Actor } from '../nomination.commands';
import {
  actors,
  approvedUpTo,
  at,
  decideCmd,
  given,
  NOMINATION_ID,
  play,
  resubmitCmd,
  submit,
  submitted,
  unitAt,
} from '../nomination.spec-helpers';

// Cut-offs blame the right person: a level's cut-off is the date dossiers must reach it by
// (NĐ 98/2023 Art. 32, "hồ sơ gửi … trước ngày 31/12 / 30/6" [S23]; Bắc Ninh QĐ 86/2025, annual
// dossiers "trước ngày 10/12" [S30]; domain.md "Deadlines"), so a dossier that arrives after it is
// the sending unit's late submission, not the receivers' lateness.
const SYSTEM: Actor = { userId: 'system:deadlines', name: 'Hệ thống (hạn xử lý)', unitId: unitAt(3) };
// The climb's minutes fall on 02/03/2026; the level's cut-off was the end of the day before.
const CUT_OFF = '2026-03-01T16:59:59.999Z';
const late = (taskSeq: number, minute: number, extra: Partial<RecordLateSubmission> = {}): RecordLateSubmission => ({
  type: 'RecordLateSubmission',
  nominationId: NOMINATION_ID,
  actor: SYSTEM,
  now: at(minute),
  taskSeq,
  cutOffAt: CUT_OFF,
  ...extra,
});

describe('RecordLateSubmission — a dossier arriving after the level’s cut-off is the sender’s fact [S23][S30]', () => {
  it('names the unit below and the person who forwarded it, and folds the cut-off onto the open task', () => {
    const history = play(...approvedUpTo(2));
    const { state } = given(history);
    const task = submitted(state).openTask!;
    expect(task).toMatchObject({ level: 3, taskSeq: 3 });
    const events = decide(late(3, 21), state);
    expect(events).toEqual([
      {
        type: 'NominationSubmittedAfterCutOff',
        data: {
          taskSeq: 3,
          receivedBy: { level: 3, unitId: unitAt(3) },
          cutOffAt: CUT_OFF,
          submittedBy: { level: 2, unitId: unitAt(2) },
          sender: actors.reviewer2,
        },
        metadata: { nominationId: NOMINATION_ID, actor: SYSTEM, now: at(21), ruleSetVersion: '2024.1' },
      },
    ]);
    const after = submitted(events.reduce(evolve, state));
    // A fact about the sender: the receivers' task keeps its status and has no due time from it.
    expect(after.status).toBe(submitted(state).status);
    // The receiving inbox names who sent it late ("nộp muộn").
    expect(after.openTask).toEqual({
      ...task,
      arrivedAfterCutOff: CUT_OFF,
      lateSender: { unitId: unitAt(2), name: actors.reviewer2.name },
    });
    // Recorded once per task: a repeat is a no-op.
    expect(decide(late(3, 22), after)).toEqual([]);
  });

  it('a resubmission that reaches the level late is the resubmitting unit’s fact', () => {
    const history = play(
      ...approvedUpTo(1),
      decideCmd(actors.reviewer2, 'return', 2, 12),
      resubmitCmd(actors.chair1, 14),
    );
    const { state } = given(history);
    const [event] = decide(late(submitted(state).openTask!.taskSeq, 15), state);
    expect(event).toMatchObject({
      data: { receivedBy: { level: 2, unitId: unitAt(2) }, submittedBy: { level: 1 }, sender: actors.chair1 },
    });
  });

  it('the first level’s own review, opened after its cut-off, is the nominating unit’s late submission', () => {
    const { state } = given(play(submit()));
    const [event] = decide(late(1, 1), state);
    expect(event).toMatchObject({
      data: { submittedBy: { level: 1, unitId: submitted(state).nominatingUnitId }, sender: actors.nominator },
    });
  });

  it('records nothing when the task opened in time, is another task, or is a revision (a return is not a submission)', () => {
    const { state } = given(play(...approvedUpTo(2)));
    expect(decide(late(3, 21, { cutOffAt: '2026-03-31T16:59:59.999Z' }), state)).toEqual([]);
    expect(decide(late(2, 21), state)).toEqual([]);
    const returned = given(play(...approvedUpTo(1), decideCmd(actors.reviewer2, 'return', 2, 12))).state;
    expect(submitted(returned).openTask?.kind).toBe('revision');
    expect(decide(late(submitted(returned).openTask!.taskSeq, 13), returned)).toEqual([]);
  });
});
