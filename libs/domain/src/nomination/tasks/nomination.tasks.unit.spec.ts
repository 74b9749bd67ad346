import type { Actor } from '../nomination.commands';
import { decide, foldNomination } from '../nomination.decider';
import type { AssignTask, ClaimTask, RecuseFromNomination, ReleaseTask } from './nomination.tasks.commands';
import {
  actors,
  approvedUpTo,
  at,
  decideCmd,
  given,
  meta,
  NOMINATION_ID,
  play,
  submitted,
  unitAt,
  withdrawCmd,
} from '../nomination.spec-helpers';

const { reviewer2, reviewer2b, reviewer3, nominator } = actors;
const chair2: Actor = { userId: 'u-chair-2', name: 'Ngô Thị Mai', unitId: unitAt(2) };
const base = (actor: Actor, minute: number) => ({ nominationId: NOMINATION_ID, actor, now: at(minute) });
const claim = (actor: Actor, minute: number, extra: Partial<ClaimTask> = {}): ClaimTask => ({
  type: 'ClaimTask',
  ...base(actor, minute),
  ...extra,
});
const release = (actor: Actor, minute: number, extra: Partial<ReleaseTask> = {}): ReleaseTask => ({
  type: 'ReleaseTask',
  ...base(actor, minute),
  ...extra,
});
const assign = (actor: Actor, assignee: Actor, minute: number, extra: Partial<AssignTask> = {}): AssignTask => ({
  type: 'AssignTask',
  ...base(actor, minute),
  assignee: { userId: assignee.userId, name: assignee.name },
  ...extra,
});
const recuse = (actor: Actor, minute: number): RecuseFromNomination => ({
  type: 'RecuseFromNomination',
  ...base(actor, minute),
  reason: 'Người được đề nghị là em ruột của tôi',
});
const task2 = { taskSeq: 2, level: 2 as const, unitId: unitAt(2) };
/** The nomination waiting at level 2 (task 2), after the CĐCS forwarded it. */
const atLevel2 = () => play(...approvedUpTo(1));

describe('ClaimTask', () => {
  it('records the claim, and the open task shows its holder', () => {
    const state = given(atLevel2())
      .when(claim(reviewer2, 30))
      .then([{ type: 'NominationTaskClaimed', data: task2, metadata: meta(reviewer2, 30) }]);
    expect(submitted(state).openTask?.holder).toEqual({
      userId: reviewer2.userId,
      name: reviewer2.name,
      since: at(30),
    });
  });

  it('is a no-op when the holder claims again', () => {
    given(play(...approvedUpTo(1), claim(reviewer2, 30)))
      .when(claim(reviewer2, 31))
      .then([]);
  });

  it('refuses a task held by someone else, naming the holder', () => {
    const events = play(...approvedUpTo(1), claim(reviewer2, 30));
    const error = given(events).when(claim(reviewer2b, 31)).thenRefuses('NOMINATION.TASK_HELD');
    expect(error.messageVi).toBe(`Nhiệm vụ đang do ${reviewer2.name} đảm nhận (từ ${at(30)}).`);
    expect(error.details).toMatchObject({ holder: { userId: reviewer2.userId }, taskSeq: 2 });
  });

  it('refuses an actor of another unit, a stale task, and a final nomination', () => {
    given(atLevel2()).when(claim(reviewer3, 30)).thenRefuses('NOMINATION.ACTOR_NOT_AT_UNIT');
    given(atLevel2())
      .when(claim(reviewer2, 30, { taskSeq: 1 }))
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
    const withdrawn = play(...approvedUpTo(1), withdrawCmd(nominator, 20));
    given(withdrawn).when(claim(reviewer2, 30)).thenRefuses('NOMINATION.ALREADY_FINAL');
  });

  it('ends with the task: the next level opens a task nobody holds', () => {
    const events = play(...approvedUpTo(1), claim(reviewer2, 30), decideCmd(reviewer2, 'approve', 2, 31));
    const state = submitted(foldNomination(events));
    expect(state.openTask?.level).toBe(3);
    expect(state.openTask?.holder).toBeUndefined();
  });
});

