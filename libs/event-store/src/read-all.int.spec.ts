import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { EventStore } from './event-store';
import { READ_ALL_SQL } from './event-store.sql';
import type { EventPosition, RecordedEvent } from './event.types';
import { comparePositions } from './positions';

const event = (type: string) => ({ eventId: randomUUID(), type, data: {}, occurredAt: '2026-11-22T08:00:00.000Z' });

describe('EventStore.readAll', () => {
  let t: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.pool);
  });
  afterAll(() => t.destroy());

  async function drain(
    after: EventPosition | null,
  ): Promise<{ events: RecordedEvent[]; checkpoint: EventPosition | null }> {
    const events: RecordedEvent[] = [];
    let checkpoint = after;
    for (;;) {
      const page = await store.readAll(checkpoint, 2);
      if (page.length === 0) return { events, checkpoint };
      events.push(...page);
      checkpoint = page[page.length - 1]!;
    }
  }

  /** Drains until `count` events arrived: another test's open transaction may briefly hold xmin back. */
  async function drainUntil(
    after: EventPosition | null,
    count: number,
  ): Promise<{ events: RecordedEvent[]; checkpoint: EventPosition | null }> {
    const deadline = Date.now() + 10_000;
    const events: RecordedEvent[] = [];
    let checkpoint: EventPosition | null = after;
    while (events.length < count && Date.now() < deadline) {
      const page = await drain(checkpoint);
      events.push(...page.events);
      checkpoint = page.checkpoint;
      if (events.length < count) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { events, checkpoint };
  }

  it('holds back events after a transaction still open, then delivers the late commit in order', async () => {
    await store.append('s-1', 0, [event('A1')]);
    let commitLate!: () => void;
    let appended!: () => void;
    const lateAppended = new Promise<void>((resolve) => (appended = resolve));
    const lateWriter = t.db.transaction().execute(async (trx) => {
      // The late writer takes its transaction id and a lower global position first...
      await store.appendInTransaction(trx, 's-late', 0, [event('LATE')]);
      appended();
      await new Promise<void>((resolve) => (commitLate = resolve));
    });
    await lateAppended;
    // ...then others commit positions after it.
    await store.append('s-2', 0, [event('B1'), event('B2')]);
    await store.append('s-1', 1, [event('A2')]);
    const before = await drain(null);
    // Transactions elsewhere on the server can hold back A1 too (xmin is cluster-wide), never release B*/A2.
    expect(['A1', '']).toContain(before.events.map((e) => e.type).join());
    commitLate();
    await lateWriter;
    const { rows } = await t.pool.query<{ n: string }>('select count(*) as n from events');
    expect(rows[0]!.n).toBe('5');
    const all = await drainUntil(null, 5);
    expect(all.events.map((e) => e.type)).toEqual(['A1', 'LATE', 'B1', 'B2', 'A2']);
    const after = { events: all.events.slice(1), checkpoint: all.checkpoint };
    const first = all.events.slice(0, 1);
    expect(BigInt(after.events[0]!.globalPosition)).toBeLessThan(BigInt(after.events[1]!.globalPosition));
    for (let i = 1; i < after.events.length; i++)
      expect(comparePositions(after.events[i - 1]!, after.events[i]!)).toBe(-1);
    expect(await store.countAfter(first[0]!)).toBe(4);
    expect(await store.countAfter(after.checkpoint)).toBe(0);
  });

  it('walks the (transaction_id, global_position) index in xid8 order, never a sort of some other key', async () => {
    const client = await t.pool.connect();
    try {
      // With sorting priced out, a Sort node would remain only if the index could not give the order.
      await client.query('set enable_sort = off');
      const { rows } = await client.query(`explain (format json) ${READ_ALL_SQL}`, ['0', '0', 100]);
      const plan = JSON.stringify(rows[0]);
      expect(plan).toContain('events_transaction_order_idx');
      expect(plan).not.toContain('"Node Type":"Sort"');
    } finally {
      await client.query('reset enable_sort');
      client.release();
    }
  });
});
