import { z } from 'zod';
import type { Aggregate } from '../shared/aggregate';
import { DomainError } from '../shared/domain-error';
import { VoteThresholdRule } from '../rules/procedure-rules.schema';
import { requiredVotes } from '../procedure/vote';
import { rankCouncilCandidates } from './council-ranking';

/**
 * Phiên họp Hội đồng TĐKT: the council's roster, a session with attendance and quorum, the
 * candidates (from one or more batches), one written ballot per candidate counted on ALL members
 * (absent members in writing, NĐ 98/2023 Art. 30(7) [S22]), quota slots filled by rank with the
 * rule set's tie-break (women first, NĐ 152/2025 Art. 4(6) [S26]; a tie that remains is the
 * chair's, TT 25/2025 [S32]), adjournment and resumption, and re-votes while rounds are left —
 * so a failed first ballot does not kill the dossier before the council is done.
 */

const Member = z.object({
  memberId: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  /** Chức vụ, as the minutes print it. */
  position: z.string().trim().min(1).max(300),
  role: z.enum(['chair', 'secretary', 'member']),
});
export type CouncilMember = z.infer<typeof Member>;

const Candidate = z.object({
  nominationId: z.string().min(1),
  name: z.string().min(1),
  unitName: z.string(),
  kind: z.enum(['person', 'collective']),
  gender: z.enum(['male', 'female']).optional(),
  womenShare: z.number().min(0).max(1).optional(),
  batchId: z.string().optional(),
});
export type CouncilCandidate = z.infer<typeof Candidate>;

const Ballot = z.object({
  nominationId: z.string(),
  votesFor: z.number().int().min(0),
  votesAgainst: z.number().int().min(0),
  /** Written opinions of absent members (phiếu bằng văn bản). */
  writtenFor: z.number().int().min(0),
  writtenAgainst: z.number().int().min(0),
  invalid: z.number().int().min(0).default(0),
});
export type CouncilBallot = z.input<typeof Ballot>;

export const CouncilSessionConvened = z.object({
  type: z.literal('CouncilSessionConvened'),
  data: z.object({
    sessionId: z.string(),
    councilUnitId: z.string(),
    councilUnitName: z.string(),
    title: z.string(),
    /** The roster in force on the session date (effective-dated by the caller). */
    rosterAsOf: z.string(),
    members: z.array(Member),
    campaignId: z.string(),
    awardCode: z.string(),
    awardName: z.string(),
    threshold: VoteThresholdRule,
    /** Share of members that must be present for the session to sit (≥ 2/3 [S30]). */
    quorumShare: z.number().gt(0).max(1),
    slots: z.number().int().min(0),
    maxRounds: z.number().int().min(1),
    candidates: z.array(Candidate),
  }),
});
export const CouncilSessionOpened = z.object({
  type: z.literal('CouncilSessionOpened'),
  data: z.object({
    sessionId: z.string(),
    present: z.array(z.string()),
    quorum: z.number().int(),
    resumed: z.boolean(),
  }),
});
export const CouncilSessionAdjourned = z.object({
  type: z.literal('CouncilSessionAdjourned'),
  data: z.object({ sessionId: z.string(), reason: z.string() }),
});
export const CouncilBallotsTallied = z.object({
  type: z.literal('CouncilBallotsTallied'),
  data: z.object({
    sessionId: z.string(),
    round: z.number().int().min(1),
    membersTotal: z.number().int(),
    present: z.number().int(),
    required: z.number().int(),
    ballots: z.array(
      Ballot.extend({ invalid: z.number().int(), votesForTotal: z.number().int(), passed: z.boolean() }),
    ),
  }),
});
export const CouncilCandidatesRanked = z.object({
  type: z.literal('CouncilCandidatesRanked'),
  data: z.object({
    sessionId: z.string(),
    required: z.number().int(),
    ranked: z.array(
      z.object({
        nominationId: z.string(),
        name: z.string(),
        votesFor: z.number().int(),
        passed: z.boolean(),
        rank: z.number().int().nullable(),
        selected: z.boolean(),
        note: z.string(),
      }),
    ),
    chairMustChoose: z.array(z.string()),
  }),
});
export const CouncilSessionConcluded = z.object({
  type: z.literal('CouncilSessionConcluded'),
  data: z.object({
    sessionId: z.string(),
    minutesNumber: z.string(),
    results: z.array(
      z.object({
        nominationId: z.string(),
        outcome: z.enum(['selected', 'over-quota', 'failed']),
        round: z.number().int(),
        votesForTotal: z.number().int(),
        required: z.number().int(),
      }),
    ),
  }),
});

