import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { NotificationKind } from '@vinhdanh/db';
import { decide, initialState, sampleRoute, sampleSubmitNomination, type NominationEvent } from '@vinhdanh/domain';
import { EventStore, type RecordedEvent } from '@vinhdanh/event-store';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { notificationsProjection } from './notifications.projection';

const [nominating, district, province, national] = sampleRoute.map((s) => s.unitId) as [string, string, string, string];

describe('notifications projection', () => {
  let t: TestDatabase;
  let store: EventStore;
  const users: Record<string, string> = {};

  /** A user holding `role` at `unitId`; `expired` grants ended yesterday and must be ignored. */
  const grant = async (username: string, unitId: string, role: string, expired = false): Promise<void> => {
    const { id } = await t.db
      .insertInto('users')
      .values({ username, full_name: username, password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    users[username] = id;
    await sql`insert into user_roles (user_id, unit_id, role, valid_from, valid_to)
      values (${id}, ${unitId}, ${role}, now() - interval '30 days',
              ${expired ? sql`now() - interval '1 day'` : sql`null`})`.execute(t.db);
  };

  const append = async (streamId: string, version: number, events: NominationEvent[]): Promise<void> => {
    await store.append(
      streamId,
      version,
      events.map((e) => ({
        eventId: randomUUID(),
        type: e.type,
        data: e.data,
        metadata: { actor: e.metadata.actor.userId, domain: e.metadata },
        occurredAt: e.metadata.now,
      })),
    );
  };

  /**
   * The stream's events once readAll shows all `count` of them: readAll only returns transactions
   * older than the cluster-wide xmin, which other databases' transactions can hold back briefly.
   */
  const committed = async (streamId: string, count: number): Promise<RecordedEvent[]> => {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const events = (await store.readAll(null)).filter((e) => e.streamId === streamId);
      if (events.length === count) return events;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${streamId}: ${count} events not visible to readAll within 10 s`);
  };

  const project = async (events: readonly RecordedEvent[]): Promise<void> => {
    await t.db.transaction().execute((trx) => notificationsProjection.apply(trx, events));
  };

  const recipients = async (kind: NotificationKind): Promise<string[]> => {
    const rows = await t.db.selectFrom('notifications').select('user_id').where('kind', '=', kind).execute();
    const byId = Object.fromEntries(Object.entries(users).map(([name, id]) => [id, name]));
    return rows.map((r) => byId[r.user_id]!).sort();
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.pool);
    for (const [i, id] of [nominating, district, province, national].entries()) {
      await t.db
        .insertInto('units')
        .values({ id, code: id, name: `Đơn vị ${id}`, kind: 'test', level: i + 1 })
        .execute();
    }
    await grant('nominator', nominating, 'nominator');
    await grant('nominating-reviewer', nominating, 'reviewer');
    await grant('nominating-chair', nominating, 'chair');
    await grant('district-reviewer', district, 'reviewer');
    await grant('district-chair', district, 'chair');
    await grant('district-former', district, 'reviewer', true);
    await grant('district-admin', district, 'unit_admin');
    await grant('province-reviewer', province, 'reviewer');
    await grant('province-admin', province, 'unit_admin');
    await grant('national-chair', national, 'chair');
  });
  afterAll(async () => {
    await store.close();
    await t.destroy();
  });

  it('notifies the reviewers and chair of the unit with the new review task, once, even when the batch is redelivered', async () => {
    const events = decide(sampleSubmitNomination({ nominationId: 'n-new' }), initialState());
    expect(events.map((e) => e.type)).toContain('NominationReviewOpened');
    await append('nomination-n-new', 0, events);
    const recorded = await committed('nomination-n-new', events.length);

    await project(recorded);
    await project(recorded); // redelivery after a crash between apply and checkpoint

    // The first review is the nominating unit's own; the district's opens when it is forwarded.
    expect(await recipients('new_task')).toEqual(['nominating-chair', 'nominating-reviewer']);
    const row = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'new_task')
      .executeTakeFirstOrThrow();
    expect(row.nomination_id).toBe('n-new');
    expect(row.title_vi).toMatch(/^Hồ sơ mới cần xử lý: BK_TLD — /);
    expect(row.title_en).toMatch(/^New task: BK_TLD/);
    expect(row.read_at).toBeNull();
    expect(row.emailed_at).toBeNull();
  });

  it('tells the assignees, the unit admin and the approvers of the level above when a task is overdue', async () => {
    const submitted = decide(sampleSubmitNomination({ nominationId: 'n-late' }), initialState());
    await append('nomination-n-late', 0, submitted);
    const { metadata } = submitted[0]!;
    const dueAt = '2026-03-10T10:00:00.000Z';
    const missed: NominationEvent = {
      type: 'NominationDeadlineMissed',
      data: { taskSeq: 2, dueAt, level: 2, unitId: district },
      metadata,
    };
    await append('nomination-n-late', submitted.length, [missed]);
    await project(await committed('nomination-n-late', submitted.length + 1));

    expect(await recipients('overdue')).toEqual([
      'district-admin',
      'district-chair',
      'district-reviewer',
      'province-reviewer',
    ]);
    const row = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'overdue')
      .executeTakeFirstOrThrow();
    expect(row.title_vi).toContain('Quá hạn xử lý');
    // Vietnam time (UTC+7), not the server's zone.
    expect(row.body_vi).toContain('17:00');
  });

  it('sends a returned nomination to the nominators of the nominating unit, and a stuck one to the unit admins', async () => {
    const submitted = decide(sampleSubmitNomination({ nominationId: 'n-ret' }), initialState());
    await append('nomination-n-ret', 0, submitted);
    const { metadata } = submitted[0]!;
    const returned: NominationEvent = {
      type: 'NominationDossierIncomplete',
      data: {
        by: { level: 2, unitId: district },
        to: { level: 1, unitId: nominating },
        reason: 'Thiếu biên bản họp bình xét',
        taskSeq: 2,
        missingKinds: ['BIEN_BAN'],
      },
      metadata,
    };
    const stuck: NominationEvent = {
      type: 'NominationMarkedStuck',
      data: { taskSeq: 2, dueAt: '2026-03-20T10:00:00.000Z', level: 1, unitId: nominating },
      metadata,
    };
    await append('nomination-n-ret', submitted.length, [returned]);
    await grant('nominating-admin', nominating, 'unit_admin');
    const reminder: NominationEvent = {
      type: 'NominationReminderSent',
      data: { taskSeq: 2, dueAt: '2026-03-20T10:00:00.000Z', level: 1, unitId: nominating },
      metadata,
    };
    await append('nomination-n-ret', submitted.length + 1, [reminder, stuck]);
    await project(await committed('nomination-n-ret', submitted.length + 3));

    expect(await recipients('returned')).toEqual(['nominator']);
    const row = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'returned')
      .executeTakeFirstOrThrow();
    expect(row.body_vi).toContain('Còn thiếu: biên bản họp');
    // The revision task at the nominating unit is the nominators', not the unit's reviewers'.
    expect(await recipients('reminder')).toEqual(['nominator']);
    expect(await recipients('stuck')).toEqual(['nominating-admin']);
  });
});