describe('ReleaseTask', () => {
  const held = () => play(...approvedUpTo(1), claim(reviewer2, 30));

  it('gives the task back, with the reason', () => {
    const state = given(held())
      .when(release(reviewer2, 31, { reason: 'Nghỉ phép' }))
      .then([
        { type: 'NominationTaskReleased', data: { ...task2, reason: 'Nghỉ phép' }, metadata: meta(reviewer2, 31) },
      ]);
    expect(submitted(state).openTask?.holder).toBeUndefined();
  });

  it('is a no-op when nobody holds the task', () => {
    given(atLevel2()).when(release(reviewer2, 31)).then([]);
  });

  it('refuses anyone but the holder, and a stale task', () => {
    const error = given(held()).when(release(reviewer2b, 31)).thenRefuses('NOMINATION.TASK_NOT_HELD');
    expect(error.messageEn).toBe(`You do not hold this task; ${reviewer2.name} does.`);
    given(held())
      .when(release(reviewer2, 31, { taskSeq: 9 }))
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
  });
});

describe('AssignTask', () => {
  it('assigns a task nobody holds', () => {
    const state = given(atLevel2())
      .when(assign(chair2, reviewer2, 30))
      .then([
        {
          type: 'NominationTaskAssigned',
          data: { ...task2, assignee: { userId: reviewer2.userId, name: reviewer2.name }, intervention: false },
          metadata: meta(chair2, 30),
        },
      ]);
    expect(submitted(state).openTask?.holder).toEqual({
      userId: reviewer2.userId,
      name: reviewer2.name,
      since: at(30),
      assignedBy: chair2,
    });
  });

  it('reassigns a held task, naming both holders', () => {
    const events = play(...approvedUpTo(1), claim(reviewer2, 30));
    const state = given(events)
      .when(assign(chair2, reviewer2b, 31, { reason: 'Cân đối công việc' }))
      .then([
        {
          type: 'NominationTaskReassigned',
          data: {
            ...task2,
            from: { userId: reviewer2.userId, name: reviewer2.name },
            to: { userId: reviewer2b.userId, name: reviewer2b.name },
            reason: 'Cân đối công việc',
            intervention: false,
          },
          metadata: meta(chair2, 31),
        },
      ]);
    expect(submitted(state).openTask?.holder?.userId).toBe(reviewer2b.userId);
  });

  it('is a no-op when the assignee already holds the task', () => {
    given(play(...approvedUpTo(1), claim(reviewer2, 30)))
      .when(assign(chair2, reviewer2, 31))
      .then([]);
  });

  it('lets an administrator above intervene with a reason, and refuses one without or off the route', () => {
    const admin3: Actor = { userId: 'u-admin-3', name: 'Hà Thị Mai', unitId: unitAt(3) };
    const produced = given(atLevel2())
      .when(assign(admin3, reviewer2, 30, { intervention: true, reason: 'Hồ sơ quá hạn' }))
      .then([
        {
          type: 'NominationTaskAssigned',
          data: {
            ...task2,
            assignee: { userId: reviewer2.userId, name: reviewer2.name },
            reason: 'Hồ sơ quá hạn',
            intervention: true,
          },
          metadata: meta(admin3, 30),
        },
      ]);
    expect(submitted(produced).openTask?.holder?.assignedBy).toEqual(admin3);
    given(atLevel2())
      .when(assign(admin3, reviewer2, 30, { intervention: true }))
      .thenRefuses('NOMINATION.INVALID');
    given(atLevel2())
      .when(assign(admin3, reviewer2, 30))
      .thenRefuses('NOMINATION.ACTOR_NOT_AT_UNIT');
    const outsider: Actor = { userId: 'u-x', name: 'Người ngoài', unitId: 'unit-elsewhere' };
    given(atLevel2())
      .when(assign(outsider, reviewer2, 30, { intervention: true, reason: 'Can thiệp' }))
      .thenRefuses('NOMINATION.ACTOR_NOT_ON_ROUTE');
  });

  it('refuses a recused assignee, a stale task and a final nomination', () => {
    const recused = play(...approvedUpTo(1), recuse(reviewer2, 30));
    const error = given(recused)
      .when(assign(chair2, reviewer2, 31))
      .thenRefuses('NOMINATION.ASSIGNEE_RECUSED');
    expect(error.messageVi).toContain(reviewer2.name);
    given(atLevel2())
      .when(assign(chair2, reviewer2, 30, { taskSeq: 1 }))
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
    const withdrawn = play(...approvedUpTo(1), withdrawCmd(nominator, 20));
    given(withdrawn)
      .when(assign(chair2, reviewer2, 30))
      .thenRefuses('NOMINATION.ALREADY_FINAL');
  });
});

