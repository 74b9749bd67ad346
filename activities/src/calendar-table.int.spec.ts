import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { deleteCalendarDay, listCalendarDays, loadWorkingCalendar, upsertCalendarDay } from '@vinhdanh/db';

describe('working-day calendar table (real PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
  });
  afterAll(async () => {
    await database?.destroy();
  });

  // Opened Thursday 12/02/2026, 10:00 in Hà Nội; Tết 2026 is off from Monday 16/02 to Friday 20/02.
  const openedAt = '2026-02-12T03:00:00Z';

  it('is seeded for 2025–2027, every seeded row marked to verify', async () => {
    const days = await listCalendarDays(database.db, { from: '2026-01-01', to: '2026-12-31' });
    expect(days.map((d) => d.date)).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-02-17', '2026-04-30', '2026-09-02']),
    );
    expect(days.every((d) => d.note === 'verify against the official notice' && d.updatedBy === 'seed')).toBe(true);
    const all = await listCalendarDays(database.db);
    expect(all.filter((d) => d.kind === 'makeup_workday').map((d) => d.date)).toEqual(['2025-02-08', '2025-04-26']);
  });

  it('computes due dates across Tết from the table, and moving a holiday in the table moves the due date', async () => {
    expect((await loadWorkingCalendar(database.db)).dueAt(openedAt, 10)).toBe('2026-03-05T10:00:00.000Z');

    // The government moves the last Tết day off to a Tuesday after: one working day earlier, then back.
    expect(await deleteCalendarDay(database.db, '2026-02-20')).toBe(true);
    expect((await loadWorkingCalendar(database.db)).dueAt(openedAt, 10)).toBe('2026-03-04T10:00:00.000Z');
    const moved = await upsertCalendarDay(database.db, {
      date: '2026-02-24',
      kind: 'compensatory',
      nameVi: 'Nghỉ bù Tết Nguyên Đán',
      nameEn: 'Lunar New Year, moved',
      note: 'Thông báo số 12/TB-LĐTBXH',
      updatedBy: 'u-admin',
    });
    expect(moved).toMatchObject({ date: '2026-02-24', kind: 'compensatory', updatedBy: 'u-admin' });
    expect((await loadWorkingCalendar(database.db)).dueAt(openedAt, 10)).toBe('2026-03-05T10:00:00.000Z');

    // A make-up Saturday counts as a working day.
    await upsertCalendarDay(database.db, {
      date: '2026-02-28',
      kind: 'makeup_workday',
      nameVi: 'Làm bù',
      nameEn: 'Make-up day',
      updatedBy: 'u-admin',
    });
    expect((await loadWorkingCalendar(database.db)).dueAt(openedAt, 10)).toBe('2026-03-04T10:00:00.000Z');
  });

  it('refuses a row of an unknown kind (the table guards its data)', async () => {
    await expect(
      upsertCalendarDay(database.db, {
        date: '2026-06-01',
        kind: 'festival' as never,
        nameVi: 'x',
        nameEn: 'x',
        updatedBy: 'u-admin',
      }),
    ).rejects.toThrow(/check constraint/);
    expect(await deleteCalendarDay(database.db, '2026-06-01')).toBe(false);
  });
});
