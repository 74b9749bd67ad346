import { z } from 'zod';
import type { VoteThresholdRule } from '../rules/procedure-rules.schema';
import { VoteError } from './procedure.errors';

const count = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(0, {
      error: `${field} must not be negative`,
    });

/**
 * A council vote's tally. Present members vote for / against / abstain; absent members may vote
 * in writing (phiếu bằng văn bản), and those written votes count towards the threshold.
 */
export const VoteTally = z.object({
  membersTotal: count('membersTotal').min(1, { error: 'membersTotal must be at least 1' }),
  present: count('present'),
  votesFor: count('votesFor'),
  votesAgainst: count('votesAgainst'),
  abstentions: count('abstentions'),
  writtenFor: count('writtenFor'),
  writtenAgainst: count('writtenAgainst'),
});
/** A council vote's tally. */
export type VoteTally = z.infer<typeof VoteTally>;

/** The outcome of a vote against its threshold, with the numbers that decided it. */
export interface VoteResult {
  readonly passed: boolean;
  /** Votes for (present and written) over ALL members, 0–1. */
  readonly share: number;
  /** Votes for needed to pass. */
  readonly required: number;
  readonly votesForTotal: number;
  readonly reasonVi: string;
  readonly reasonEn: string;
}

/** The tally's inconsistencies (empty when it adds up). */
export function tallyProblems(t: VoteTally): string[] {
  const problems: string[] = [];
  if (t.present > t.membersTotal) problems.push(`present (${t.present}) exceeds membersTotal (${t.membersTotal})`);
  const cast = t.votesFor + t.votesAgainst + t.abstentions;
  if (cast !== t.present) {
    problems.push(`votesFor + votesAgainst + abstentions (${cast}) must equal present (${t.present})`);
  }
  const written = t.writtenFor + t.writtenAgainst;
  const absent = Math.max(0, t.membersTotal - t.present);
  if (written > absent) problems.push(`written votes (${written}) exceed absent members (${absent})`);
  return problems;
}

/** Votes for needed out of `membersTotal` under a threshold ("more than half", "at least 80 %"). */
export function requiredVotes(membersTotal: number, threshold: VoteThresholdRule): number {
  const exact = membersTotal * threshold.minShare;
  // Round away float noise (0.9 × 10 = 9.000000000000002) before taking the ceiling.
  const rounded = Math.round(exact * 1e9) / 1e9;
  return threshold.strict ? Math.floor(rounded) + 1 : Math.ceil(rounded);
}

/**
 * Evaluates a council vote against its threshold counted on ALL council members (NĐ 98/2023
 * Art. 30(7)). Throws `VOTE.INVALID_TALLY` when the counts do not add up.
 */
export function evaluateVote(tally: VoteTally, threshold: VoteThresholdRule): VoteResult {
  const parsed = VoteTally.safeParse(tally);
  const problems = parsed.success ? tallyProblems(parsed.data) : parsed.error.issues.map((i) => i.message);
  if (problems.length > 0) throw new VoteError(problems, tally);
  const votesForTotal = tally.votesFor + tally.writtenFor;
  const required = requiredVotes(tally.membersTotal, threshold);
  const share = votesForTotal / tally.membersTotal;
  const passed = votesForTotal >= required;
  const pct = `${Math.round(threshold.minShare * 100)} %`;
  const rule = threshold.strict ? `quá ${pct}` : `từ ${pct} trở lên`;
  const ruleEn = threshold.strict ? `more than ${pct}` : `at least ${pct}`;
  const actual = `${votesForTotal}/${tally.membersTotal}`;
  return {
    passed,
    share,
    required,
    votesForTotal,
    reasonVi: `${passed ? 'Đạt' : 'Không đạt'}: ${actual} thành viên Hội đồng tán thành; cần ${rule} tổng số thành viên (${required} phiếu).`,
    reasonEn: `${passed ? 'Passed' : 'Failed'}: ${actual} council members voted for; ${ruleEn} of all members is needed (${required} votes).`,
  };
}
