import { defaultRuleSets, findRuleSet, ruleSetAsOf } from '@vinhdanh/domain';
import { demoCampaigns, demoHistoryCampaign2025, signOffSpecCampaigns } from './demo-campaigns';

describe('demo campaigns', () => {
  // NĐ 152/2025 [S26] in force from 01/07/2025: a campaign opened after it pins the version that follows
  // it (2025.1), the thematic round too — Law 06/2022 Art. 84(5) [S27] excepts no award from disclosure.
  it('the 2026 campaigns pin the rule set in force on the day they open', () => {
    for (const c of demoCampaigns) {
      expect([c.code, c.ruleSetVersion]).toEqual([c.code, ruleSetAsOf(defaultRuleSets, c.opensOn).version]);
    }
  });

  it('offer only awards their pinned version defines, for the demo, the specs and the 2025 history', () => {
    for (const c of [...demoCampaigns, ...signOffSpecCampaigns, demoHistoryCampaign2025]) {
      const codes = findRuleSet(defaultRuleSets, c.ruleSetVersion)?.awards.map((a) => a.code) ?? [];
      expect([c.code, c.ruleSetVersion, c.awardCodes.filter((code) => !codes.includes(code))]).toEqual([
        c.code,
        c.ruleSetVersion,
        [],
      ]);
    }
  });

  // Seeds 000, 001: the province's thematic Bằng khen; [S12]: the university tier of Bằng Lao động sáng tạo;
  // Law Art. 22–23 [S24]: Chiến sĩ thi đua cơ sở, the first link of the chain to Chiến sĩ thi đua TLĐ.
  it('the thematic round gives thematic Bằng khen; the annual round the titles of the chain and both LĐST tiers', () => {
    const [annual, thematic] = demoCampaigns;
    expect(thematic?.awardCodes).toEqual(['GK', 'BK_TINH_CD', 'BK_CD']);
    expect(annual?.awardCodes).toEqual(expect.arrayContaining(['CSTD_CS', 'CSTD_TLD', 'LDST', 'LDST_DH']));
  });
});
