import { ruleSet2024, ruleSet2024SignOff } from './rule-set-2024';
import { RuleSet } from './rule-set.schema';

// Conflict of interest: no [S…] source in domain-sources states a recusal rule for award councils; it is the
// engine's design (Law Art. 5's fairness principle [S34] is the closest).
describe('RuleSet.conflictOfInterest', () => {
  it('is absent from the shipped versions, whose content never changes', () => {
    expect(RuleSet.parse(ruleSet2024).conflictOfInterest).toBeUndefined();
    expect(RuleSet.parse(ruleSet2024SignOff).conflictOfInterest).toBeUndefined();
  });

  it('defaults excludeOwnUnit to false and refuses a non-boolean', () => {
    expect(RuleSet.parse({ ...ruleSet2024, conflictOfInterest: {} }).conflictOfInterest).toEqual({
      excludeOwnUnit: false,
    });
    const strict = RuleSet.parse({ ...ruleSet2024, conflictOfInterest: { excludeOwnUnit: true } });
    expect(strict.conflictOfInterest?.excludeOwnUnit).toBe(true);
    const bad = RuleSet.safeParse({ ...ruleSet2024, conflictOfInterest: { excludeOwnUnit: 'yes' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['conflictOfInterest', 'excludeOwnUnit']);
  });
});
