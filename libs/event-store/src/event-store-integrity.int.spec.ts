import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { EventStore } from './event-store';

const event = (type: string, data: Record<string, unknown> = {}) => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: { actor: 'user-1' },
  occurredAt: '2026-11-22T08:00:00.000Z',
});

describe('EventStore integrity', () => {
  let t: TestDatabase;
  let store: EventStore;
  beforeEach(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.pool);
    await store.append('nomination-a', 0, [
      event('Submitted', { votes: 3 }),
      event('Approved', { level: 1 }),
      event('Granted'),
    ]);
    await store.append('nomination-b', 0, [event('Submitted', { note: 'ổn' })]);
  });
  afterEach(() => t.destroy());

  /** Alters a stored row as superuser, the way an attacker with table ownership could. */
  async function tamper(statement: string): Promise<void> {
    await t.pool.query('alter table events disable trigger events_append_only');
    try {
      await t.pool.query(statement);
    } finally {
      await t.pool.query('alter table events enable trigger events_append_only');
    }
  }

  it('refuses UPDATE, DELETE and TRUNCATE, naming the rule', async () => {
    for (const statement of ["update events set data = '{}'", 'delete from events', 'truncate events']) {
      await expect(t.pool.query(statement)).rejects.toMatchObject({
        code: 'ES403',
        message: expect.stringContaining('events are append-only (rule events_append_only)'),
      });
    }
    expect(await store.readStream('nomination-a')).toHaveLength(3);
  });

  it('verifies intact chains', async () => {
    const progress: number[] = [];
    expect(await store.verifyAll({ pageSize: 2, onProgress: (n) => progress.push(n) })).toEqual({
      ok: true,
      eventsChecked: 4,
    });
    expect(progress.at(-1)).toBe(4);
    expect(await store.verifyStream('nomination-a')).toEqual({ ok: true, eventsChecked: 3 });
  });

  it('names the event whose content was altered', async () => {
    const [, approved] = await store.readStream('nomination-a');
    await tamper(`update events set data = '{"level": 2}' where stream_id = 'nomination-a' and stream_version = 2`);
    const result = await store.verifyStream('nomination-a');
    expect(result).toMatchObject({
      ok: false,
      eventsChecked: 1,
      brokenLink: {
        streamId: 'nomination-a',
        streamVersion: 2,
        eventId: approved!.eventId,
        problem: 'hash',
        stored: approved!.hash,
      },
    });
    expect(result.brokenLink!.expected).not.toBe(approved!.hash);
    expect((await store.verifyAll()).brokenLink).toMatchObject({ streamId: 'nomination-a', streamVersion: 2 });
    expect(await store.verifyStream('nomination-b')).toMatchObject({ ok: true });
  });

  it('catches a rewritten hash, a metadata edit and a deleted event', async () => {
    await tamper(`update events set metadata = '{"actor":"someone-else"}' where stream_id = 'nomination-b'`);
    expect((await store.verifyStream('nomination-b')).brokenLink).toMatchObject({ streamVersion: 1, problem: 'hash' });

    // Recomputing the altered event's own hash still breaks the next link.
    await tamper(
      `update events set data = '{"votes": 9}', hash = sha256('forged') where stream_id = 'nomination-a' and stream_version = 1`,
    );
    expect((await store.verifyStream('nomination-a')).brokenLink).toMatchObject({ streamVersion: 1, problem: 'hash' });

    await tamper(`delete from events where stream_id = 'nomination-a' and stream_version = 2`);
    expect((await store.verifyAll()).brokenLink).toMatchObject({ streamId: 'nomination-a', streamVersion: 1 });
  });

  it('catches a deleted middle event when the rest is intact', async () => {
    await tamper(`delete from events where stream_id = 'nomination-a' and stream_version = 2`);
    expect((await store.verifyStream('nomination-a')).brokenLink).toMatchObject({
      streamVersion: 3,
      problem: 'version_gap',
      expected: '2',
      stored: '3',
    });
  });
});
