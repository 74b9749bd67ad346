import { allotmentBucketKey, parseAllotmentBucketKey, withAllotments } from './allotment';
import type { QuotaBucket } from './quota';

// Chỉ tiêu giao cho đơn vị: quotas allotted per unit (1689/QĐ-TLĐ Art. 14.3 [S3]; Art. 15, ≤ 4
// thematic Bằng khen per LĐLĐ [S4]), for any award of a campaign.
describe('allotments — a unit’s quota for any award of a campaign [S3][S4]', () => {
  const campaignId = 'c-2026';
  it('names a campaign-period unit bucket and reads it back; other buckets are not allotments', () => {
    const key = allotmentBucketKey(campaignId, 'ldld-ha-noi', 'BK_TLD');
    expect(key).toBe('BK_TLD|unit:ldld-ha-noi|campaign:c-2026');
    expect(parseAllotmentBucketKey(campaignId, key)).toEqual({ unitId: 'ldld-ha-noi', awardCode: 'BK_TLD' });
    expect(parseAllotmentBucketKey('other', key)).toBeNull();
    expect(parseAllotmentBucketKey(campaignId, 'BK_CD|unit:ldld-ha-noi|theme:GVN')).toBeNull();
    expect(parseAllotmentBucketKey(campaignId, 'BK_CD|national|campaign:c-2026')).toBeNull();
  });

  it('adds the approving units’ allotments to the rule set’s buckets, never twice for the same key', () => {
    const ruleSetBucket: QuotaBucket = {
      key: 'BK_TLD|unit:ldld-ha-noi|campaign:c-2026',
      scope: 'unit',
      awardCode: 'BK_TLD',
      unitId: 'ldld-ha-noi',
      periodKey: 'campaign:c-2026',
      limit: 5,
      labelVi: 'x',
      labelEn: 'x',
    };
    const allotments = [
      { bucketKey: 'BK_TLD|unit:ldld-ha-noi|campaign:c-2026', limit: 3 },
      { bucketKey: 'BK_TLD|unit:cd-xa-dan-phuong|campaign:c-2026', limit: 1 },
      { bucketKey: 'BK_TLD|unit:ldld-cao-bang|campaign:c-2026', limit: 7 },
    ];
    const input = { campaignId, awardCode: 'BK_TLD', approvingUnitIds: ['cd-xa-dan-phuong', 'ldld-ha-noi'] };
    const buckets = withAllotments([ruleSetBucket], allotments, input);
    expect(buckets.map((b) => [b.key, b.limit])).toEqual([
      ['BK_TLD|unit:ldld-ha-noi|campaign:c-2026', 5],
      ['BK_TLD|unit:cd-xa-dan-phuong|campaign:c-2026', 1],
    ]);
    expect(buckets[1]!.labelVi).toContain('Chỉ tiêu BK_TLD giao cho đơn vị cd-xa-dan-phuong');
    expect(withAllotments([], allotments, { ...input, approvingUnitIds: ['ldld-hai-phong'] })).toEqual([]);
  });
});
