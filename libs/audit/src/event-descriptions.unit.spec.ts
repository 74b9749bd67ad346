import { decide, evolve, initialState, sampleSubmitNomination, type NominationEvent } from '@vinhdanh/domain';
import type { AggregateEvent } from './aggregate-streams';
import { describeAggregateEvent, describeEvent } from './event-descriptions';
import { describeAggregateEventEn, describeEventEn } from './event-descriptions-en';

describe('event descriptions in Vietnamese and English', () => {
  // Submitted, then returned from level 1 with a reason: the lines an auditor reads in either language.
  const events: NominationEvent[] = [];
  let state = initialState();
  for (const command of [
    sampleSubmitNomination({ nominationId: 'n-1' }),
    {
      type: 'DecideNomination' as const,
      nominationId: 'n-1',
      actor: { userId: 'u-1', name: 'Chủ tịch', unitId: 'cdcs-thcs-tan-hoi' },
      now: '2026-03-03T09:00:00Z',
      decision: 'return' as const,
      reason: 'Thiếu biên bản họp.',
      level: 1 as const,
      unitId: 'cdcs-thcs-tan-hoi',
    },
  ]) {
    const produced = decide(command, state);
    for (const e of produced) state = evolve(state, e);
    events.push(...produced);
  }

  it('says the same facts in both languages', () => {
    const lines = events.map((e) => [e.type, describeEvent(e), describeEventEn(e)]);
    expect(lines).toEqual(
      expect.arrayContaining([
        [
          'NominationSubmitted',
          'Gửi đề nghị BK_TLD của đơn vị cdcs-thcs-tan-hoi, đợt campaign-2026-annual',
          'BK_TLD nominated by unit cdcs-thcs-tan-hoi, campaign campaign-2026-annual',
        ],
        [
          'NominationReviewOpened',
          'Mở xét duyệt lần 1 tại cấp 1 (cdcs-thcs-tan-hoi)',
          'Review 1 opened at level 1 (cdcs-thcs-tan-hoi)',
        ],
      ]),
    );
    const returned = lines.find(([type]) => type === 'NominationReturned');
    expect(returned?.[2]).toMatch(/^Returned from level 1 \(cdcs-thcs-tan-hoi\) to .+: Thiếu biên bản họp\.$/);
  });

  it('never leaves Vietnamese words in the English line of these events', () => {
    for (const e of events) expect(describeEventEn(e)).not.toMatch(/cấp|Gửi|Trả lại|Mở xét/);
  });
});

describe('descriptions of the other aggregates’ events', () => {
  const terms = {
    campaignId: 'c-1',
    code: 'LDG-2027',
    name: 'Lao động giỏi 2027',
    kind: 'annual' as const,
    ruleSetVersion: '2024.2',
    awardCodes: ['GK'],
    opensOn: '2027-01-01',
    closesOn: '2027-12-31',
    cutoffs: {},
  };
  const day = {
    date: '2026-09-02',
    kind: 'holiday' as const,
    nameVi: 'Quốc khánh',
    nameEn: 'National Day',
    note: null,
  };
  // One of each type: the maps are exhaustive at compile time, this checks what they say.
  const samples: AggregateEvent[] = [
    { type: 'CampaignCreated', data: terms },
    { type: 'CampaignChanged', data: { ...terms, changedFields: ['closesOn', 'awardCodes'] } },
    { type: 'CampaignRecorded', data: terms },
    { type: 'WorkingCalendarDaySet', data: { ...day, previousKind: 'compensatory' } },
    { type: 'WorkingCalendarDayCleared', data: { date: day.date, previousKind: 'holiday' } },
    { type: 'WorkingCalendarRecorded', data: { year: 2026, days: [day] } },
    {
      type: 'QuotaLimitChanged',
      data: {
        campaignId: 'c-1',
        bucketKey: 'BK_TLD|national|year:2026',
        limit: 6,
        reason: 'Bổ sung.',
        previousLimit: 4,
        previousOverride: null,
        changedBy: 'sysadmin (Lê Minh Tuấn)',
      },
    },
    { type: 'QuotaLimitsRecorded', data: { campaignId: 'c-1', overrides: [] } },
    {
      type: 'DelegationGranted',
      data: {
        delegationId: 'd-1',
        delegatorId: 'u-1',
        delegateId: 'u-2',
        delegateName: 'Trần Văn B',
        unitId: 'ldld-cao-bang',
        roles: ['chair'],
        startsAt: '2026-06-15T03:00:00.000Z',
        endsAt: '2026-06-30T10:00:00.000Z',
        reason: 'Đi công tác',
      },
    },
    { type: 'DelegationRevoked', data: { delegationId: 'd-1', revokedAt: '2026-06-20T17:30:00.000Z' } },
    {
      type: 'RelativeDeclared',
      data: { declarationId: 'r-1', personKey: 'k', fullName: 'Nguyễn Thị Lan', relation: 'vợ' },
    },
  ];

  it('says each in Vietnamese with dd/mm/yyyy dates in Vietnam time, and in English', () => {
    const lines = Object.fromEntries(
      samples.map((e) => [e.type, [describeAggregateEvent(e), describeAggregateEventEn(e)]]),
    );
    expect(lines['CampaignChanged']).toEqual([
      'Sửa đợt thi đua "Lao động giỏi 2027": ngày kết thúc, hình thức khen thưởng; nay từ 01/01/2027 đến 31/12/2027',
      'Campaign "Lao động giỏi 2027" changed: closing date, awards; now from 01/01/2027 to 31/12/2027',
    ]);
    expect(lines['WorkingCalendarDaySet']?.[0]).toBe(
      'Đặt ngày 02/09/2026 là ngày nghỉ lễ "Quốc khánh" (trước là ngày nghỉ bù)',
    );
    // 17:30 UTC is 00:30 the next day in Hà Nội.
    expect(lines['DelegationRevoked']?.[0]).toBe('Thu hồi ủy quyền lúc 21/06/2026 00:30');
    // The quota's period in words; the award and scope are named by the API on the way out.
    expect(lines['QuotaLimitChanged']?.[0]).toMatch(/^Đặt chỉ tiêu BK_TLD toàn quốc, năm 2026 là /);
    for (const e of samples) {
      expect(describeAggregateEvent(e)).not.toMatch(/undefined|\[object/);
      expect(describeAggregateEventEn(e)).not.toMatch(/undefined|\[object|Đặt|Sửa|Ghi nhận|Thu hồi|Kê khai/);
    }
  });
});
