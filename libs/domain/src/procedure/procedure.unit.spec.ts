import { awardRuleOf } from '../rules/rule-set';
import { ruleSet2024 } from '../rules/rule-set-2024';
import { RuleSet } from '../rules/rule-set.schema';
import { fieldIssues } from '../shared/zod-issues';
import { sampleRoute } from '../nomination/shared/nomination.samples';
import { computeProcedureRoute, stepsFor } from './procedure';
import { VoteError } from './procedure.errors';
import { evaluateVote, requiredVotes, type VoteTally } from './vote';

const award = (code: Parameters<typeof awardRuleOf>[1]) => awardRuleOf(ruleSet2024, code);
const thresholds = ruleSet2024.procedure!.voteThresholds;
const tally = (t: Partial<VoteTally>): VoteTally => ({
  membersTotal: 15,
  present: 12,
  votesFor: 10,
  votesAgainst: 1,
  abstentions: 1,
  writtenFor: 2,
  writtenAgainst: 1,
  ...t,
});

// Steps per level: intake (5 working days to return an incomplete dossier [S28]), appraisal, council vote,
// sign-off (domain-sources §4.1, partly INF; domain.md "Procedure"). The simplified procedure (Law Art. 85) is
// marked UNV in domain-sources: its exact wording could not be retrieved.
describe('stepsFor [S28]', () => {
  it('given a normal award, then a reviewing level runs intake, appraisal, vote and sign-off', () => {
    expect(stepsFor(ruleSet2024, award('BK_TLD'), 3, { isNominatingLevel: false })).toEqual([
      'intake',
      'appraisal',
      'vote',
      'signoff',
    ]);
  });

  it('given the nominating level, then it skips intake (it prepared the dossier)', () => {
    expect(stepsFor(ruleSet2024, award('BK_TLD'), 1, { isNominatingLevel: true })).toEqual([
      'appraisal',
      'vote',
      'signoff',
    ]);
  });

  it('given the simplified procedure of BK_DX, then appraisal and vote are skipped', () => {
    expect(stepsFor(ruleSet2024, award('BK_DX'), 4, { isNominatingLevel: false })).toEqual(['intake', 'signoff']);
    expect(stepsFor(ruleSet2024, award('BK_DX'), 2, { isNominatingLevel: true })).toEqual(['signoff']);
  });

  it('given an award with its own steps for a level, then those win', () => {
    const gk = {
      ...award('GK'),
      procedure: { levels: [{ level: 2 as const, steps: ['vote' as const, 'signoff' as const] }] },
    };
    expect(stepsFor(ruleSet2024, gk, 2, { isNominatingLevel: false })).toEqual(['vote', 'signoff']);
    expect(stepsFor(ruleSet2024, gk, 1, { isNominatingLevel: true })).toEqual(['appraisal', 'vote', 'signoff']);
  });

  it('given a rule set without procedure data, then a level is the single sign-off', () => {
    const plain = { ...ruleSet2024, procedure: undefined };
    expect(stepsFor(plain, award('BK_TLD'), 3, { isNominatingLevel: false })).toEqual(['signoff']);
  });

  it('refuses step lists that do not end with the sign-off or repeat a step', () => {
    const bad = { ...ruleSet2024, procedure: { ...ruleSet2024.procedure!, defaultSteps: ['vote', 'intake'] } };
    expect(fieldIssues(RuleSet.safeParse(bad).error!)).toEqual([
      { field: 'procedure.defaultSteps[1]', message: 'the last step must be "signoff"' },
      { field: 'procedure.defaultSteps[1]', message: 'step "intake" must come after "vote" and appear once' },
    ]);
  });
});

describe('computeProcedureRoute', () => {
  it('given the 2024 rule set, then each route step carries its steps and the procedure carries the rule data', () => {
    const { route, procedure } = computeProcedureRoute(ruleSet2024, award('CSTD_TLD'), sampleRoute);
    expect(route.map((s) => s.steps)).toEqual([
      ['appraisal', 'vote', 'signoff'],
      ['intake', 'appraisal', 'vote', 'signoff'],
      ['intake', 'appraisal', 'vote', 'signoff'],
      ['intake', 'appraisal', 'vote', 'signoff'],
    ]);
    expect(procedure).toEqual({
      requiredAttachments: ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'SANG_KIEN'],
      voteThreshold: { class: 'percent90', minShare: 0.9 },
      onVoteFailed: 'reject',
    });
  });

  it('given a rule set without procedure data, then the route is the plain one', () => {
    const { route, procedure } = computeProcedureRoute(
      { ...ruleSet2024, procedure: undefined },
      award('GK'),
      sampleRoute,
    );
    expect(route).toEqual(sampleRoute);
    expect(procedure).toBeUndefined();
  });
});

// NĐ 98/2023 Art. 30(7): ≥ 90 % / ≥ 80 % of ALL council members, absent members in writing [S22]; a simple
// majority otherwise (Bắc Ninh QĐ 86/2025 council rules [S30]).
describe('evaluateVote [S22][S30]', () => {
  it('given 12 of 15 for (10 present + 2 written), then ≥ 80 % passes with 12 required and ≥ 90 % fails needing 14', () => {
    expect(evaluateVote(tally({}), thresholds.percent80)).toEqual(
      expect.objectContaining({ passed: true, share: 0.8, required: 12, votesForTotal: 12 }),
    );
    const failed = evaluateVote(tally({}), thresholds.percent90);
    expect(failed).toEqual(expect.objectContaining({ passed: false, required: 14 }));
    expect(failed.reasonVi).toContain('12/15');
    expect(failed.reasonEn).toBe(
      'Failed: 12/15 council members voted for; at least 90 % of all members is needed (14 votes).',
    );
  });

  it('counts on ALL members: a unanimous but thin meeting does not make a majority', () => {
    const thin = tally({
      membersTotal: 15,
      present: 7,
      votesFor: 7,
      votesAgainst: 0,
      abstentions: 0,
      writtenFor: 0,
      writtenAgainst: 0,
    });
    expect(evaluateVote(thin, thresholds.majority)).toEqual(expect.objectContaining({ passed: false, required: 8 }));
    expect(evaluateVote({ ...thin, writtenFor: 1 }, thresholds.majority).passed).toBe(true);
  });

  it('a simple majority is more than half: 5 of 10 is not enough', () => {
    expect(requiredVotes(10, thresholds.majority)).toBe(6);
    expect(requiredVotes(10, thresholds.percent90)).toBe(9);
    expect(requiredVotes(7, thresholds.percent90)).toBe(7);
  });

  it('refuses a tally that does not add up, naming each problem', () => {
    const bad = tally({ present: 16, votesFor: 10, writtenFor: 3 });
    expect(() => evaluateVote(bad, thresholds.majority)).toThrow(VoteError);
    try {
      evaluateVote(bad, thresholds.majority);
    } catch (error) {
      expect((error as VoteError).code).toBe('VOTE.INVALID_TALLY');
      expect((error as VoteError).problems).toEqual([
        'present (16) exceeds membersTotal (15)',
        'votesFor + votesAgainst + abstentions (12) must equal present (16)',
        'written votes (4) exceed absent members (0)',
      ]);
    }
    expect(() => evaluateVote(tally({ votesFor: -1 }), thresholds.majority)).toThrow(/must not be negative/);
  });
});
