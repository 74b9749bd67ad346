import type { Nominee } from '../nomination/shared/nomination.dossier';
import { hasWomenPriority, rankOverQuota } from './ranking';

const person = (gender: 'male' | 'female'): Nominee => ({
  kind: 'person',
  fullName: gender === 'female' ? 'Hà Thị Lan' : 'Hà Văn Lâm',
  gender,
  birthYear: 1980,
  position: 'Công nhân',
  isLeader: false,
  isDirectWorker: true,
});
const collective = (womenShare: number): Nominee => ({
  kind: 'collective',
  name: 'Tổ sản xuất số 3',
  memberCount: 20,
  womenShare,
});
const c = (nominationId: string, nominee: Nominee, votesFor: number) => ({ nominationId, nominee, votesFor });

describe('rankOverQuota — fewer slots than passing candidates', () => {
  it('TT 25/2025/TT-BKHCN [S32]: ranks by votes, high to low', () => {
    const r = rankOverQuota([c('a', person('male'), 6), c('b', person('male'), 8), c('c', person('male'), 7)], 2);
    expect(r.selected).toEqual(['b', 'c']);
    expect(r.notSelected).toEqual(['a']);
    expect(r.chairDecides).toBeNull();
  });

  it('NĐ 152/2025 Art. 4(6) [S26]: at equal votes a woman comes first, whatever the order of submission', () => {
    const r = rankOverQuota([c('man', person('male'), 7), c('woman', person('female'), 7)], 1);
    expect(r.selected).toEqual(['woman']);
    expect(r.notSelected).toEqual(['man']);
  });

  it('NĐ 152/2025 Art. 4(6) [S26]: a collective with ≥ 70 % women comes first; 69 % does not', () => {
    expect(hasWomenPriority(collective(0.7))).toBe(true);
    expect(hasWomenPriority(collective(0.69))).toBe(false);
    const r = rankOverQuota([c('x', collective(0.69), 5), c('y', collective(0.75), 5)], 1);
    expect(r.selected).toEqual(['y']);
  });

  it('TT 25/2025/TT-BKHCN [S32]: a tie left after the priority goes to the chair, with the slots still open', () => {
    const r = rankOverQuota(
      [
        c('top', person('male'), 9),
        c('w1', person('female'), 7),
        c('w2', person('female'), 7),
        c('m', person('male'), 7),
      ],
      2,
    );
    expect(r.selected).toEqual(['top']);
    expect(r.chairDecides).toEqual({ candidates: ['w1', 'w2'], slots: 1 });
    expect(r.notSelected).toEqual(['m']);
  });

  it('everyone gets a slot when there are enough', () => {
    expect(rankOverQuota([c('a', person('male'), 1)], 3)).toMatchObject({ selected: ['a'], chairDecides: null });
  });
});
