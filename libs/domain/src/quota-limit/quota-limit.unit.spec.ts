import { foldEvents } from '../shared/aggregate';
import { quotaLimitAggregate as quotas, type SetQuotaLimit } from './quota-limit.decider';
import { QuotaLimitEvent } from './quota-limit.events';

const set = (limit: number, reason: string, changedBy = 'cb.admin (Hà Thị Mai)'): SetQuotaLimit => ({
  type: 'SetQuotaLimit',
  now: '2026-06-15T03:00:00Z',
  campaignId: 'c-1',
  bucketKey: 'BK_CD|unit:ldld-cao-bang|theme:GVN',
  limit,
  reason,
  changedBy,
  counterLimit: 4,
});

describe('quota-limit aggregate', () => {
  it('records the limit before (the counter, then the previous override) and who set it', () => {
    const first = quotas.decide(set(6, 'Bổ sung.'), quotas.initialState);
    expect(first[0]?.data).toMatchObject({ previousLimit: 4, previousOverride: null, limit: 6 });
    const state = foldEvents(quotas, first);
    const second = quotas.decide(set(3, 'Điều chỉnh.', 'sysadmin (Lê Minh Tuấn)'), state);
    expect(second[0]?.data).toMatchObject({
      previousLimit: 6,
      previousOverride: { limit: 6, reason: 'Bổ sung.', changedBy: 'cb.admin (Hà Thị Mai)' },
      changedBy: 'sysadmin (Lê Minh Tuấn)',
    });
    expect([...first, ...second].map((e) => QuotaLimitEvent.parse(e))).toEqual([...first, ...second]);
  });

  it('records nothing for the same limit and reason again, but a new reason is a change', () => {
    const state = foldEvents(quotas, quotas.decide(set(6, 'Bổ sung.'), quotas.initialState));
    expect(quotas.decide(set(6, 'Bổ sung.'), state)).toEqual([]);
    expect(quotas.decide(set(6, 'Theo công văn mới.'), state)).toHaveLength(1);
  });

  it('starts from the overrides recorded from the table', () => {
    const state = foldEvents(quotas, [
      {
        type: 'QuotaLimitsRecorded',
        data: {
          campaignId: 'c-1',
          overrides: [{ bucketKey: set(0, '').bucketKey, limit: 9, reason: 'Cũ.', changedBy: 'seed' }],
        },
      },
    ]);
    expect(quotas.decide(set(9, 'Cũ.'), state)).toEqual([]);
    expect(quotas.decide(set(2, 'Giảm.'), state)[0]?.data).toMatchObject({ previousLimit: 9 });
  });
});
