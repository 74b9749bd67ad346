import { randomUUID } from 'node:crypto';
import { decideUpdate, getNominationStateQuery, type DecideArgs } from '@vinhdanh/contracts';
import { listQuotaUsage, quotaSlotsOf, setQuotaOverride } from '@vinhdanh/db';
import { ruleSet2024SignOff, sampleRoute, sampleSubmitNomination, type OrgLevel } from '@vinhdanh/domain';
import { reviewer, startHarness, type Harness, type Started } from './nomination.harness.spec';

const approve = (level: number, extra: Partial<DecideArgs> = {}): DecideArgs => ({
  actor: reviewer(level),
  decision: 'approve',
  level: level as OrgLevel,
  unitId: sampleRoute[level - 1].unitId,
  ...(level === 4 ? { decisionNumber: '88/QĐ-TLĐ' } : {}),
  ...extra,
});
const province = sampleRoute[2].unitId;

describe('quota slots are reserved in the append transaction and never over-allocated (real dev server and PostgreSQL)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ poolSize: 20 });
    const rs = ruleSet2024SignOff;
    await h.database.db
      .insertInto('rule_sets')
      .values({
        version: rs.version,
        effective_from: rs.effectiveFrom,
        effective_to: rs.effectiveTo ?? null,
        body: JSON.stringify(rs),
      })
      .execute();
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** A thematic campaign offering BK_CD (rule set: ≤ 4 per province-level unit per theme, ≤ 300 nationally). */
  async function thematicCampaign(): Promise<{ id: string; bucketKey: string }> {
    const code = `CD-${randomUUID().slice(0, 8)}`;
    const { id } = await h.database.db
      .insertInto('campaigns')
      .values({
        code,
        name: 'Chuyên đề "Đổi mới sáng tạo" 2026',
        kind: 'thematic',
        rule_set_version: ruleSet2024SignOff.version,
        award_codes: ['BK_CD'],
        opens_on: '2026-01-01',
        closes_on: '2026-12-31',
        cutoffs: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, bucketKey: `BK_CD|unit:${province}|theme:${code}` };
  }

  /** `count` BK_CD nominations of the campaign, each approved at levels 1 and 2: all waiting at the province. */
  async function waitingAtProvince(campaignId: string, count: number): Promise<Started[]> {
    return Promise.all(
      Array.from({ length: count }, async () => {
        const n = await h.start((id) =>
          sampleSubmitNomination({
            nominationId: id,
            now: new Date().toISOString(),
            awardCode: 'BK_CD',
            campaignId,
            ruleSetVersion: ruleSet2024SignOff.version,
          }),
        );
        for (const level of [1, 2]) await n.handle.executeUpdate(decideUpdate, { args: [approve(level)] });
        return n;
      }),
    );
  }

  it('20 approvals at once against a quota of 5: exactly 5 pass, 15 are refused naming the quota; a rejection upstream frees a slot', async () => {
    const campaign = await thematicCampaign();
    // The administrators' override (5) wins over the rule set's 4.
    await setQuotaOverride(h.database.db, {
      campaignId: campaign.id,
      bucketKey: campaign.bucketKey,
      limit: 5,
      reason: 'Tỉnh có nhiều điển hình trong chuyên đề.',
      changedBy: 'u-admin',
    });
    const nominations = await waitingAtProvince(campaign.id, 20);
    const results = await Promise.allSettled(
      nominations.map((n) => n.handle.executeUpdate(decideUpdate, { args: [approve(3)] })),
    );
    const passed = nominations.filter((_, i) => results[i]?.status === 'fulfilled');
    const refused = nominations.filter((_, i) => results[i]?.status === 'rejected');
    expect(passed).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) {
      expect(r.reason).toMatchObject({
        cause: {
          type: 'QUOTA.EXCEEDED',
          message: expect.stringContaining(`limit 5, used 5`),
          details: [{ details: { quotaKey: campaign.bucketKey, limit: 5, used: 5 } }],
        },
      });
    }
    expect(await listQuotaUsage(h.database.db, [campaign.bucketKey])).toEqual([
      { bucketKey: campaign.bucketKey, limit: 5, used: 5 },
    ]);
    // Nothing of a refused approval was written: still waiting at the province, no slot held.
    const loser = refused[0] as Started;
    expect((await h.types(loser.id)).filter((t) => t === 'NominationForwarded')).toHaveLength(2);
    expect(await quotaSlotsOf(h.database.db, loser.id)).toEqual([]);
    const { state } = await loser.handle.query(getNominationStateQuery);
    expect(state.status !== 'DRAFT' && state.openTask).toMatchObject({ level: 3 });

    // The Tổng LĐLĐ rejects one: its province slot is released in the rejection's transaction…
    const winner = passed[0] as Started;
    await winner.handle.executeUpdate(decideUpdate, {
      args: [approve(4, { decision: 'reject', reason: 'Thành tích chưa tiêu biểu trong chuyên đề.' })],
    });
    expect(await quotaSlotsOf(h.database.db, winner.id)).toEqual([]);
    expect((await listQuotaUsage(h.database.db, [campaign.bucketKey]))[0]?.used).toBe(4);
    // …and a refused one, approved again, takes it; the next is refused again.
    await expect(loser.handle.executeUpdate(decideUpdate, { args: [approve(3)] })).resolves.toMatchObject({
      status: 'FORWARDED',
    });
    await expect(
      (refused[1] as Started).handle.executeUpdate(decideUpdate, { args: [approve(3)] }),
    ).rejects.toMatchObject({ cause: { type: 'QUOTA.EXCEEDED' } });
    expect((await listQuotaUsage(h.database.db, [campaign.bucketKey]))[0]?.used).toBe(5);
  });

  it("without an override the rule set's limit applies (BK_CD: 4 per province-level unit)", async () => {
    const campaign = await thematicCampaign();
    const nominations = await waitingAtProvince(campaign.id, 5);
    const results = await Promise.allSettled(
      nominations.map((n) => n.handle.executeUpdate(decideUpdate, { args: [approve(3)] })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    expect(await listQuotaUsage(h.database.db, [campaign.bucketKey])).toEqual([
      { bucketKey: campaign.bucketKey, limit: 4, used: 4 },
    ]);
  });
});
