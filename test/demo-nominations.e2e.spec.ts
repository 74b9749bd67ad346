import { nominationStreamId } from '@vinhdanh/contracts';
import { demoCampaignIds } from '@vinhdanh/seed';
import { seedDemoNominations } from '../scripts/lib/demo-nominations';
import { seedDemoReorganisation } from '../scripts/lib/demo-reorganisation';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

interface Submitted {
  awardCode: string;
  campaignId: string;
  route: Array<{ level: number; unitId: string; steps?: string[] }>;
  disclosure?: { workingDays: number };
}

/**
 * `npm start`'s demo data, created through the HTTP API as the demo users would: the newcomer must
 * see nominations in every state, a task someone holds, and a delegation, on a fresh system.
 */
describe('demo nominations (npm start)', () => {
  let sys: E2eSystem;

  beforeAll(async () => {
    sys = await startE2eSystem({ listen: true, demo: true });
  }, 120_000);
  afterAll(() => sys?.close());

  it('creates nominations in every state through the API, once', async () => {
    const lines: string[] = [];
    const baseUrl = sys.baseUrl ?? '';
    // As `npm start` does: the 2025 reorganisation is recorded first, then the nominations.
    expect(await seedDemoReorganisation(baseUrl, (l) => lines.push(l))).toBeGreaterThan(0);
    const created = await seedDemoNominations(baseUrl, (l) => lines.push(l), sys.now);
    expect(created).toBeGreaterThanOrEqual(18);
    expect(await seedDemoNominations(baseUrl, () => undefined, sys.now)).toBe(0);

    const auditor = await sys.as('tld.auditor');
    const statuses = new Set<string>();
    const ids: string[] = [];
    for (let cursor: string | null = null, pages = 0; pages < 10; pages++) {
      const res: { body: { items: Array<{ id: string; status: string }>; nextCursor?: string } } = await sys.http
        .get('/api/nominations')
        .query({ limit: 100, ...(cursor ? { cursor } : {}) })
        .set(auditor)
        .expect(200);
      for (const n of res.body.items) {
        statuses.add(n.status);
        ids.push(n.id);
      }
      cursor = res.body.nextCursor ?? null;
      if (!cursor) break;
    }
    for (const status of [
      'AWAITING_INTAKE',
      'IN_APPRAISAL',
      'AWAITING_VOTE',
      'AWAITING_SIGNATURE',
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

    // No route runs through a unit that was gone on the day the nomination was submitted.
    const units = new Map<string, string | null>();
    const submissions: Submitted[] = [];
    for (const id of ids) {
      const first = (await sys.store.readStream(nominationStreamId(id))).find((e) => e.type === 'NominationSubmitted');
      if (!first) continue;
      const submitted = first.data as unknown as Submitted;
      submissions.push(submitted);
      const day = first.occurredAt.slice(0, 10);
      for (const step of submitted.route) {
        if (!units.has(step.unitId)) {
          const unit = await sys.http.get(`/api/admin/units/${step.unitId}`).set(await sys.as('sysadmin'));
          units.set(step.unitId, (unit.body as { dissolvedOn: string | null }).dissolvedOn);
        }
        const dissolvedOn = units.get(step.unitId) ?? null;
        expect([step.unitId, dissolvedOn === null || dissolvedOn > day]).toEqual([step.unitId, true]);
      }
    }
    const unitIds = [...units.keys()];
    expect(unitIds).toEqual(expect.arrayContaining(['cd-xa-dan-phuong', 'cd-xa-chau-thanh-a', 'ldld-can-tho']));
    for (const gone of ['ldld-dan-phuong', 'ldld-chau-thanh-a', 'ldld-hau-giang']) expect(unitIds).not.toContain(gone);

    // The annual round (2025.1): every nomination posted publicly for five working days (Law 06/2022
    // Art. 84(5)); the council vote for Chiến sĩ thi đua at Tổng LĐLĐ (NĐ 98/2023 Art. 30(7)), none
    // for a Bằng khen.
    const annual = submissions.filter((n) => n.campaignId === demoCampaignIds.annual2026);
    expect(annual.length).toBeGreaterThanOrEqual(8);
    for (const n of annual) expect(n.disclosure).toEqual({ workingDays: 5 });
    const cstd = annual.find((n) => n.awardCode === 'CSTD_TLD');
    expect(cstd?.route.find((r) => r.level === 4)?.steps).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
    const flag = annual.find((n) => n.awardCode === 'CO_TINH');
    expect(flag?.route.find((r) => r.level === 3)?.steps).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
    const bkTld = annual.find((n) => n.awardCode === 'BK_TLD');
    expect(bkTld?.route.flatMap((r) => r.steps ?? [])).not.toContain('vote');
    const campaigns = await sys.database.db.selectFrom('campaigns').select(['id', 'rule_set_version']).execute();
    expect(campaigns.find((c) => c.id === demoCampaignIds.annual2026)?.rule_set_version).toBe('2025.1');

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
