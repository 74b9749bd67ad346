import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'kysely';
import { comparePositions, EventStore, type NewEvent, type RecordedEvent } from '@vinhdanh/event-store';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import type { Projection } from './projection';
import { Projector, PROJECTION_LOCK_CLASS, type ProjectorOptions } from './projector';

const event = (type: string): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: { n: 1 },
  occurredAt: '2026-11-22T08:00:00.000Z',
});

/** A projection that logs every application, so a double apply or a gap shows. */
function loggingProjection(name: string, beforeCommit?: (events: readonly RecordedEvent[]) => void): Projection {
  return {
    name,
    async apply(trx, events) {
      await sql`insert into applied_log (projection, event_id, stream_id, stream_version)
        select ${name}, * from unnest(${events.map((e) => e.eventId)}::uuid[], ${events.map((e) => e.streamId)}::text[],
                                       ${events.map((e) => e.streamVersion)}::int[])`.execute(trx);
      beforeCommit?.(events);
    },
    async reset(trx) {
      await sql`delete from applied_log where projection = ${name}`.execute(trx);
    },
  };
}

// Generous: the projector reads only below the cluster-wide snapshot xmin, so a long transaction in any
// other database on the shared test server (another suite, a benchmark) holds it back for a while.
async function until(condition: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('Projector', () => {
  let t: TestDatabase;
  let store: EventStore;
  const running: Projector[] = [];
  const projector = (projections: Projection[], extra: Partial<ProjectorOptions> = {}) => {
    const p = new Projector({
      pool: t.pool,
      db: t.db,
      store,
      projections,
      pollIntervalMs: 100,
      lockRetryMs: 100,
      onError: () => undefined,
      ...extra,
    });
    running.push(p);
    return p;
  };
  const log = async (name: string) =>
    (
      await sql<{ event_id: string; stream_id: string; stream_version: number }>`
      select event_id, stream_id, stream_version from applied_log where projection = ${name} order by seq`.execute(t.db)
    ).rows;
  const eventCount = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from events`.execute(t.db)).rows[0]!.n);

  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 20 });
    store = new EventStore(t.pool);
    await sql`create table applied_log (seq bigserial primary key, projection text, event_id uuid, stream_id text, stream_version int)`.execute(
      t.db,
    );
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
  });
  afterAll(() => t.destroy());

  /** Every stored event exactly once, and each stream in version order. */
  async function expectExactlyOnceInStreamOrder(name: string): Promise<void> {
    const rows = await log(name);
    if (process.env.DEBUG_DUPS) {
      const d =
        await sql`select l.seq, l.event_id, e.transaction_id::text tx, e.global_position, e.stream_id, e.stream_version from applied_log l join events e using (event_id)
        where projection = ${name} and event_id in (select event_id from applied_log where projection = ${name} group by 1 having count(*) > 1) order by event_id, seq`.execute(
          t.db,
        );
      console.log(JSON.stringify(d.rows.slice(0, 12)));
    }
    expect(rows).toHaveLength(await eventCount());
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(rows.length);
    const last = new Map<string, number>();
    for (const r of rows) {
      expect(r.stream_version).toBe((last.get(r.stream_id) ?? 0) + 1);
      last.set(r.stream_id, r.stream_version);
    }
  }

  it('sees every event of 8 concurrent writers exactly once, in stream order, late commits included', async () => {
    const p = projector([loggingProjection('concurrent')], { batchSize: 100 });
    await p.start();
    const writer = async (w: number) => {
      const versions = new Map<string, number>();
      for (let i = 0; i < 150; i++) {
        const stream = `w${w}-${i % 7}`;
        const v = versions.get(stream) ?? 0;
        versions.set(stream, (await store.append(stream, v, [event('A'), event('B')])).nextExpectedVersion);
        await store.append('hot-shared', 'any', [event('H')]);
      }
    };
    const lateWriter = async (k: number) => {
      // Takes its position early, commits after others have committed later positions.
      await t.db.transaction().execute(async (trx) => {
        await store.appendInTransaction(trx, `late-${k}`, 0, [event('LATE1'), event('LATE2')]);
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
    };
    await Promise.all([...Array.from({ length: 8 }, (_, w) => writer(w)), lateWriter(1), lateWriter(2), lateWriter(3)]);
    const total = await eventCount();
    expect(total).toBe(8 * 150 * 3 + 6);
    await until(async () => (await p.lag('concurrent')) === 0);
    await expectExactlyOnceInStreamOrder('concurrent');
    const lateSeen = (await log('concurrent')).filter((r) => r.stream_id.startsWith('late-'));
    expect(lateSeen).toHaveLength(6);
  }, 120_000);

  it('announces applied batches to waiters here and, by NOTIFY, to a standby in another connection', async () => {
    // The holder still polls each second: a read held back by another database's long transaction
    // (the snapshot-xmin rule) is retried by the poll, as in production, not by the next append.
    const holder = projector([loggingProjection('signalled')], { pollIntervalMs: 1_000 });
    await holder.start();
    await until(async () => holder.heldProjections.includes('signalled'));
    const standby = projector([loggingProjection('signalled')], { pollIntervalMs: 60_000 });
    await standby.start();
    const heardHere: string[] = [];
    const heardThere: string[] = [];
    holder.onApplied((name) => heardHere.push(name));
    standby.onApplied((name) => heardThere.push(name));
    // Both control connections LISTEN as soon as the loops start.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const result = await store.append(`signal-${randomUUID()}`, 'any', [event('A')]);
    // The standby holds no lock: only the announcement can tell it the checkpoint moved.
    expect(standby.heldProjections).toEqual([]);
    expect(await standby.waitForCheckpoint('signalled', result.lastPosition, 45_000)).toBe(true);
    await until(async () => heardHere.includes('signalled') && heardThere.includes('signalled'));
  });

  it('rolls back a batch that crashes mid-way and applies it once on resume; waitForCheckpoint sees it', async () => {
    let batches = 0;
    const crashing = loggingProjection('crashy', () => {
      batches += 1;
      if (batches === 2) throw new Error('crash between the read-model write and the checkpoint');
    });
    const p = projector([crashing], { batchSize: 50 });
    await p.start();
    const before = await p.checkpoint('crashy');
    let result = await store.append('crash-1', 0, [event('X')]);
    for (let i = 0; i < 9; i++)
      result = await store.append(
        'crash-1',
        result.nextExpectedVersion,
        Array.from({ length: 20 }, () => event('Y')),
      );
    expect(await p.waitForCheckpoint('crashy', result.lastPosition, 10_000)).toBe(true);
    expect(batches).toBeGreaterThan(2);
    await expectExactlyOnceInStreamOrder('crashy');
    await p.stop();

    // A new instance resumes from the checkpoint and does not re-apply anything.
    const resumed = projector([loggingProjection('crashy')]);
    await resumed.start();
    const more = await store.append('crash-2', 0, [event('Z')]);
    expect(await resumed.waitForCheckpoint('crashy', more.lastPosition, 10_000)).toBe(true);
    await expectExactlyOnceInStreamOrder('crashy');
    expect(before).toBeNull();
    expect(await resumed.waitForCheckpoint('crashy', { transactionId: '999999999', globalPosition: '1' }, 50)).toBe(
      false,
    );
  });

  it('runs each projection in one instance at a time and hands over on stop or a lost connection', async () => {
    const a = projector([loggingProjection('shared')]);
    const b = projector([loggingProjection('shared')]);
    await Promise.all([a.start(), b.start()]);
    const holders = () => a.heldProjections.length + b.heldProjections.length;
    await until(async () => holders() === 1);
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; i < 20; i++) await store.append(`shared-${w}`, i, [event('S')]);
      }),
    );
    const holder = a.heldProjections.length ? a : b;
    const standby = holder === a ? b : a;
    await until(async () => (await holder.lag('shared')) === 0);
    expect(standby.heldProjections).toEqual([]);

    // A clean stop hands over to the standby.
    await holder.stop();
    await until(async () => standby.heldProjections.length === 1);
    const afterStop = await store.append('shared-stop', 0, [event('S')]);
    expect(await standby.waitForCheckpoint('shared', afterStop.lastPosition, 10_000)).toBe(true);

    // Killing the lock connection releases the lock; the instance reconnects and takes it back.
    await sql`select pg_terminate_backend(pid) from pg_locks
      where locktype = 'advisory' and classid = ${PROJECTION_LOCK_CLASS} and granted and pid <> pg_backend_pid()
        and database = (select oid from pg_database where datname = current_database())`.execute(t.db);
    await until(async () => standby.heldProjections.length === 0);
    await until(async () => standby.heldProjections.length === 1);
    const afterKill = await store.append('shared-kill', 0, [event('K')]);
    expect(await standby.waitForCheckpoint('shared', afterKill.lastPosition, 10_000)).toBe(true);
    await expectExactlyOnceInStreamOrder('shared');
  });

  it('takes over when the holding process is killed with SIGKILL', async () => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, '__fixtures__/projector-child.ts'), t.url, 'killed'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve());
        child.on('exit', (code) => reject(new Error(`child exited with ${code}`)));
      });
      const standby = projector([loggingProjection('killed')]);
      await standby.start();
      const before = await store.append('killed-1', 0, [event('A')]);
      await until(async () => comparePositions(await standby.checkpoint('killed'), before.lastPosition) >= 0);
      expect(standby.heldProjections).toEqual([]);
      child.kill('SIGKILL');
      await until(async () => standby.heldProjections.length === 1);
      const after = await store.append('killed-1', 1, [event('B')]);
      expect(await standby.waitForCheckpoint('killed', after.lastPosition, 10_000)).toBe(true);
      await expectExactlyOnceInStreamOrder('killed');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
