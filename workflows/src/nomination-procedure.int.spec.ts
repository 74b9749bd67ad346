import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  decideUpdate,
  extendDeadlineUpdate,
  getNominationStateQuery,
  holdUpdate,
  recordAppraisalUpdate,
  recordIntakeUpdate,
  recordVoteUpdate,
  resumeUpdate,
  type CommandOutcome,
} from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination, type OrgLevel, type VoteTally } from '@vinhdanh/domain';
import {
  fastDeadlines,
  reviewer,
  startHarness,
  submitWithSteps,
  type Harness,
  type Started,
} from './nomination.harness.spec';

const at = (level: number) => ({
  actor: reviewer(level),
  level: level as OrgLevel,
  unitId: sampleRoute[level - 1].unitId,
});
const passed = [
  { rule: 'ELIGIBILITY.ONCE_PER_PERSON', passed: true, reasonVi: 'Chưa từng nhận.', reasonEn: 'Never received.' },
];
const tally = (votesFor: number): VoteTally => ({
  membersTotal: 11,
  present: 10,
  votesFor,
  votesAgainst: 10 - votesFor,
  abstentions: 0,
  writtenFor: 1,
  writtenAgainst: 0,
});
const nominator = sampleSubmitNomination().actor;

describe('nominationWorkflow: procedure steps, holds and the deadline ladder (real dev server and PostgreSQL)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ deadlines: fastDeadlines(2000, 1000) });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** Runs the open step of the review at `level` (intake, appraisal, vote or the chair's sign-off). */
  async function runStep({ handle }: Started, level: number, votesFor = 10): Promise<CommandOutcome> {
    const { state } = await handle.query(getNominationStateQuery);
    const step = (state.status !== 'DRAFT' && state.openTask?.step) || 'signoff';
    if (step === 'intake') return handle.executeUpdate(recordIntakeUpdate, { args: [at(level)] });
    if (step === 'appraisal')
      return handle.executeUpdate(recordAppraisalUpdate, { args: [{ ...at(level), checks: passed }] });
    if (step === 'vote')
      return handle.executeUpdate(recordVoteUpdate, { args: [{ ...at(level), tally: tally(votesFor) }] });
    const number = level === 4 ? { decisionNumber: '77/QĐ-TLĐ' } : { decisionNumber: `${level}/CV-LĐLĐ` };
    return handle.executeUpdate(decideUpdate, { args: [{ ...at(level), decision: 'approve', ...number }] });
  }

  it('climbs through intake → appraisal → vote → sign-off at every level to granted, each task with its due time', async () => {
    const n = await h.start(submitWithSteps);
    const statuses: string[] = [];
    for (const level of [1, 2, 3, 4]) {
      for (let i = 0; i < 4; i++) {
        statuses.push((await runStep(n, level)).status);
        const { state } = await n.handle.query(getNominationStateQuery);
        if (state.status === 'GRANTED' || (state.status !== 'DRAFT' && state.openTask?.level !== level)) break;
      }
    }
    expect(statuses.at(-1)).toBe('GRANTED');
    expect(statuses).toEqual(expect.arrayContaining(['IN_APPRAISAL', 'AWAITING_VOTE', 'AWAITING_SIGNATURE']));
    const types = await h.types(n.id);
    const count = (t: string) => types.filter((x) => x === t).length;
    expect(count('NominationIntakeCompleted')).toBe(3); // the nominating level skips intake
    expect(count('NominationAppraisalRecorded')).toBe(4);
    expect(count('NominationVoteRecorded')).toBe(4);
    expect(count('NominationReviewOpened')).toBe(4);
    expect(count('NominationTaskDueSet')).toBe(4);
    // The calendar table, not a clock in the workflow: due at 17:00 Vietnam time on a working day.
    const due = (await h.events(n.id)).find((e) => e.type === 'NominationTaskDueSet');
    expect((due?.data as { dueAt: string }).dueAt).toMatch(/T10:00:00\.000Z$/);
    const history = await n.handle.fetchHistory();
    console.log(`history of a full climb with steps: ${history.events?.length} events, ${types.length} domain events`);
    expect(history.events?.length ?? 0).toBeLessThanOrEqual(140);
  });

  it('a failed council vote is recorded and rejects the nomination', async () => {
    const n = await h.start(submitWithSteps);
    await runStep(n, 1); // appraisal
    const out = await runStep(n, 1, 3); // 4 of 11 members for: short of the threshold
    expect(out.status).toBe('REJECTED');
    expect((await h.types(n.id)).slice(-2)).toEqual(['NominationVoteFailed', 'NominationRejected']);
    expect(await n.handle.result()).toMatchObject({ status: 'REJECTED' });
  });

  it('an incomplete dossier at intake goes back to the level below with the missing items', async () => {
    const n = await h.start(submitWithSteps);
    for (let i = 0; i < 3; i++) await runStep(n, 1);
    const out = await n.handle.executeUpdate(recordIntakeUpdate, { args: [{ ...at(2), missingKinds: ['BIEN_BAN'] }] });
    expect(out.status).toBe('RETURNED');
    const events = await h.events(n.id);
    const incomplete = events.find((e) => e.type === 'NominationDossierIncomplete');
    expect(incomplete?.data).toMatchObject({ missingKinds: ['BIEN_BAN'], to: { level: 1 } });
    // The revision task gets its own due time, written with the return.
    expect(events.at(-1)?.type).toBe('NominationTaskDueSet');
  });

  it('reminds, marks overdue, then stuck, in order, as events (deadline seconds away)', async () => {
    const n = await h.start((id) =>
      sampleSubmitNomination({ nominationId: id, now: new Date().toISOString(), campaignId: 'fast:1:stuck' }),
    );
    const seen = await h.waitForEvents(n.id, (t) => t.includes('NominationMarkedStuck'));
    const ladder = seen.filter((t) => /ReminderSent|DeadlineMissed|MarkedStuck|TaskDueSet/.test(t));
    expect(ladder).toEqual([
      'NominationTaskDueSet',
      'NominationReminderSent',
      'NominationDeadlineMissed',
      'NominationMarkedStuck',
    ]);
    const events = await h.events(n.id);
    const when = (t: string) => Date.parse(events.find((e) => e.type === t)?.occurredAt ?? '');
    const dueAt = Date.parse((events.find((e) => e.type === 'NominationTaskDueSet')?.data as { dueAt: string }).dueAt);
    expect(when('NominationDeadlineMissed')).toBeGreaterThanOrEqual(dueAt);
    expect(when('NominationMarkedStuck')).toBeGreaterThanOrEqual(dueAt + 1000);
  });

  it('auto-returns a review after the grace period where the rule set says so', async () => {
    const n = await h.start((id) =>
      sampleSubmitNomination({ nominationId: id, now: new Date().toISOString(), campaignId: 'fast:2:auto_return' }),
    );
    await n.handle.executeUpdate(decideUpdate, { args: [{ ...at(1), decision: 'approve' }] });
    const seen = await h.waitForEvents(n.id, (t) => t.includes('NominationAutoReturned'));
    expect(seen.slice(seen.indexOf('NominationReviewOpened', 2))).toEqual([
      'NominationReviewOpened',
      'NominationTaskDueSet',
      'NominationReminderSent',
      'NominationDeadlineMissed',
      'NominationAutoReturned',
      'NominationTaskDueSet',
    ]);
    const { state } = await n.handle.query(getNominationStateQuery);
    expect(state.status !== 'DRAFT' && state.openTask).toMatchObject({ kind: 'revision', level: 1 });
  });

  it('an extension moves the ladder: overdue comes at the new due time, not the old one', async () => {
    const n = await h.start((id) =>
      sampleSubmitNomination({ nominationId: id, now: new Date().toISOString(), campaignId: 'fast:1:stuck' }),
    );
    const firstDue = (await h.events(n.id)).find((e) => e.type === 'NominationTaskDueSet')?.data as {
      dueAt: string;
      taskSeq: number;
    };
    const newDue = new Date(Date.parse(firstDue.dueAt) + 2500).toISOString();
    await n.handle.executeUpdate(extendDeadlineUpdate, {
      args: [
        { actor: nominator, taskSeq: firstDue.taskSeq, dueAt: newDue, reason: 'Chờ bổ sung xác nhận của cơ quan.' },
      ],
    });
    await h.waitForEvents(n.id, (t) => t.includes('NominationDeadlineMissed'));
    const missed = (await h.events(n.id)).find((e) => e.type === 'NominationDeadlineMissed');
    expect(missed?.data).toMatchObject({ dueAt: newDue });
    expect(Date.parse(missed?.occurredAt ?? '')).toBeGreaterThanOrEqual(Date.parse(newDue));
  });

  it('a hold refuses decisions and pauses the ladder; resuming re-arms it with a new due time', async () => {
    const n = await h.start((id) =>
      sampleSubmitNomination({ nominationId: id, now: new Date().toISOString(), campaignId: 'fast:1:stuck' }),
    );
    await n.handle.executeUpdate(holdUpdate, {
      args: [{ actor: nominator, kind: 'complaint', reason: 'Có đơn khiếu nại.' }],
    });
    const refused = n.handle.executeUpdate(decideUpdate, { args: [{ ...at(1), decision: 'approve' }] });
    await expect(refused).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(refused).rejects.toMatchObject({ cause: { type: 'NOMINATION.ON_HOLD' } });
    await new Promise((r) => setTimeout(r, 3200)); // past the first due time and grace: nothing may fire
    expect((await h.types(n.id)).filter((t) => /ReminderSent|DeadlineMissed|MarkedStuck/.test(t))).toEqual([]);
    await n.handle.executeUpdate(resumeUpdate, { args: [{ actor: nominator, reason: 'Đã giải quyết khiếu nại.' }] });
    const seen = await h.waitForEvents(n.id, (t) => t.includes('NominationDeadlineMissed'));
    expect(seen.slice(seen.indexOf('NominationResumed'))).toEqual([
      'NominationResumed',
      'NominationTaskDueSet',
      'NominationReminderSent',
      'NominationDeadlineMissed',
    ]);
  });
});
