import { decide, evolve, initialState, sampleSubmitNomination, type NominationEvent } from '@vinhdanh/domain';
import { describeEvent } from './event-descriptions';
import { describeEventEn } from './event-descriptions-en';

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
