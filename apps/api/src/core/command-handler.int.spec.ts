import { workingCalendarStreamId } from '@vinhdanh/contracts';
import { listCalendarDays } from '@vinhdanh/db';
import { workingCalendarAggregate, type SetCalendarDay } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { projectWorkingCalendarEvents } from '../admin/admin-calendar.projection';
import { renderProblem, toProblemSource } from '../errors/problem';
import { CommandHandler, ConcurrentChangeError, type CommandActor } from './command-handler';

describe('CommandHandler: load, decide, append at the version loaded, project in the same transaction', () => {
  let t: TestDatabase;
  let store: EventStore;
  let handler: CommandHandler;
  const actor: CommandActor = { id: 'u-1', name: 'Lê Minh Tuấn', username: 'sysadmin', unitId: 'tld' };
  const streamId = workingCalendarStreamId(2031);
  const set = (date: string, nameVi = 'Ngày lễ'): SetCalendarDay => ({
    type: 'SetCalendarDay',
    now: '2030-12-01T02:00:00Z',
    date,
    kind: 'holiday',
    nameVi,
    nameEn: 'Holiday',
    note: null,
  });
  const request = (command: SetCalendarDay) => ({
    aggregate: workingCalendarAggregate,
    streamId,
    command,
    actor,
    project: projectWorkingCalendarEvents,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.pool, { notify: false });
    handler = new CommandHandler(t.db, store);
  });
  afterAll(() => t.destroy());

  it('appends the decided events with the actor and updates the read model with them', async () => {
    const result = await handler.execute(request(set('2031-01-01', 'Tết Dương lịch')));
    expect(result.version).toBe(1);
    const [event] = await store.readStream(streamId);
    expect(event).toMatchObject({
      type: 'WorkingCalendarDaySet',
      occurredAt: '2030-12-01T02:00:00.000Z',
      metadata: { actor: 'u-1', actorName: 'Lê Minh Tuấn', actorUsername: 'sysadmin', actorUnitId: 'tld' },
    });
    const [day] = await listCalendarDays(t.db, { from: '2031-01-01', to: '2031-01-01' });
    expect(day).toMatchObject({ nameVi: 'Tết Dương lịch', updatedBy: 'sysadmin (Lê Minh Tuấn)' });
  });

  it('writes neither event nor row when the read model refuses, and nothing when the domain refuses', async () => {
    const failing = {
      ...request(set('2031-04-30')),
      project: async () => {
        throw new Error('read model refused');
      },
    };
    await expect(handler.execute(failing)).rejects.toThrow('read model refused');
    await expect(
      handler.execute(request({ ...set('2031-05-05'), kind: 'makeup_workday' } as SetCalendarDay)),
    ).rejects.toMatchObject({ code: 'CALENDAR.INVALID_DAY' });
    expect(await store.streamVersion(streamId)).toBe(1);
    expect(await listCalendarDays(t.db, { from: '2031-04-30', to: '2031-05-05' })).toEqual([]);
  });

  it('answers a concurrent change with a 409 naming the aggregate in Vietnamese, and keeps one write', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let loaded!: () => void;
    const hasLoaded = new Promise<void>((resolve) => (loaded = resolve));
    // The first command has loaded version 1 and waits inside its transaction while another commits.
    const slow = handler.execute({
      ...request(set('2031-09-02', 'Quốc khánh')),
      project: async (trx, events) => {
        loaded();
        await held;
        await projectWorkingCalendarEvents(trx, events);
      },
    });
    await hasLoaded;
    const fast = handler.execute(request(set('2031-04-30', 'Giải phóng miền Nam')));
    // The fast one loaded version 1 too and now waits on the slow one's uncommitted version 2.
    for (let waited = 0; ; waited++) {
      const { rows } = await t.pool.query<{ n: string }>(
        "select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      );
      if (Number(rows[0]?.n) > 0) break;
      if (waited > 500) throw new Error('the second command never waited for the first');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    release();
    const outcomes = await Promise.allSettled([slow, fast]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConcurrentChangeError);
    expect(refused.reason).toMatchObject({ code: 'AGGREGATE.CONFLICT' });
    expect(refused.reason.messageVi).toBe(
      'Dữ liệu lịch làm việc vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
    );
    expect(await store.streamVersion(streamId)).toBe(2);
    const source = toProblemSource(refused.reason);
    expect(source && renderProblem(source)).toMatchObject({
      status: 409,
      title: 'Xung đột',
      code: 'AGGREGATE.CONFLICT',
      detail: 'Dữ liệu lịch làm việc vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
      detail_en: 'The working calendar was changed by someone else meanwhile. Reload and try again.',
    });
  });

  it('answers a retried request from the stored events without writing again', async () => {
    const idempotency = { purpose: 'calendar-set', key: 'key-1' };
    const first = await handler.execute({ ...request(set('2031-06-01')), idempotency });
    const again = await handler.execute({ ...request(set('2031-06-01', 'Khác')), idempotency });
    expect([first.alreadyDone, again.alreadyDone, again.version]).toEqual([false, true, first.version]);
    expect(again.state.days['2031-06-01']?.nameVi).toBe('Ngày lễ');
    const other = handler.execute({
      ...request(set('2032-06-01')),
      streamId: workingCalendarStreamId(2032),
      idempotency,
    });
    await expect(other).rejects.toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' });
  });

  it('starts an empty stream with the rows that predate it, then the command', async () => {
    const year = workingCalendarStreamId(2033);
    await t.db
      .insertInto('working_calendar_days')
      .values({
        date: '2033-09-02',
        kind: 'holiday',
        name_vi: 'Quốc khánh',
        name_en: 'National Day',
        note: null,
        updated_by: 'seed',
      })
      .execute();
    const result = await handler.execute({
      ...request({ type: 'ClearCalendarDay', now: '2033-01-02T00:00:00Z', date: '2033-09-02' } as never),
      streamId: year,
      adopt: async () => [
        {
          type: 'WorkingCalendarRecorded' as const,
          data: {
            year: 2033,
            days: [
              {
                date: '2033-09-02',
                kind: 'holiday' as const,
                nameVi: 'Quốc khánh',
                nameEn: 'National Day',
                note: null,
              },
            ],
          },
        },
      ],
    });
    expect(result.state.days).toEqual({});
    expect((await store.readStream(year)).map((e) => [e.type, e.metadata['recordedFromReadModel'] ?? false])).toEqual([
      ['WorkingCalendarRecorded', true],
      ['WorkingCalendarDayCleared', false],
    ]);
    expect(await listCalendarDays(t.db, { from: '2033-01-01', to: '2033-12-31' })).toEqual([]);
  });
});