/** The biên bản họp / kiểm phiếu generated from the session's events, with the checksum of the bytes. */
export const CouncilSessionDocumentGenerated = z.object({
  type: z.literal('CouncilSessionDocumentGenerated'),
  data: z.object({
    sessionId: z.string(),
    documentId: z.string(),
    kind: z.string(),
    format: z.enum(['pdf', 'docx']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().min(1),
    /** What the secretary typed once (place, room, times): with the events, it regenerates the same bytes. */
    inputs: z.object({
      date: z.string(),
      place: z.string(),
      location: z.string(),
      startedAt: z.string(),
      endedAt: z.string(),
    }),
  }),
});

export const CouncilSessionEvent = z.discriminatedUnion('type', [
  CouncilSessionConvened,
  CouncilSessionOpened,
  CouncilSessionAdjourned,
  CouncilBallotsTallied,
  CouncilCandidatesRanked,
  CouncilSessionConcluded,
  CouncilSessionDocumentGenerated,
]);
export type CouncilSessionEvent = z.infer<typeof CouncilSessionEvent>;

type Convened = z.infer<typeof CouncilSessionConvened>['data'];
type Tallied = z.infer<typeof CouncilBallotsTallied>['data'];

export interface CouncilSessionState {
  convened: Convened;
  status: 'convened' | 'open' | 'adjourned' | 'concluded';
  present: string[];
  rounds: Tallied[];
  ranking: z.infer<typeof CouncilCandidatesRanked>['data'] | null;
  concluded: z.infer<typeof CouncilSessionConcluded>['data'] | null;
  /** Reasons of each adjournment, in order (the minutes tell them). */
  adjournments: string[];
  documents: z.infer<typeof CouncilSessionDocumentGenerated>['data'][];
}

export type CouncilSessionCommand =
  | ({ type: 'ConveneCouncilSession'; now: string } & Omit<Convened, 'members' | 'candidates'> & {
        members: readonly CouncilMember[];
        candidates: readonly CouncilCandidate[];
      })
  | { type: 'OpenCouncilSession'; now: string; sessionId: string; present: readonly string[] }
  | { type: 'AdjournCouncilSession'; now: string; sessionId: string; reason: string }
  | { type: 'TallyCouncilBallots'; now: string; sessionId: string; ballots: readonly CouncilBallot[] }
  | { type: 'ChairBreaksTie'; now: string; sessionId: string; chosen: readonly string[] }
  | { type: 'ConcludeCouncilSession'; now: string; sessionId: string; minutesNumber: string }
  | {
      type: 'RecordCouncilDocument';
      now: string;
      sessionId: string;
      document: z.infer<typeof CouncilSessionDocumentGenerated>['data'];
    };

export type CouncilProblemCode =
  | 'COUNCIL.ALREADY_EXISTS'
  | 'COUNCIL.NOT_FOUND'
  | 'COUNCIL.INVALID_ROSTER'
  | 'COUNCIL.NO_QUORUM'
  | 'COUNCIL.NOT_OPEN'
  | 'COUNCIL.INVALID_TALLY'
  | 'COUNCIL.NO_ROUNDS_LEFT'
  | 'COUNCIL.CHAIR_MUST_CHOOSE'
  | 'COUNCIL.NOT_A_TIE'
  | 'COUNCIL.CONCLUDED'
  | 'COUNCIL.NOT_CONCLUDED';

export class CouncilSessionError extends DomainError {
  constructor(
    readonly code: CouncilProblemCode,
    vi: string,
    en: string,
    details: Record<string, unknown> = {},
  ) {
    super(vi, en, details);
  }
}

const fail = (code: CouncilProblemCode, vi: string, en: string, details: Record<string, unknown> = {}): never => {
  throw new CouncilSessionError(code, vi, en, details);
};

/** Members needed in the room for the session to sit. */
export function quorumOf(membersTotal: number, share: number): number {
  return Math.ceil(Math.round(membersTotal * share * 1e9) / 1e9);
}

/** The latest ballot of each candidate (a re-vote replaces the earlier one). */
export function latestBallots(state: CouncilSessionState): Map<string, Tallied['ballots'][number] & { round: number }> {
  const out = new Map<string, Tallied['ballots'][number] & { round: number }>();
  for (const r of state.rounds) for (const b of r.ballots) out.set(b.nominationId, { ...b, round: r.round });
  return out;
}

function rank(state: CouncilSessionState, chairChoice: readonly string[] = []) {
  const c = state.convened;
  const latest = latestBallots(state);
  const result = rankCouncilCandidates(
    c.candidates.map((k) => ({
      nominationId: k.nominationId,
      name: k.name,
      votesFor: latest.get(k.nominationId)?.votesForTotal ?? 0,
      kind: k.kind,
      ...(k.gender ? { gender: k.gender } : {}),
      ...(k.womenShare !== undefined ? { womenShare: k.womenShare } : {}),
    })),
    { membersTotal: c.members.length, threshold: c.threshold, slots: c.slots, chairChoice },
  );
  return { sessionId: c.sessionId, ...result };
}

/**
 * How a message names a candidate: the person or collective as the minutes print them, never the
 * nomination id (an id not on the list stays quoted, since there is no one to name).
 */
function candidateNames(convened: Convened): (nominationId: string) => string {
  const names = new Map(
    convened.candidates.map((k) => [
      k.nominationId,
      `${k.kind === 'person' ? '' : 'tập thể '}${k.name}${k.unitName ? ` (${k.unitName})` : ''}`,
    ]),
  );
  return (id) => names.get(id) ?? `đề nghị mã "${id}"`;
}

const namesOf = (convened: Convened, ids: readonly string[]): string => ids.map(candidateNames(convened)).join(', ');

function mustBe(state: CouncilSessionState | null, sessionId: string): CouncilSessionState {
  if (!state) return fail('COUNCIL.NOT_FOUND', 'Không có phiên họp này.', `No council session ${sessionId}.`);
  if (state.status === 'concluded') fail('COUNCIL.CONCLUDED', 'Phiên họp đã kết thúc.', 'The session has concluded.');
  return state;
}

export function decideCouncilSession(
  command: CouncilSessionCommand,
  state: CouncilSessionState | null,
): CouncilSessionEvent[] {
  switch (command.type) {
    case 'ConveneCouncilSession': {
      if (state) fail('COUNCIL.ALREADY_EXISTS', 'Phiên họp này đã được triệu tập.', 'Already convened.');
      const { type: _t, now: _n, ...data } = command;
      const members = data.members.map((m) => Member.parse(m));
      const ids = new Set(members.map((m) => m.memberId));
      const chairs = members.filter((m) => m.role === 'chair').length;
      const secretaries = members.filter((m) => m.role === 'secretary').length;
      if (ids.size !== members.length || chairs !== 1 || secretaries !== 1 || members.length < 3) {
        fail(
          'COUNCIL.INVALID_ROSTER',
          'Hội đồng phải có ít nhất 3 thành viên, đúng một Chủ tịch và một Thư ký, không trùng người.',
          'A council needs at least 3 distinct members with exactly one chair and one secretary.',
        );
      }
      const candidates = data.candidates.map((k) => Candidate.parse(k));
      if (new Set(candidates.map((k) => k.nominationId)).size !== candidates.length || candidates.length === 0) {
        fail(
          'COUNCIL.INVALID_ROSTER',
          'Danh sách xét phải có ít nhất một đề nghị, không trùng.',
          'The candidates must list at least one nomination, once each.',
        );
      }
      return [{ type: 'CouncilSessionConvened', data: { ...data, members, candidates } }];
    }
    case 'OpenCouncilSession': {
      const s = mustBe(state, command.sessionId);
      if (s.status === 'open') return [];
      const roster = new Set(s.convened.members.map((m) => m.memberId));
      const present = [...new Set(command.present)].filter((id) => roster.has(id));
      const quorum = quorumOf(roster.size, s.convened.quorumShare);
      if (present.length < quorum) {
        fail(
          'COUNCIL.NO_QUORUM',
          `Chỉ có ${present.length}/${roster.size} thành viên có mặt; cần ít nhất ${quorum} để phiên họp hợp lệ.`,
          `Only ${present.length}/${roster.size} members present; ${quorum} needed for a valid session.`,
          { present: present.length, quorum },
        );
      }
      return [
        {
          type: 'CouncilSessionOpened',
          data: { sessionId: command.sessionId, present, quorum, resumed: s.status === 'adjourned' },
        },
      ];
    }
    case 'AdjournCouncilSession': {
      const s = mustBe(state, command.sessionId);
      if (s.status !== 'open') fail('COUNCIL.NOT_OPEN', 'Phiên họp chưa khai mạc.', 'The session is not open.');
      return [{ type: 'CouncilSessionAdjourned', data: { sessionId: command.sessionId, reason: command.reason } }];
    }
    case 'TallyCouncilBallots': {
      const s = mustBe(state, command.sessionId);
      if (s.status !== 'open') fail('COUNCIL.NOT_OPEN', 'Phiên họp chưa khai mạc.', 'The session is not open.');
      const c = s.convened;
      const membersTotal = c.members.length;
      const present = s.present.length;
      const required = requiredVotes(membersTotal, c.threshold);
      const round = s.rounds.length + 1;
      if (round > c.maxRounds) {
        fail(
          'COUNCIL.NO_ROUNDS_LEFT',
          `Đã bỏ phiếu ${c.maxRounds} vòng; không được bỏ phiếu lại.`,
          `${c.maxRounds} rounds were held; no re-vote is allowed.`,
        );
      }
      // Round 1 covers every candidate; a re-vote only those who have not passed yet.
      const latest = latestBallots(s);
      const expected = c.candidates.map((k) => k.nominationId).filter((id) => round === 1 || !latest.get(id)?.passed);
      const problems: string[] = [];
      const nameOf = candidateNames(c);
      const given = new Map(command.ballots.map((b) => [b.nominationId, Ballot.parse(b)]));
      for (const id of expected) if (!given.has(id)) problems.push(`thiếu phiếu của ${nameOf(id)}`);
      for (const id of given.keys())
        if (!expected.includes(id))
          problems.push(
            c.candidates.some((k) => k.nominationId === id)
              ? `${nameOf(id)} đã đạt ở vòng trước, không bỏ phiếu lại`
              : `${nameOf(id)} không có trong danh sách xét của phiên họp`,
          );
      for (const [id, b] of given) {
        if (b.votesFor + b.votesAgainst + b.invalid !== present)
          problems.push(
            `${nameOf(id)}: số phiếu tại phiên (${b.votesFor + b.votesAgainst + b.invalid}) khác số có mặt (${present})`,
          );
        if (b.writtenFor + b.writtenAgainst > membersTotal - present)
          problems.push(`${nameOf(id)}: phiếu bằng văn bản nhiều hơn số vắng mặt (${membersTotal - present})`);
      }
      if (problems.length) {
        fail(
          'COUNCIL.INVALID_TALLY',
          `Kết quả kiểm phiếu không khớp: ${problems.join('; ')}.`,
          `The tally does not add up: ${problems.length} problem(s).`,
          { problems },
        );
      }
      const ballots = expected.map((id) => {
        const b = given.get(id) as z.infer<typeof Ballot>;
        const votesForTotal = b.votesFor + b.writtenFor;
        return { ...b, votesForTotal, passed: votesForTotal >= required };
      });
      const tallied: Tallied = { sessionId: c.sessionId, round, membersTotal, present, required, ballots };
      const after = evolveCouncilSession(s, { type: 'CouncilBallotsTallied', data: tallied }) as CouncilSessionState;
      return [
        { type: 'CouncilBallotsTallied', data: tallied },
        { type: 'CouncilCandidatesRanked', data: rank(after) },
      ];
    }
    case 'ChairBreaksTie': {
      const s = mustBe(state, command.sessionId);
      if (!s.ranking?.chairMustChoose.length)
        fail('COUNCIL.NOT_A_TIE', 'Không có trường hợp bằng phiếu cần Chủ tịch quyết định.', 'No tie to break.');
      const ranking = rank(s, command.chosen);
      if (ranking.chairMustChoose.length)
        fail(
          'COUNCIL.CHAIR_MUST_CHOOSE',
          `Chủ tịch Hội đồng cần chọn đủ số suất còn lại trong các đề nghị bằng phiếu: ${namesOf(s.convened, ranking.chairMustChoose)}.`,
          'The chair must pick enough of the tied candidates to fill the remaining slots.',
          { tied: ranking.chairMustChoose },
        );
      return [{ type: 'CouncilCandidatesRanked', data: ranking }];
    }
    case 'RecordCouncilDocument': {
      if (!state) return fail('COUNCIL.NOT_FOUND', 'Không có phiên họp này.', 'No such council session.');
      if (!state.concluded)
        fail(
          'COUNCIL.NOT_CONCLUDED',
          'Biên bản chỉ lập sau khi phiên họp kết thúc.',
          'The minutes are made once the session has concluded.',
        );
      if (
        state.documents.some(
          (d) => d.documentId === command.document.documentId && d.sha256 === command.document.sha256,
        )
      )
        return [];
      return [{ type: 'CouncilSessionDocumentGenerated', data: command.document }];
    }
    case 'ConcludeCouncilSession': {
      const s = mustBe(state, command.sessionId);
      if (!s.ranking) fail('COUNCIL.NOT_OPEN', 'Chưa có kết quả kiểm phiếu.', 'No ballots were tallied.');
      const ranking = s.ranking as NonNullable<CouncilSessionState['ranking']>;
      if (ranking.chairMustChoose.length)
        fail(
          'COUNCIL.CHAIR_MUST_CHOOSE',
          `Còn trường hợp bằng phiếu ở suất cuối (${namesOf(s.convened, ranking.chairMustChoose)}): Chủ tịch Hội đồng quyết định trước khi kết thúc.`,
          'A tie at the last slot remains: the chair decides before the session ends.',
          { tied: ranking.chairMustChoose },
        );
      const latest = latestBallots(s);
      return [
        {
          type: 'CouncilSessionConcluded',
          data: {
            sessionId: command.sessionId,
            minutesNumber: command.minutesNumber,
            results: ranking.ranked.map((r) => {
              const b = latest.get(r.nominationId);
              return {
                nominationId: r.nominationId,
                outcome: r.selected ? ('selected' as const) : r.passed ? ('over-quota' as const) : ('failed' as const),
                round: b?.round ?? 0,
                votesForTotal: b?.votesForTotal ?? 0,
                required: ranking.required,
              };
            }),
          },
        },
      ];
    }
  }
}

export function evolveCouncilSession(
  state: CouncilSessionState | null,
  event: CouncilSessionEvent,
): CouncilSessionState | null {
  if (event.type === 'CouncilSessionConvened')
    return {
      convened: event.data,
      status: 'convened',
      present: [],
      rounds: [],
      ranking: null,
      concluded: null,
      adjournments: [],
      documents: [],
    };
  if (!state) return state;
  switch (event.type) {
    case 'CouncilSessionOpened':
      return { ...state, status: 'open', present: event.data.present };
    case 'CouncilSessionAdjourned':
      return { ...state, status: 'adjourned', adjournments: [...state.adjournments, event.data.reason] };
    case 'CouncilBallotsTallied':
      return { ...state, rounds: [...state.rounds, event.data] };
    case 'CouncilCandidatesRanked':
      return { ...state, ranking: event.data };
    case 'CouncilSessionConcluded':
      return { ...state, status: 'concluded', concluded: event.data };
    case 'CouncilSessionDocumentGenerated':
      return {
        ...state,
        documents: [...state.documents.filter((d) => d.documentId !== event.data.documentId), event.data],
      };
  }
}

/** The council session aggregate, as the command handler runs it. */
export const councilSessionAggregate: Aggregate<
  CouncilSessionState | null,
  CouncilSessionCommand,
  CouncilSessionEvent
> = {
  label: { vi: 'phiên họp Hội đồng', en: 'council session' },
  initialState: null,
  decide: decideCouncilSession,
  evolve: evolveCouncilSession,
  eventSchema: CouncilSessionEvent,
};
