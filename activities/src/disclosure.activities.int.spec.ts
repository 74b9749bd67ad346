import { upsertCalendarDay } from '@vinhdanh/db';
import { EventStore } from '@vinhdanh/event-store';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { createDisclosureActivities } from './disclosure.activities';

describe('computeDisclosureEndsAt: working days from the calendar table (real PostgreSQL)', () => {
  let database: TestDatabase;
  let acts: ReturnType<typeof createDisclosureActivities>;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    acts = createDisclosureActivities({
      clock: { now: () => new Date() },
      db: database.db,
      eventStore: new EventStore(database.pool),
    });
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('skips weekends and the seeded holidays around 30/4 – 1/5 2026, ending at 17:00 Vietnam time', async () => {
    // Posted Friday 24/4: Sun 26/4 (Giỗ Tổ), Mon 27/4 (compensatory), 30/4 and 1/5 are off → 28, 29/4, 4, 5, 6/5.
    const { endsAt } = await acts.computeDisclosureEndsAt({ postedAt: '2026-04-24T02:00:00Z', workingDays: 5 });
    expect(endsAt).toBe('2026-05-06T10:00:00.000Z');
  });

  it('follows an administrator’s change to the calendar table', async () => {
    await upsertCalendarDay(database.db, {
      date: '2026-05-05',
      kind: 'holiday',
      nameVi: 'Nghỉ thử nghiệm',
      nameEn: 'Test day off',
      updatedBy: 'test',
    });
    const { endsAt } = await acts.computeDisclosureEndsAt({ postedAt: '2026-04-24T02:00:00Z', workingDays: 5 });
    expect(endsAt).toBe('2026-05-07T10:00:00.000Z');
  });
});
