import { seedDemoNominations } from '../scripts/lib/demo-nominations';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

/**
 * `npm start`'s demo data, created through the HTTP API as the demo users would: the newcomer must
 * see nominations in every state, a task someone holds, and a delegation, on a fresh system.
 */
describe('demo nominations (npm start)', () => {
  let sys: E2eSystem;

  beforeAll(async () => {
    sys = await startE2eSystem({ listen: true });
  }, 120_000);
  afterAll(() => sys?.close());

  it('creates nominations in every state through the API, once', async () => {
    const lines: string[] = [];
    const baseUrl = sys.baseUrl ?? '';
    const created = await seedDemoNominations(baseUrl, (l) => lines.push(l), sys.now);
    expect(created).toBeGreaterThanOrEqual(18);
    expect(await seedDemoNominations(baseUrl, () => undefined, sys.now)).toBe(0);

    const auditor = await sys.as('tld.auditor');
    const statuses = new Set<string>();
    for (let cursor: string | null = null, pages = 0; pages < 10; pages++) {
      const res: { body: { items: Array<{ status: string }>; nextCursor?: string } } = await sys.http
        .get('/api/nominations')
        .query({ limit: 100, ...(cursor ? { cursor } : {}) })
        .set(auditor)
        .expect(200);
      for (const n of res.body.items as Array<{ status: string }>) statuses.add(n.status);
      cursor = res.body.nextCursor ?? null;
      if (!cursor) break;
    }
    for (const status of [
      'AWAITING_INTAKE',
      'IN_APPRAISAL',
      'AWAITING_VOTE',
      'FORWARDED',
      'RETURNED',
      'REJECTED',
      'ON_HOLD',
      'WITHDRAWN',
      'GRANTED',
      'REVOKED',
      'CANCELLED',
    ]) {
      expect([status, statuses.has(status)]).toEqual([status, true]);
    }

    const inbox = await sys.http
      .get('/api/inbox')
      .set(await sys.as('hn.reviewer'))
      .expect(200);
    const held = (inbox.body.items as Array<{ holder?: { name?: string } | null }>).filter((t) => t.holder);
    expect(held.length).toBeGreaterThanOrEqual(1);

    const delegations = await sys.http
      .get('/api/delegations')
      .set(await sys.as('cb.reviewer'))
      .expect(200);
    expect(JSON.stringify(delegations.body)).toContain('Nghỉ phép năm');
  }, 300_000);
});
