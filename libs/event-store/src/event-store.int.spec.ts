import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { EventStore } from './event-store';
import {
  EventIdConflictError,
  InvalidEventError,
  StreamVersionConflictError,
  UnencodableEventError,
} from './event-store.errors';
import type { NewEvent } from './event.types';
import { UpcasterRegistry } from './upcasters';

const event = (type: string, data: Record<string, unknown> = {}, id = randomUUID()): NewEvent => ({
  eventId: id,
  type,
  data,
  metadata: { actor: 'user-1', workflowId: 'nomination:1', reason: 'lý do' },
  occurredAt: '2026-11-22T08:00:00Z',
});

describe('EventStore append and read', () => {
  let t: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.pool);
  });
  afterAll(() => t.destroy());

  it('appends with the expected version and reads the stream back JSON-safe', async () => {
    const first = await store.append('nomination-1', 0, [
      event('NominationSubmitted', { unitId: 'u1' }),
      event('NominationReviewOpened'),
    ]);
    expect(first).toMatchObject({ alreadyWritten: false, nextExpectedVersion: 2 });
    const next = await store.append('nomination-1', 2, [event('NominationApproved', { level: 2 })]);
    expect(next.nextExpectedVersion).toBe(3);
    const events = await store.readStream('nomination-1');
    expect(events.map((e) => [e.streamVersion, e.type])).toEqual([
      [1, 'NominationSubmitted'],
      [2, 'NominationReviewOpened'],
      [3, 'NominationApproved'],
    ]);
    expect(events[0]).toMatchObject({
      data: { unitId: 'u1' },
      occurredAt: '2026-11-22T08:00:00.000Z',
      schemaVersion: 1,
    });
    expect(events[0]!.metadata).toEqual({ actor: 'user-1', workflowId: 'nomination:1', reason: 'lý do' });
    expect(typeof events[0]!.globalPosition).toBe('string');
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(await store.readStream('nomination-1', { fromVersion: 2, untilVersion: 2 })).toHaveLength(1);
    expect(await store.streamVersion('nomination-1')).toBe(3);
  });

  it('refuses a stale expected version with the actual version', async () => {
    await store.append('nomination-2', 'no_stream', [event('NominationSubmitted')]);
    const err = await store.append('nomination-2', 0, [event('NominationSubmitted')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StreamVersionConflictError);
    expect(err).toMatchObject({ code: 'EVENT_STORE.VERSION_CONFLICT', expected: 0, actual: 1 });
    await expect(store.append('nomination-2', 'no_stream', [event('X')])).rejects.toMatchObject({ actual: 1 });
    expect((await store.append('nomination-2', 'any', [event('X')])).nextExpectedVersion).toBe(2);
  });

  it('lets exactly one of several concurrent writers win the same version', async () => {
    await store.append('nomination-3', 0, [event('NominationSubmitted')]);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => store.append('nomination-3', 1, [event('NominationApproved')])),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'EVENT_STORE.VERSION_CONFLICT', actual: 2 });
    }
    // 'any' never conflicts: every concurrent append lands, versions stay contiguous.
    await Promise.all(Array.from({ length: 6 }, () => store.append('nomination-3', 'any', [event('Reminded')])));
    expect((await store.readStream('nomination-3')).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('returns the stored result for a retried append and writes nothing', async () => {
    const batch = [event('NominationSubmitted', { a: 1 }), event('NominationReviewOpened', { b: [1, 2] })];
    const first = await store.append('nomination-4', 0, batch);
    const retry = await store.append(
      'nomination-4',
      0,
      batch.map((e) => ({ ...e, eventId: e.eventId.toUpperCase() })),
    );
    expect(retry).toEqual({ ...first, alreadyWritten: true });
    // Even a retry racing itself stores the events once.
    const racing = [event('Reminded')];
    const both = await Promise.all([store.append('nomination-4', 2, racing), store.append('nomination-4', 2, racing)]);
    expect(both.map((r) => r.alreadyWritten).sort()).toEqual([false, true]);
    expect(await store.readStream('nomination-4')).toHaveLength(3);
  });

  it('refuses an event id reused with other content, in another stream or split across batches', async () => {
    const e = event('NominationSubmitted', { a: 1 });
    await store.append('nomination-5', 0, [e]);
    await expect(store.append('nomination-5', 0, [{ ...e, data: { a: 2 } }])).rejects.toBeInstanceOf(
      EventIdConflictError,
    );
    await expect(store.append('nomination-6', 0, [e])).rejects.toMatchObject({
      code: 'EVENT_STORE.EVENT_ID_CONFLICT',
      eventIds: [e.eventId],
    });
    await expect(store.append('nomination-5', 'any', [e, event('X')])).rejects.toBeInstanceOf(EventIdConflictError);
  });

  it('validates envelopes before touching the database', async () => {
    await expect(store.append('s', 0, [{ ...event('X'), eventId: 'nope' }])).rejects.toBeInstanceOf(InvalidEventError);
    await expect(store.append('s', 0, [{ ...event('X'), occurredAt: 'yesterday' }])).rejects.toThrow('occurredAt');
    await expect(store.append('s', 0, [])).rejects.toThrow('no events');
    await expect(store.append('s', -1, [event('X')])).rejects.toThrow('expected version');
  });

  it('refuses text it cannot encode (NUL, a lone surrogate) with its own error, writing nothing', async () => {
    const nul = store.append('poison-1', 0, [event('X', { reason: 'Lý do\u0000' })]);
    await expect(nul).rejects.toBeInstanceOf(UnencodableEventError);
    await expect(nul).rejects.toMatchObject({ path: 'events[0].data.reason', codePoint: 'U+0000' });
    const lone = { ...event('X'), metadata: { actor: 'a', nested: [{ ['k\ud800']: 1 }] } };
    await expect(store.append('poison-1', 0, [lone])).rejects.toMatchObject({ codePoint: 'U+D800' });
    await expect(
      t.db.transaction().execute((trx) => store.appendInTransaction(trx, 'poison-1', 0, [event('X', { a: '\udfff' })])),
    ).rejects.toBeInstanceOf(UnencodableEventError);
    expect(await store.streamVersion('poison-1')).toBe(0);
    // A well-formed pair (an emoji) and Vietnamese are stored as they are.
    await store.append('poison-1', 0, [event('X', { reason: 'Đạt 👍' })]);
    expect((await store.readStream('poison-1'))[0]?.data).toEqual({ reason: 'Đạt 👍' });
  });

  it('appends inside a caller transaction, and rolls back with it', async () => {
    await t.db.transaction().execute(async (trx) => {
      await store.appendInTransaction(trx, 'nomination-7', 0, [event('QuotaReserved')]);
    });
    await t.db
      .transaction()
      .execute(async (trx) => {
        await store.appendInTransaction(trx, 'nomination-7', 1, [event('Approved')]);
        throw new Error('quota full');
      })
      .catch(() => undefined);
    expect((await store.readStream('nomination-7')).map((e) => e.type)).toEqual(['QuotaReserved']);
  });

  it('reads a stream inside a caller transaction, its own uncommitted append included', async () => {
    await store.append('campaign-1', 0, [event('CampaignCreated')]);
    const seen = await t.db.transaction().execute(async (trx) => {
      await store.appendInTransaction(trx, 'campaign-1', 1, [event('CampaignChanged')]);
      const inside = await store.readStream('campaign-1', {}, trx);
      const outside = await store.readStream('campaign-1');
      return { inside: inside.map((e) => e.type), outside: outside.map((e) => e.type) };
    });
    expect(seen).toEqual({ inside: ['CampaignCreated', 'CampaignChanged'], outside: ['CampaignCreated'] });
    const upcasting = new EventStore(t.pool, {
      upcasters: new UpcasterRegistry().register('CampaignCreated', 1, (d) => ({ ...d, lifted: true })),
    });
    const lifted = await t.db
      .transaction()
      .execute((trx) => upcasting.readStream('campaign-1', { untilVersion: 1 }, trx));
    expect(lifted.map((e) => [e.type, e.data])).toEqual([['CampaignCreated', { lifted: true }]]);
  });

  it('refuses a stale expected version inside a caller transaction, writing nothing', async () => {
    await store.append('campaign-2', 0, [event('CampaignCreated')]);
    await store.append('campaign-2', 1, [event('CampaignChanged')]);
    const stale = t.db.transaction().execute(async (trx) => {
      await store.appendInTransaction(trx, 'campaign-2', 1, [event('CampaignChanged')]);
    });
    await expect(stale).rejects.toMatchObject({ code: 'EVENT_STORE.VERSION_CONFLICT', actual: 2 });
    expect(await store.streamVersion('campaign-2')).toBe(2);
  });

  it('refuses an append from a transaction older than the stream head, so readAll keeps stream order', async () => {
    await store.append('nomination-10', 0, [event('Submitted')]);
    let proceed!: () => void;
    let hasXid!: () => void;
    const xidTaken = new Promise<void>((resolve) => (hasXid = resolve));
    const old = t.db.transaction().execute(async (trx) => {
      await sql`select pg_current_xact_id()`.execute(trx); // e.g. a quota row written first
      hasXid();
      await new Promise<void>((resolve) => (proceed = resolve));
      return store.appendInTransaction(trx, 'nomination-10', 2, [event('Approved')]);
    });
    await xidTaken;
    await store.append('nomination-10', 1, [event('Reminded')]);
    proceed();
    await expect(old).rejects.toMatchObject({ code: 'EVENT_STORE.VERSION_CONFLICT', actual: undefined });
    // The retried transaction has a newer id and succeeds.
    const retried = await t.db
      .transaction()
      .execute((trx) => store.appendInTransaction(trx, 'nomination-10', 2, [event('Approved')]));
    expect(retried.nextExpectedVersion).toBe(3);
  });

  it('reads a stream as recorded at an instant, and upcasts on read', async () => {
    await store.append('nomination-8', 0, [{ ...event('Old'), schemaVersion: 1, data: { n: 1 } }]);
    const { rows } = await t.pool.query<{ now: Date }>('select clock_timestamp() as now');
    await store.append('nomination-8', 1, [event('Later')]);
    expect((await store.readStream('nomination-8', { asOf: rows[0]!.now })).map((e) => e.type)).toEqual(['Old']);
    const upcasting = new EventStore(t.pool, {
      upcasters: new UpcasterRegistry().register('Old', 1, (d) => ({ count: d.n })),
    });
    expect((await upcasting.readStream('nomination-8'))[0]).toMatchObject({ schemaVersion: 2, data: { count: 1 } });
  });

  it('wakes in-process listeners and LISTENing subscribers after an append', async () => {
    const seen: string[] = [];
    const off = store.onAppended((r) => seen.push(r.streamId));
    let woke!: () => void;
    const woken = new Promise<void>((resolve) => (woke = resolve));
    const sub = await store.subscribe(() => woke());
    await store.append('nomination-9', 0, [event('X')]);
    await woken;
    off();
    await sub.close();
    expect(seen).toEqual(['nomination-9']);
  });
});
