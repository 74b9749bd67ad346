import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { getNomination, inboxCounts, listInbox, listNominations, nominationVersion } from '@vinhdanh/db';
import {
  decide,
  evolve,
  initialState,
  sampleDossier,
  sampleRoute,
  sampleSubmitNomination,
  type Actor,
  type NominationCommand,
  type NominationState,
  type OrgLevel,
} from '@vinhdanh/domain';
import { EventStore, type EventPosition } from '@vinhdanh/event-store';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { applyNextBatch, resetProjection } from '../checkpoints';
import { Projector } from '../projector';
import { nominationsProjection } from './nominations.projection';

const unitAt = (level: OrgLevel): string => sampleRoute[level - 1]!.unitId;
const actorAt = (level: OrgLevel): Actor => ({
  userId: `u-l${level}`,
  name: `Người duyệt cấp ${level}`,
  unitId: unitAt(level),
});
let clock = Date.UTC(2026, 2, 2, 8, 0);
const tick = (): string => new Date((clock += 60_000)).toISOString();

describe('nominations projection', () => {
  let t: TestDatabase;
  let store: EventStore;
  let projector: Projector;
  let lastPosition: EventPosition | null = null;

  /** A nomination driven through the pure decider, its events appended with the store's metadata layout. */
  class Nomination {
    state: NominationState = initialState();
    version = 0;
    constructor(readonly id: string) {}

    async run(command: NominationCommand): Promise<void> {
      const events = decide(command, this.state);
      const result = await store.append(
        `nomination-${this.id}`,
        this.version,
        events.map((e) => ({
          eventId: randomUUID(),
          type: e.type,
          data: e.data,
          metadata: { actor: e.metadata.actor.userId, domain: e.metadata },
          occurredAt: e.metadata.now,
        })),
      );
      this.state = events.reduce(evolve, this.state);
      this.version = result.nextExpectedVersion;
      lastPosition = result.lastPosition;
    }
    submit(fullName: string, now = tick(), extra: Partial<Parameters<typeof sampleSubmitNomination>[0]> = {}) {
      const dossier = sampleDossier();
      if (dossier.nominee.kind === 'person') dossier.nominee.fullName = fullName;
      return this.run(
        sampleSubmitNomination({
          nominationId: this.id,
          now,
          actor: { ...actorAt(1), userId: 'u-nominator' },
          dossier,
          ...extra,
        }),
      );
    }
    decide(level: OrgLevel, decision: 'approve' | 'return' | 'reject', extra: { decisionNumber?: string } = {}) {
      const reason = decision === 'approve' ? {} : { reason: 'Thiếu biên bản họp bình xét' };
      return this.run({
        type: 'DecideNomination',
        nominationId: this.id,
        actor: actorAt(level),
        now: tick(),
        decision,
        level,
        unitId: unitAt(level),
        ...reason,
        ...extra,
      });
    }
    resubmit() {
      const task = this.state.status === 'DRAFT' ? null : this.state.openTask;
      return this.run({
        type: 'ResubmitNomination',
        nominationId: this.id,
        actor: { ...actorAt(task!.level), unitId: task!.unitId },
        now: tick(),
      });
    }
    withdraw() {
      return this.run({
        type: 'WithdrawNomination',
        nominationId: this.id,
        actor: actorAt(1),
        now: tick(),
        reason: 'Cá nhân xin rút hồ sơ',
      });
    }
  }

  const caughtUp = async (): Promise<void> => {
    if (!(await projector.waitForCheckpoint('nominations', lastPosition!, 10_000)))
      throw new Error('projector did not catch up');
  };
  const inboxRow = async (id: string) =>
    t.db.selectFrom('inbox_tasks').selectAll().where('nomination_id', '=', id).executeTakeFirst();
  const snapshot = async () => ({
    nominations: (await sql`select * from nominations order by id`.execute(t.db)).rows,
    inbox: (await sql`select * from inbox_tasks order by nomination_id`.execute(t.db)).rows,
    counts: (await sql`select * from inbox_counts order by unit_id, kind, status`.execute(t.db)).rows,
  });
  /** The counters equal a count over the inbox (the invariant the projection keeps). */
  const expectCountersMatchInbox = async () => {
    const counted = await sql`select unit_id, kind, status, count(*)::int as open_tasks from inbox_tasks
      group by 1, 2, 3 order by 1, 2, 3`.execute(t.db);
    expect((await snapshot()).counts).toEqual(counted.rows);
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.pool);
    projector = new Projector({
      pool: t.pool,
      db: t.db,
      store,
      projections: [nominationsProjection],
      pollIntervalMs: 50,
      lockRetryMs: 50,
    });
    await projector.start();
  });
  afterAll(async () => {
    await projector.stop();
    await t.destroy();
  });

  it('follows the full climb: the inbox moves up a level at each approval, and the grant closes it', async () => {
    // Events of other streams are not ours: they pass through without touching the read model.
    await store.append('audit-anchor-1', 'any', [
      { eventId: randomUUID(), type: 'StoreAnchored', data: { heads: 0 }, occurredAt: tick() },
    ]);
    const n = new Nomination('climb-1');
    await n.submit('Nguyễn Thị Hồng Nhung');
    await caughtUp();
    expect(await inboxRow(n.id)).toMatchObject({
      unit_id: unitAt(1),
      level: 1,
      kind: 'review',
      task_seq: 1,
      status: 'AWAITING_INTAKE',
    });
    expect(await listInbox(t.db, { unitIds: [unitAt(1)], limit: 10 })).toMatchObject({
      items: [
        {
          nominationId: n.id,
          statusLabel: { vi: 'Chờ tiếp nhận' },
          nomineeName: 'Nguyễn Thị Hồng Nhung',
          overdue: false,
        },
      ],
      nextCursor: null,
    });
    for (const level of [1, 2, 3] as const) {
      await n.decide(level, 'approve');
      await caughtUp();
      const next = (level + 1) as OrgLevel;
      expect(await inboxRow(n.id)).toMatchObject({
        unit_id: unitAt(next),
        level: next,
        kind: 'review',
        task_seq: next,
        status: 'FORWARDED',
      });
      expect((await inboxCounts(t.db, { unitIds: [unitAt(next)] })).byStatus).toEqual({ FORWARDED: 1 });
      expect((await inboxCounts(t.db, { unitIds: [unitAt(level)] })).total).toBe(0);
      expect(await nominationVersion(t.db, n.id)).toBe(n.version);
    }
    await n.decide(4, 'approve', { decisionNumber: '1234/QĐ-TLĐ' });
    await caughtUp();
    expect(await inboxRow(n.id)).toBeUndefined();
    const detail = await getNomination(t.db, n.id);
    expect(detail).toMatchObject({
      status: 'GRANTED',
      statusLabel: { vi: 'Đã khen thưởng' },
      version: n.version,
      decisionNumber: '1234/QĐ-TLĐ',
      currentTask: null,
      nominee: { kind: 'person', name: 'Nguyễn Thị Hồng Nhung' },
      awardCode: 'BK_TLD',
    });
    expect(detail!.finalAt).not.toBeNull();
    expect(detail!.state).toEqual(n.state);
    expect(detail!.route).toEqual(sampleRoute);
    await expectCountersMatchInbox();
  });

  it('carries the task due time into the inbox, and an extension moves it', async () => {
    const n = new Nomination(`due-${randomUUID()}`);
    await n.submit('Vũ Thị Thanh Hoa');
    const taskSeq = n.state.status === 'DRAFT' ? 0 : n.state.openTask!.taskSeq;
    const base = { nominationId: n.id, actor: actorAt(1), taskSeq };
    await n.run({ ...base, type: 'SetTaskDue', now: tick(), dueAt: '2026-03-16T10:00:00.000Z' });
    await caughtUp();
    expect((await inboxRow(n.id))?.due_at?.toISOString()).toBe('2026-03-16T10:00:00.000Z');
    await n.run({
      ...base,
      type: 'ExtendTaskDeadline',
      now: tick(),
      dueAt: '2026-03-20T10:00:00.000Z',
      reason: 'Chờ bổ sung xác nhận của cơ quan chủ quản.',
    });
    await caughtUp();
    expect((await inboxRow(n.id))?.due_at?.toISOString()).toBe('2026-03-20T10:00:00.000Z');
  });

  it('a return opens a revision task at the level below; the resubmission reopens the review', async () => {
    const n = new Nomination('return-1');
    await n.submit('Trần Văn Bảo');
    await n.decide(1, 'approve');
    await n.decide(2, 'return');
    await caughtUp();
    expect(await inboxRow(n.id)).toMatchObject({
      unit_id: unitAt(1),
      level: 1,
      kind: 'revision',
      task_seq: 3,
      status: 'RETURNED',
    });
    expect((await getNomination(t.db, n.id))?.statusLabel.vi).toBe('Bị trả lại');
    expect(
      (await listInbox(t.db, { unitIds: [unitAt(1)], kinds: ['revision'], limit: 10 })).items.map(
        (i) => i.nominationId,
      ),
    ).toEqual([n.id]);
    expect((await inboxCounts(t.db, { unitIds: [unitAt(1)] })).byKind.revision).toBe(1);
    await n.resubmit();
    await caughtUp();
    expect(await inboxRow(n.id)).toMatchObject({
      unit_id: unitAt(2),
      kind: 'review',
      task_seq: 4,
      status: 'FORWARDED',
    });
    await expectCountersMatchInbox();
  });

  it('reject and withdraw remove the inbox row and record the outcome', async () => {
    const rejected = new Nomination('reject-1');
    await rejected.submit('Lê Thị Cúc');
    await rejected.decide(1, 'approve');
    await rejected.decide(2, 'reject');
    const withdrawn = new Nomination('withdraw-1');
    await withdrawn.submit('Phạm Văn Dũng');
    await withdrawn.decide(1, 'approve');
    await withdrawn.withdraw();
    await caughtUp();
    expect(await inboxRow(rejected.id)).toBeUndefined();
    expect(await inboxRow(withdrawn.id)).toBeUndefined();
    expect(await getNomination(t.db, rejected.id)).toMatchObject({ status: 'REJECTED', currentTask: null });
    expect(await getNomination(t.db, withdrawn.id)).toMatchObject({
      status: 'WITHDRAWN',
      statusLabel: { vi: 'Đã rút' },
    });
    expect((await getNomination(t.db, withdrawn.id))!.finalAt).not.toBeNull();
    await expectCountersMatchInbox();
  });

  it('applies nothing twice when events are redelivered, alone or with new ones', async () => {
    const n = new Nomination('redeliver-1');
    await n.submit('Võ Thị Sáu');
    await caughtUp();
    const before = await snapshot();
    const all = await store.readAll(null, 10_000);
    await t.db.transaction().execute((trx) => nominationsProjection.apply(trx, all));
    expect(await snapshot()).toEqual(before);
    // Redelivered events followed by a new one: only the new one is folded.
    await projector.stop();
    await n.decide(1, 'approve');
    const stream = await store.readStream(`nomination-${n.id}`);
    await t.db.transaction().execute((trx) => nominationsProjection.apply(trx, stream));
    expect(await inboxRow(n.id)).toMatchObject({ unit_id: unitAt(2), task_seq: 2 });
    expect(await nominationVersion(t.db, n.id)).toBe(n.version);
    // The projector then delivers the same events again through its checkpoint.
    await projector.start();
    await caughtUp();
    expect(await inboxRow(n.id)).toMatchObject({ unit_id: unitAt(2), task_seq: 2 });
    await expectCountersMatchInbox();
  });

  it('searches nominee names ignoring diacritics and case', async () => {
    const names = ['Nguyễn Văn An', 'Đặng Thị Bích', 'NGUYỄN VĂN ANH', 'Hoàng Thị Nguyệt'];
    for (const [i, name] of names.entries()) await new Nomination(`search-${i}`).submit(name);
    await caughtUp();
    const inbox = async (search: string) =>
      (await listInbox(t.db, { unitIds: [unitAt(1)], search, limit: 50 })).items.map((i) => i.nomineeName).sort();
    expect(await inbox('nguyen van a')).toEqual(['NGUYỄN VĂN ANH', 'Nguyễn Văn An']);
    expect(await inbox('dang thi')).toEqual(['Đặng Thị Bích']);
    expect(await inbox('  Nguyệt ')).toEqual(['Hoàng Thị Nguyệt']);
    expect(await inbox('%')).toEqual([]);
    const list = await listNominations(t.db, { search: 'van an', limit: 50 });
    expect(list.items.map((i) => i.id).sort()).toEqual(['search-0', 'search-2']);
  });

  it('pages the inbox and the list by keyset without duplicates or gaps, ties included', async () => {
    const sameMinute = tick();
    for (let i = 0; i < 23; i++) {
      await new Nomination(`page-${String(i).padStart(2, '0')}`).submit(
        `Người thứ ${i}`,
        i % 3 === 0 ? sameMinute : tick(),
        { campaignId: 'campaign-paging' },
      );
    }
    await caughtUp();
    const all = await listInbox(t.db, { unitIds: [unitAt(1)], campaignId: 'campaign-paging', limit: 200 });
    expect(all.items).toHaveLength(23);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listInbox(t.db, { unitIds: [unitAt(1)], campaignId: 'campaign-paging', limit: 4, cursor });
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((i) => i.nominationId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.nominationId));

    const listed: string[] = [];
    let listCursor: string | undefined;
    do {
      const page = await listNominations(t.db, { campaignId: 'campaign-paging', limit: 5, cursor: listCursor });
      listed.push(...page.items.map((i) => i.id));
      listCursor = page.nextCursor ?? undefined;
    } while (listCursor);
    expect(new Set(listed).size).toBe(23);
    expect(listed).toEqual(
      (await listNominations(t.db, { campaignId: 'campaign-paging', limit: 200 })).items.map((i) => i.id),
    );
  });

  it('rebuilds into identical rows', async () => {
    await caughtUp();
    const before = await snapshot();
    expect(before.nominations.length).toBeGreaterThan(30);
    // Stopped, so the rebuild replays here and no background batch races it.
    await projector.stop();
    const progress = await projector.rebuild('nominations');
    expect(progress.eventsApplied).toBe(await store.countAfter(null));
    expect(await snapshot()).toEqual(before);
    // Also when replayed one event per batch, so every batch boundary differs.
    await resetProjection(t.db, nominationsProjection);
    expect((await snapshot()).nominations).toEqual([]);
    while ((await applyNextBatch(t.db, store, nominationsProjection, 1)) > 0);
    expect(await snapshot()).toEqual(before);
    await projector.start();
  });

  // A level's cut-off is the date dossiers must reach it (NĐ 98/2023 Art. 32 [S23]; Bắc Ninh QĐ 86/2025 [S30]);
  // a dossier arriving later is the sending unit's fact, which the receiving inbox shows as "nộp muộn".
  it('names the unit and the person that sent a dossier after the level cut-off in the receiving inbox', async () => {
    await t.db
      .insertInto('units')
      .values({
        id: unitAt(1),
        code: 'HN-DP-THCSTH',
        name: 'Công đoàn cơ sở Trường Trung học cơ sở Tân Hội',
        kind: 'CDCS',
        level: 1,
        member_count: 52,
        dissolved_on: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const late = new Nomination('late-arrival-1');
    await late.submit('Trần Văn Khôi');
    await late.decide(1, 'approve');
    const onTime = new Nomination('late-arrival-2');
    await onTime.submit('Lê Thị Hạnh');
    await onTime.decide(1, 'approve');
    const task = late.state.status === 'DRAFT' ? null : late.state.openTask;
    const cutOffAt = new Date(Date.parse(task!.openedAt) - 86_400_000).toISOString();
    await late.run({
      type: 'RecordLateSubmission',
      nominationId: late.id,
      actor: { userId: 'system:deadlines', name: 'Hệ thống', unitId: unitAt(2) },
      now: tick(),
      taskSeq: task!.taskSeq,
      cutOffAt,
    });
    await caughtUp();
    const items = (await listInbox(t.db, { unitIds: [unitAt(2)], limit: 10 })).items;
    expect(items.find((i) => i.nominationId === late.id)?.lateArrival).toEqual({
      cutOffAt,
      sender: {
        unitId: unitAt(1),
        unitName: 'Công đoàn cơ sở Trường Trung học cơ sở Tân Hội',
        name: 'Người duyệt cấp 1',
      },
      label: { vi: 'Nộp muộn', en: 'Submitted after the cut-off' },
    });
    expect(items.find((i) => i.nominationId === onTime.id)?.lateArrival).toBeNull();
    // The next level's task arrived in time: the mark belongs to the task it was recorded on.
    await late.decide(2, 'approve');
    await caughtUp();
    const above = (await listInbox(t.db, { unitIds: [unitAt(3)], limit: 10 })).items;
    expect(above.find((i) => i.nominationId === late.id)?.lateArrival).toBeNull();
    await expectCountersMatchInbox();
  });
});
