import { foldEvents } from '../shared/aggregate';
import { CampaignError } from './campaign.errors';
import { campaignAggregate, type CreateCampaign, type PinnedRuleSet } from './campaign.decider';
import { CampaignEvent } from './campaign.events';

const ruleSet: PinnedRuleSet = {
  version: '2024.2',
  effectiveFrom: '2026-03-01',
  effectiveTo: '2028-01-01',
  awardCodes: ['GK', 'BK_TLD'],
};
const create: CreateCampaign = {
  type: 'CreateCampaign',
  now: '2026-06-15T03:00:00Z',
  campaignId: 'c-1',
  code: 'LDG-2027',
  ruleSet,
  terms: {
    name: 'Lao động giỏi 2027',
    kind: 'annual',
    ruleSetVersion: '2024.2',
    awardCodes: ['GK'],
    opensOn: '2027-01-01',
    closesOn: '2027-12-31',
    cutoffs: { '1': '2027-10-31', '2': '2027-11-10' },
  },
};
const refusal = (f: () => unknown): CampaignError => {
  try {
    f();
  } catch (err) {
    if (err instanceof CampaignError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('campaign aggregate', () => {
  it('creates a campaign whose events parse and fold back to the same terms', () => {
    const events = campaignAggregate.decide(create, null);
    expect(events.map((e) => CampaignEvent.parse(e))).toEqual(events);
    expect(foldEvents(campaignAggregate, events)).toEqual({ campaignId: 'c-1', code: 'LDG-2027', terms: create.terms });
    expect(refusal(() => campaignAggregate.decide(create, foldEvents(campaignAggregate, events))).code).toBe(
      'CAMPAIGN.ALREADY_EXISTS',
    );
  });

  it('refuses an opening outside the rule set and an award the rule set lacks, naming the field', () => {
    const late = refusal(() =>
      campaignAggregate.decide(
        { ...create, terms: { ...create.terms, opensOn: '2028-02-01', closesOn: '2028-12-01', cutoffs: {} } },
        null,
      ),
    );
    expect([late.code, late.details['field']]).toEqual(['CAMPAIGN.INVALID', 'ruleSetVersion']);
    const award = refusal(() =>
      campaignAggregate.decide({ ...create, terms: { ...create.terms, awardCodes: ['GK', 'NVL'] } }, null),
    );
    expect(award.details).toMatchObject({ field: 'awardCodes', unknown: ['NVL'] });
  });

  it('checks a change merged with the stored terms and records only what changed', () => {
    const state = foldEvents(campaignAggregate, campaignAggregate.decide(create, null));
    const change = { type: 'ChangeCampaign' as const, now: create.now, campaignId: 'c-1', ruleSet };
    const changed = campaignAggregate.decide(
      { ...change, changes: { closesOn: '2027-12-20', name: create.terms.name } },
      state,
    );
    expect(changed).toEqual([
      expect.objectContaining({
        type: 'CampaignChanged',
        data: expect.objectContaining({ closesOn: '2027-12-20', changedFields: ['closesOn'] }),
      }),
    ]);
    expect(campaignAggregate.decide({ ...change, changes: { name: create.terms.name } }, state)).toEqual([]);
    const backwards = refusal(() => campaignAggregate.decide({ ...change, changes: { opensOn: '2028-01-02' } }, state));
    expect(backwards.code).toBe('CAMPAIGN.INVALID_TERMS');
    expect((backwards.details['problems'] as { path: string[] }[]).map((p) => p.path.join('.'))).toContain('closesOn');
    expect(refusal(() => campaignAggregate.decide({ ...change, changes: {} }, null)).code).toBe('CAMPAIGN.NOT_FOUND');
  });
});
