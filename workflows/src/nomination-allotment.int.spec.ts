import { decideUpdate, type DecideArgs } from '@vinhdanh/contracts';
import { listQuotaUsage, quotaSlotsOf, setQuotaOverride } from '@vinhdanh/db';
import { allotmentBucketKey, ruleSet2024SignOff, sampleRoute, sampleSubmitNomination } from '@vinhdanh/domain';
import type { OrgLevel } from '@vinhdanh/domain';
import { reviewer, startHarness, type Harness } from './nomination.harness.spec';

// Chỉ tiêu giao cho đơn vị: the union allots quotas per unit (1689/QĐ-TLĐ Art. 14.3, the number of
// Bằng khen TLĐ per LĐLĐ tỉnh [S3]; Art. 15, ≤ 4 thematic Bằng khen per LĐLĐ [S4]). An allotment
// works for any award — here BK_TLD, for which rule set 2024.1 defines no quota at all.
const approve = (level: number): DecideArgs => ({
  actor: reviewer(level),
  decision: 'approve',
  level: level as OrgLevel,
  unitId: sampleRoute[level - 1].unitId,
});
const province = sampleRoute[2].unitId;

describe('a unit’s allotment for an award without a rule-set quota [S3][S4]', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
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

  it('the province forwards as many BK_TLD as allotted; the next approval is refused naming the allotment; a rejection frees the slot', async () => {
    expect(ruleSet2024SignOff.awards.find((a) => a.code === 'BK_TLD')?.quotas).toBeUndefined();
    const { id: campaignId } = await h.database.db
      .insertInto('campaigns')
      .values({
        code: 'TK-2026-ALLOT',
        name: 'Tổng kết năm 2026',
        kind: 'annual',
        rule_set_version: ruleSet2024SignOff.version,
        award_codes: ['BK_TLD'],
        opens_on: '2026-01-01',
        closes_on: '2026-12-31',
        cutoffs: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const key = allotmentBucketKey(campaignId, province, 'BK_TLD');
    await setQuotaOverride(h.database.db, {
      campaignId,
      bucketKey: key,
      limit: 1,
      reason: 'Chỉ tiêu Bằng khen TLĐ năm 2026 giao cho LĐLĐ Thành phố Hà Nội.',
      changedBy: 'sysadmin (Lê Minh Tuấn)',
    });
    const waiting = await Promise.all(
      [0, 1].map(async () => {
        const n = await h.start((id) =>
          sampleSubmitNomination({
            nominationId: id,
            now: new Date().toISOString(),
            campaignId,
            ruleSetVersion: ruleSet2024SignOff.version,
          }),
        );
        for (const level of [1, 2]) await n.handle.executeUpdate(decideUpdate, { args: [approve(level)] });
        return n;
      }),
    );
    // Levels 1 and 2 have no allotment: nothing was counted for them.
    expect(await listQuotaUsage(h.database.db, [key])).toEqual([]);
    const [first, second] = waiting as [(typeof waiting)[0], (typeof waiting)[0]];
    await first.handle.executeUpdate(decideUpdate, { args: [approve(3)] });
    expect(await quotaSlotsOf(h.database.db, first.id)).toEqual([key]);
    await expect(second.handle.executeUpdate(decideUpdate, { args: [approve(3)] })).rejects.toMatchObject({
      cause: { type: 'QUOTA.EXCEEDED' },
    });
    expect(await listQuotaUsage(h.database.db, [key])).toEqual([expect.objectContaining({ used: 1, limit: 1 })]);
    // The TLĐ rejects the first: its slot goes back, and the province may forward the second.
    await first.handle.executeUpdate(decideUpdate, {
      args: [{ ...approve(4), decision: 'reject', reason: 'Chưa đủ tiêu chuẩn Bằng khen.' }],
    });
    await second.handle.executeUpdate(decideUpdate, { args: [approve(3)] });
    expect(await quotaSlotsOf(h.database.db, second.id)).toEqual([key]);
  });
});
