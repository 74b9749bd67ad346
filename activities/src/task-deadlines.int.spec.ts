import { randomUUID } from 'node:crypto';
import { deleteCalendarDay } from '@vinhdanh/db';
import { ruleSet2024 } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { createTaskDeadlineActivities } from './task-deadlines.activities';

describe('computeTaskDueAt: calendar table, rule set and campaign cut-off (real PostgreSQL)', () => {
  let database: TestDatabase;
  let acts: ReturnType<typeof createTaskDeadlineActivities>;
  let campaignId: string;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    acts = createTaskDeadlineActivities({
      clock: { now: () => new Date() },
      db: database.db,
      eventStore: new EventStore(database.pool),
    });
    const rs = ruleSet2024;
    await database.db
      .insertInto('rule_sets')
      .values({ version: rs.version, effective_from: rs.effectiveFrom, effective_to: null, body: JSON.stringify(rs) })
      .execute();
    ({ id: campaignId } = await database.db
      .insertInto('campaigns')
      .values({
        code: `TN-${randomUUID().slice(0, 6)}`,
        name: 'Thi đua năm 2026',
        kind: 'annual',
        rule_set_version: rs.version,
        award_codes: ['BK_TLD'],
        opens_on: '2026-01-01',
        closes_on: '2026-12-31',
        cutoffs: JSON.stringify({ '3': '2026-02-25' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  });
  afterAll(async () => {
    await database?.destroy();
  });

  // Thursday 12/02/2026, 10:00 in Hà Nội, just before Tết (16–20/02 off).
  const openedAt = '2026-02-12T03:00:00.000Z';
  const input = { openedAt, ruleSetVersion: ruleSet2024.version, kind: 'review' as const };

  it('gives 10 working days across Tết with the ladder: remind halfway, stuck 5 working days after', async () => {
    const deadline = await acts.computeTaskDueAt({ ...input, level: 2, campaignId });
    expect(deadline).toEqual({
      dueAt: '2026-03-05T10:00:00.000Z',
      remindAt: new Date((Date.parse(openedAt) + Date.parse('2026-03-05T10:00:00.000Z')) / 2).toISOString(),
      escalateAt: '2026-03-12T10:00:00.000Z',
      onEscalate: 'stuck',
    });
  });

  it("takes the level's campaign cut-off when it is earlier", async () => {
    expect((await acts.computeTaskDueAt({ ...input, level: 3, campaignId })).dueAt).toBe('2026-02-25T10:00:00.000Z');
  });

  // A level's cut-off is when dossiers must reach it (NĐ 98/2023 Art. 32 [S23]; Bắc Ninh QĐ 86/2025,
  // "trước ngày 10/12" [S30]): a review opened after it is the sender's late submission, and the
  // receiving level keeps its working-day time instead of being born overdue.
  it('a review opened after its cut-off keeps the working-day limit and names the passed cut-off [S23][S30]', async () => {
    const afterCutOff = { ...input, openedAt: '2026-02-26T03:00:00.000Z', campaignId };
    const plain = await acts.computeTaskDueAt({ ...afterCutOff, level: 2 }); // level 2 has no cut-off
    const late = await acts.computeTaskDueAt({ ...afterCutOff, level: 3, lateArrivalKeepsWorkingDays: true });
    expect(plain.dueAt).toBe('2026-03-12T10:00:00.000Z');
    expect(late).toEqual({ ...plain, arrivedAfterCutOff: '2026-02-25T10:00:00.000Z' });
    // Runs started before the change: born overdue at the cut-off, as they recorded it.
    expect(await acts.computeTaskDueAt({ ...afterCutOff, level: 3 })).toMatchObject({
      dueAt: '2026-02-25T10:00:00.000Z',
    });
    expect((await acts.computeTaskDueAt({ ...afterCutOff, level: 3 })).arrivedAfterCutOff).toBeUndefined();
    // Opened in time: the cut-off still caps the due time and nobody was late.
    const inTime = await acts.computeTaskDueAt({ ...input, level: 3, campaignId, lateArrivalKeepsWorkingDays: true });
    expect(inTime).toMatchObject({ dueAt: '2026-02-25T10:00:00.000Z' });
    expect(inTime.arrivedAfterCutOff).toBeUndefined();
  });

  it('gives a revision the shorter intake-return limit (5 working days)', async () => {
    const deadline = await acts.computeTaskDueAt({ ...input, kind: 'revision', level: 1, campaignId: 'no-campaign' });
    expect(deadline.dueAt).toBe('2026-02-26T10:00:00.000Z');
  });

  it('keeps an extended due time and moves a held one by the working days of the hold', async () => {
    const extended = await acts.computeTaskDueAt({ ...input, level: 2, campaignId, dueAt: '2026-03-20T10:00:00.000Z' });
    expect(extended).toMatchObject({ dueAt: '2026-03-20T10:00:00.000Z', escalateAt: '2026-03-27T10:00:00.000Z' });
    const held = {
      dueAt: '2026-03-05T10:00:00.000Z',
      from: '2026-03-02T02:00:00.000Z',
      to: '2026-03-04T02:00:00.000Z',
    };
    expect((await acts.computeTaskDueAt({ ...input, level: 2, campaignId, held })).dueAt).toBe(
      '2026-03-09T10:00:00.000Z',
    );
  });

  it('follows an edit of the calendar table at once (no cached calendar)', async () => {
    await deleteCalendarDay(database.db, '2026-02-20');
    expect((await acts.computeTaskDueAt({ ...input, level: 2, campaignId })).dueAt).toBe('2026-03-04T10:00:00.000Z');
  });
});
