import { rankCouncilCandidates, type RankedCandidateInput } from './council-ranking';

const p = (id: string, votesFor: number, gender: 'male' | 'female'): RankedCandidateInput => ({
  nominationId: id,
  name: id,
  votesFor,
  kind: 'person',
  gender,
});
const majority = { minShare: 0.5, strict: true };

// Ballots counted on ALL members (NĐ 98/2023 Art. 30(7) [S22]); over-quota ranking by votes, the chair's vote at a
// tie (TT 25/2025/TT-BKHCN [S32]); women / collectives with ≥ 70 % women first (NĐ 152/2025 Art. 4(6) [S26]).
describe('council ranking and quota slots [S22][S26][S32]', () => {
  it('judges each ballot on all members, not on those present, and fills slots by rank', () => {
    const result = rankCouncilCandidates([p('a', 9, 'male'), p('b', 4, 'female'), p('c', 7, 'male')], {
      membersTotal: 9,
      threshold: majority,
      slots: 5,
    });
    expect(result.required).toBe(5);
    expect(result.ranked.map((r) => [r.nominationId, r.rank, r.selected])).toEqual([
      ['a', 1, true],
      ['c', 2, true],
      ['b', null, false],
    ]);
  });

  it('breaks a tie at the last slot for the woman (NĐ 152 Art. 4(6))', () => {
    const result = rankCouncilCandidates([p('a', 9, 'male'), p('b', 7, 'male'), p('c', 7, 'female')], {
      membersTotal: 9,
      threshold: majority,
      slots: 2,
    });
    expect(result.ranked.filter((r) => r.selected).map((r) => r.nominationId)).toEqual(['a', 'c']);
    expect(result.ranked.find((r) => r.nominationId === 'c')!.note).toContain('Ưu tiên nữ');
    expect(result.chairMustChoose).toEqual([]);
  });

  it('leaves a tie the rule cannot break to the chair, then takes the chair’s choice', () => {
    const candidates = [p('a', 8, 'male'), p('b', 8, 'male')];
    const open = rankCouncilCandidates(candidates, { membersTotal: 9, threshold: majority, slots: 1 });
    expect(open.ranked.filter((r) => r.selected)).toEqual([]);
    expect(open.chairMustChoose).toEqual(['a', 'b']);
    const chosen = rankCouncilCandidates(candidates, {
      membersTotal: 9,
      threshold: majority,
      slots: 1,
      chairChoice: ['b'],
    });
    expect(chosen.ranked.filter((r) => r.selected).map((r) => r.nominationId)).toEqual(['b']);
    expect(chosen.chairMustChoose).toEqual([]);
  });
});