describe('RecuseFromNomination', () => {
  it('records the recusal and releases the task the user held', () => {
    const state = given(play(...approvedUpTo(1), claim(reviewer2, 30)))
      .when(recuse(reviewer2, 31))
      .then([
        {
          type: 'NominationRecused',
          data: { reason: 'Người được đề nghị là em ruột của tôi', releasedTaskSeq: 2 },
          metadata: meta(reviewer2, 31),
        },
      ]);
    const s = submitted(state);
    expect(s.openTask?.holder).toBeUndefined();
    expect(s.recusals).toEqual([
      {
        userId: reviewer2.userId,
        name: reviewer2.name,
        unitId: unitAt(2),
        at: at(31),
        reason: 'Người được đề nghị là em ruột của tôi',
      },
    ]);
  });

  it('leaves a task held by someone else with them', () => {
    const events = play(...approvedUpTo(1), claim(reviewer2b, 30), recuse(reviewer2, 31));
    expect(events.at(-1)?.data).toMatchObject({ releasedTaskSeq: null });
    const state = submitted(foldNomination(events));
    expect(state.openTask?.holder?.userId).toBe(reviewer2b.userId);
  });

  it('is a no-op when repeated, and refuses units off the route and final nominations', () => {
    given(play(...approvedUpTo(1), recuse(reviewer2, 30)))
      .when(recuse(reviewer2, 31))
      .then([]);
    const outsider: Actor = { userId: 'u-x', name: 'Người ngoài', unitId: 'unit-elsewhere' };
    given(atLevel2()).when(recuse(outsider, 30)).thenRefuses('NOMINATION.ACTOR_NOT_ON_ROUTE');
    const withdrawn = play(...approvedUpTo(1), withdrawCmd(nominator, 20));
    given(withdrawn).when(recuse(reviewer2, 30)).thenRefuses('NOMINATION.ALREADY_FINAL');
  });

  it('then refuses every command of the recused user, naming the recusal', () => {
    const events = play(...approvedUpTo(1), recuse(reviewer2, 30));
    const error = given(events)
      .when(decideCmd(reviewer2, 'approve', 2, 31))
      .thenRefuses('NOMINATION.RECUSED');
    expect(error.messageEn).toContain(`${reviewer2.name} recused from this nomination at ${at(30)}`);
    given(events).when(claim(reviewer2, 31)).thenRefuses('NOMINATION.RECUSED');
    given(events).when(release(reviewer2, 31)).thenRefuses('NOMINATION.RECUSED');
    given(events)
      .when(assign(reviewer2, reviewer2b, 31))
      .thenRefuses('NOMINATION.RECUSED');
    // A colleague still decides.
    expect(decide(decideCmd(reviewer2b, 'approve', 2, 32), foldNomination(events))).toHaveLength(2);
  });
});

// Who may decide a held task depends on roles (a chair may, a reviewer may not): the API judges it.
it('leaves deciding a held task to the API: the decider forwards it whoever holds it', () => {
  const events = play(...approvedUpTo(1), claim(reviewer2, 30));
  const produced = decide(decideCmd(chair2, 'approve', 2, 31), foldNomination(events));
  expect(produced.map((e) => e.type)).toEqual(['NominationForwarded', 'NominationReviewOpened']);
});
