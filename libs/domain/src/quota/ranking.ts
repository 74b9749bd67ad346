import type { Nominee } from '../nomination/shared/nomination.dossier';

/** A candidate who passed the council vote, competing for fewer slots than there are candidates. */
export interface RankCandidate {
  readonly nominationId: string;
  readonly nominee: Nominee;
  /** Votes for (on all council members, absent members in writing). */
  readonly votesFor: number;
}

/** The outcome of ranking: who gets a slot, who does not, and a tie the chair must break. */
export interface RankingResult {
  readonly selected: readonly string[];
  readonly notSelected: readonly string[];
  /**
   * Candidates still equal at the last slot after the priority for women: the council chair's vote
   * decides among them (TT 25/2025/TT-BKHCN [S32]); `slots` of them may still be chosen.
   */
  readonly chairDecides: { readonly candidates: readonly string[]; readonly slots: number } | null;
  /** Why each candidate stands where it does, in rank order. */
  readonly order: ReadonlyArray<{ nominationId: string; votesFor: number; priority: boolean }>;
}

/** Share of women at or above which a collective has priority (NĐ 152/2025 Art. 4(6) [S26]). */
export const COLLECTIVE_WOMEN_PRIORITY_SHARE = 0.7;

/** Whether a nominee has the gender priority: a woman, or a collective with ≥ 70 % women (NĐ 152/2025 Art. 4(6) [S26]). */
export function hasWomenPriority(nominee: Nominee): boolean {
  if (nominee.kind === 'person') return nominee.gender === 'female';
  return nominee.womenShare >= COLLECTIVE_WOMEN_PRIORITY_SHARE;
}

/**
 * Ranks candidates over quota: by votes, high to low (TT 25/2025/TT-BKHCN [S32]); between equal
 * votes a woman, or a collective with ≥ 70 % women, comes first (NĐ 152/2025 Art. 4(6) [S26]);
 * a tie that remains at the last slot is left to the council chair, never broken by input order.
 */
export function rankOverQuota(candidates: readonly RankCandidate[], slots: number): RankingResult {
  const keyed = candidates.map((c) => ({ c, priority: hasWomenPriority(c.nominee) }));
  keyed.sort((a, b) => b.c.votesFor - a.c.votesFor || Number(b.priority) - Number(a.priority));
  const order = keyed.map(({ c, priority }) => ({ nominationId: c.nominationId, votesFor: c.votesFor, priority }));
  if (keyed.length <= slots) {
    return { selected: order.map((o) => o.nominationId), notSelected: [], chairDecides: null, order };
  }
  const same = (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
    a.c.votesFor === b.c.votesFor && a.priority === b.priority;
  const boundary = keyed[slots - 1];
  const firstOut = keyed[slots];
  if (slots > 0 && boundary && firstOut && same(boundary, firstOut)) {
    const tied = keyed.filter((k) => same(k, boundary));
    const above = keyed.slice(0, slots).filter((k) => !same(k, boundary));
    return {
      selected: above.map((k) => k.c.nominationId),
      notSelected: keyed.slice(above.length + tied.length).map((k) => k.c.nominationId),
      chairDecides: { candidates: tied.map((k) => k.c.nominationId), slots: slots - above.length },
      order,
    };
  }
  return {
    selected: keyed.slice(0, slots).map((k) => k.c.nominationId),
    notSelected: keyed.slice(slots).map((k) => k.c.nominationId),
    chairDecides: null,
    order,
  };
}
