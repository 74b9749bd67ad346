import { nominationStreamId } from '@vinhdanh/contracts';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, DEMO_CONTENT, type ApiTestContext } from '../../apps/api/src/testing/api-test-context';
import { seedDemoReportHistory } from './demo-report-history';

// Huyện Hòa An's finished 2025 round: history stored in its own 2025 campaign, under the pin that
// campaign had when it opened (2024.1), never in a 2026 campaign.
describe('demo 2025 history (npm start)', () => {
  let t: ApiTestContext;
  beforeAll(async () => {
    t = await createApiTestContext({ content: DEMO_CONTENT, clock: () => new Date('2026-12-01T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('writes the 2025 nominations into the 2025 campaign, pinned as it was', async () => {
    expect(await seedDemoReportHistory(t.database.url, () => undefined)).toBe(6);
    const campaign = await t.db
      .selectFrom('campaigns')
      .select(['rule_set_version', 'opens_on'])
      .where('id', '=', demoCampaignIds.annual2025)
      .executeTakeFirstOrThrow();
    expect(campaign.rule_set_version).toBe('2024.1');
    const rows = await t.db
      .selectFrom('events')
      .select(['stream_id', 'data', 'metadata', 'occurred_at'])
      .where('type', '=', 'NominationSubmitted')
      .execute();
    const submissions = rows.filter(
      (r) => (r.data as { campaignId: string }).campaignId === demoCampaignIds.annual2025,
    );
    expect(submissions).toHaveLength(6);
    for (const s of submissions) {
      expect(JSON.stringify(s.metadata)).toContain('"ruleSetVersion":"2024.1"');
      expect(new Date(s.occurred_at).getUTCFullYear()).toBe(2025);
      expect(s.stream_id.startsWith(nominationStreamId('x').slice(0, -1))).toBe(true);
    }
    expect(rows.some((r) => (r.data as { campaignId: string }).campaignId === demoCampaignIds.annual2026)).toBe(false);
  });
});
