import type { VoteThresholdRule } from '../rules/procedure-rules.schema';
import { requiredVotes } from '../procedure/vote';

/** A candidate as the council's ballot counted them (votes for, in the room and in writing). */
export interface RankedCandidateInput {
  nominationId: string;
  name: string;
  votesFor: number;
  /** NĐ 152 Art. 4(6): a woman, or a collective with ≥ 70 % women, comes first between equals. */
  kind: 'person' | 'collective';
  gender?: 'male' | 'female';
  womenShare?: number;
}

export interface CouncilRankingResult {
  required: number;
  ranked: {
    nominationId: string;
    name: string;
    votesFor: number;
    passed: boolean;
    rank: number | null;
    selected: boolean;
    note: string;
  }[];
  /** Candidates still tied for the last slot after the rule set's tie-break: the chair decides. */
  chairMustChoose: string[];
}

const prefersWomen = (c: RankedCandidateInput): boolean =>
  c.kind === 'person' ? c.gender === 'female' : (c.womenShare ?? 0) >= 0.7;

/**
 * Judges each ballot on ALL council members against the threshold, ranks those who passed by
 * votes, and fills the quota slots by rank. At the cut, equal votes are broken by the rule set's
 * tie-break (women first, NĐ 152 Art. 4(6)); a tie that rule cannot break is left for the chair's
 * choice (`chairChoice`, the nomination ids the chair picked), never decided by list order.
 */
export function rankCouncilCandidates(
  candidates: readonly RankedCandidateInput[],
  options: { membersTotal: number; threshold: VoteThresholdRule; slots: number; chairChoice?: readonly string[] },
): CouncilRankingResult {
  const required = requiredVotes(options.membersTotal, options.threshold);
  const passed = candidates.filter((c) => c.votesFor >= required);
  const order = [...passed].sort(
    (a, b) => b.votesFor - a.votesFor || Number(prefersWomen(b)) - Number(prefersWomen(a)),
  );
  const selected = new Set<string>();
  const notes = new Map<string, string>();
  let chairMustChoose: string[] = [];
  let i = 0;
  while (i < order.length && selected.size < options.slots) {
    const votes = order[i]?.votesFor;
    const group = order.filter((c) => c.votesFor === votes);
    const free = options.slots - selected.size;
    if (group.length <= free) {
      group.forEach((c) => selected.add(c.nominationId));
    } else {
      const women = group.filter(prefersWomen);
      const others = group.filter((c) => !prefersWomen(c));
      const first = women.length <= free ? women : [];
      first.forEach((c) => {
        selected.add(c.nominationId);
        notes.set(c.nominationId, 'Ưu tiên nữ khi bằng phiếu (NĐ 152, Điều 4, khoản 6)');
      });
      const rest = first.length ? others : group;
      const left = free - first.length;
      const chosen = (options.chairChoice ?? []).filter((id) => rest.some((c) => c.nominationId === id)).slice(0, left);
      if (left > 0 && chosen.length < left) chairMustChoose = rest.map((c) => c.nominationId);
      chosen.forEach((id) => {
        selected.add(id);
        notes.set(id, 'Chủ tịch Hội đồng quyết định khi bằng phiếu');
      });
      break;
    }
    i += group.length;
  }
  const rankOf = new Map(order.map((c, index) => [c.nominationId, index + 1]));
  return {
    required,
    ranked: candidates
      .map((c) => ({
        nominationId: c.nominationId,
        name: c.name,
        votesFor: c.votesFor,
        passed: c.votesFor >= required,
        rank: rankOf.get(c.nominationId) ?? null,
        selected: selected.has(c.nominationId),
        note:
          notes.get(c.nominationId) ??
          (c.votesFor < required
            ? `Không đạt ${required}/${options.membersTotal} phiếu`
            : selected.has(c.nominationId)
              ? ''
              : 'Ngoài chỉ tiêu'),
      }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
    chairMustChoose,
  };
}
