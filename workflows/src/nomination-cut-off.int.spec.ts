import type { ComputeTaskDueAtInput, TaskDeadline } from '@vinhdanh/activities';
import { decideUpdate, getNominationStateQuery } from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination } from '@vinhdanh/domain';
import { reviewer, startHarness, type Harness } from './nomination.harness.spec';

// Cut-offs blame the right person: a level's cut-off is the date dossiers must reach it by
// (NĐ 98/2023 Art. 32 [S23]; Bắc Ninh QĐ 86/2025, "trước ngày 10/12" [S30]). When level 1 forwards
// after level 2's cut-off, the workflow records the late submission as level 1's fact and level 2's
// task gets its working-day due time (the activity's answer), not a due time already past.
const CUT_OFF = '2026-01-05T10:00:00.000Z'; // long past when the test runs
const asked: ComputeTaskDueAtInput[] = [];
let workingDayDue = '';

/** Level 2 of campaign `late-level-2` has a cut-off in the past; the activity answers as the real one does. */
function deadlines(input: ComputeTaskDueAtInput): TaskDeadline | undefined {
  if (input.campaignId !== 'late-level-2') return undefined;
  asked.push(input);
  const dueAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
  const late = input.level === 2 && input.lateArrivalKeepsWorkingDays === true;
  if (input.level === 2) workingDayDue = dueAt;
  return {
    dueAt,
    remindAt: null,
    escalateAt: null,
    onEscalate: 'stuck',
    ...(late ? { arrivedAfterCutOff: CUT_OFF } : {}),
  };
}

describe('nomination workflow — a dossier forwarded after the next level’s cut-off [S23][S30]', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ deadlines });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('records NominationSubmittedAfterCutOff as the forwarding unit’s fact; the receiving task keeps its working-day due time', async () => {
    const { id, handle } = await h.start((nominationId) =>
      sampleSubmitNomination({ nominationId, now: new Date().toISOString(), campaignId: 'late-level-2' }),
    );
    const first = reviewer(1);
    await handle.executeUpdate(decideUpdate, {
      args: [{ actor: first, decision: 'approve', level: 1, unitId: sampleRoute[0].unitId }],
    });
    // New runs ask for the receiving level's due time with the late-arrival rule on.
    expect(asked.filter((a) => a.level === 2)).toEqual([
      expect.objectContaining({ kind: 'review', lateArrivalKeepsWorkingDays: true }),
    ]);
    const events = await h.events(id);
    const types = events.map((e) => e.type);
    expect(types.slice(-4)).toEqual([
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationSubmittedAfterCutOff',
      'NominationTaskDueSet',
    ]);
    const late = events.find((e) => e.type === 'NominationSubmittedAfterCutOff')!;
    expect(late.data).toMatchObject({
      taskSeq: 2,
      receivedBy: { level: 2, unitId: sampleRoute[1].unitId },
      cutOffAt: CUT_OFF,
      submittedBy: { level: 1, unitId: sampleRoute[0].unitId },
      sender: first,
    });
    expect(events.at(-1)!.data).toMatchObject({ taskSeq: 2, dueAt: workingDayDue });
    const { state } = await handle.query(getNominationStateQuery);
    expect(state.status !== 'DRAFT' && state.openTask).toMatchObject({
      level: 2,
      dueAt: workingDayDue,
      arrivedAfterCutOff: CUT_OFF,
    });
    expect(state.status !== 'DRAFT' && state.openTask?.overdue).toBeFalsy();
  });
});
