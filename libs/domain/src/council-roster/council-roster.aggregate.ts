import { z } from 'zod';
import type { Aggregate } from '../shared/aggregate';
import { IsoDate } from '../shared/dates';
import { DomainError } from '../shared/domain-error';

/**
 * The roster of a unit's Hội đồng Thi đua – Khen thưởng, effective-dated: each membership (member,
 * chair or secretary) holds from a day to a day (or until further notice). A session convened on a
 * day takes the roster in force that day (`rosterAsOf`), so a later change of the council does not
 * rewrite the minutes of an earlier session. At most one chair and one secretary on any day.
 */

const Role = z.enum(['chair', 'secretary', 'member']);
export type CouncilRole = z.infer<typeof Role>;

const Membership = z.object({
  memberId: z.string().trim().min(1).max(128),
  name: z.string().trim().min(1).max(200),
  /** Chức vụ, as the minutes print it. */
  position: z.string().trim().min(1).max(300),
  role: Role,
  from: IsoDate,
  /** Last day in office; null while in office. */
  to: IsoDate.nullable(),
});
export type CouncilMembership = z.infer<typeof Membership>;

export const CouncilMemberAppointed = z.object({
  type: z.literal('CouncilMemberAppointed'),
  data: Membership.extend({ unitId: z.string() }),
});
export const CouncilMembershipEnded = z.object({
  type: z.literal('CouncilMembershipEnded'),
  data: z.object({ unitId: z.string(), memberId: z.string(), name: z.string(), from: IsoDate, to: IsoDate }),
});
export const CouncilRosterEvent = z.discriminatedUnion('type', [CouncilMemberAppointed, CouncilMembershipEnded]);
export type CouncilRosterEvent = z.infer<typeof CouncilRosterEvent>;

export interface CouncilRosterState {
  unitId: string;
  memberships: CouncilMembership[];
}

export type CouncilRosterCommand =
  | { type: 'AppointCouncilMember'; now: string; unitId: string; member: z.input<typeof Membership> }
  | { type: 'EndCouncilMembership'; now: string; unitId: string; memberId: string; to: string };

export type CouncilRosterProblemCode =
  | 'COUNCIL_ROSTER.INVALID'
  | 'COUNCIL_ROSTER.ROLE_TAKEN'
  | 'COUNCIL_ROSTER.ALREADY_MEMBER'
  | 'COUNCIL_ROSTER.NOT_A_MEMBER';

export class CouncilRosterError extends DomainError {
  constructor(
    readonly code: CouncilRosterProblemCode,
    vi: string,
    en: string,
    details: Record<string, unknown> = {},
  ) {
    super(vi, en, details);
  }
}

export const COUNCIL_ROLE_NAMES: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên Hội đồng',
};

const viDate = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const period = (m: { from: string; to: string | null }): string =>
  m.to ? `từ ${viDate(m.from)} đến ${viDate(m.to)}` : `từ ${viDate(m.from)}`;
const overlaps = (a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean =>
  a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');

/** The memberships in force on a day (yyyy-mm-dd), chair first, then the secretary, then members. */
export function rosterAsOf(state: CouncilRosterState | null, date: string): CouncilMembership[] {
  const order: Record<CouncilRole, number> = { chair: 0, secretary: 1, member: 2 };
  return (state?.memberships ?? [])
    .filter((m) => m.from <= date && (m.to === null || date <= m.to))
    .sort((a, b) => order[a.role] - order[b.role]);
}

export function decideCouncilRoster(
  command: CouncilRosterCommand,
  state: CouncilRosterState | null,
): CouncilRosterEvent[] {
  const memberships = state?.memberships ?? [];
  switch (command.type) {
    case 'AppointCouncilMember': {
      const parsed = Membership.safeParse({ ...command.member, to: command.member.to ?? null });
      if (!parsed.success || (parsed.data.to !== null && parsed.data.to < parsed.data.from)) {
        throw new CouncilRosterError(
          'COUNCIL_ROSTER.INVALID',
          'Thành viên Hội đồng cần mã, họ tên, chức vụ, vai trò và thời gian (ngày kết thúc không trước ngày bắt đầu).',
          'A council member needs an id, name, position, role and dates (the end not before the start).',
        );
      }
      const m = parsed.data;
      if (memberships.some((x) => JSON.stringify(x) === JSON.stringify(m))) return [];
      const same = memberships.find((x) => x.memberId === m.memberId && overlaps(x, m));
      if (same) {
        throw new CouncilRosterError(
          'COUNCIL_ROSTER.ALREADY_MEMBER',
          `${same.name} đã là ${COUNCIL_ROLE_NAMES[same.role]} ${period(same)}; kết thúc nhiệm kỳ đó trước khi giao vai trò mới.`,
          `${same.name} already sits on the council in that period; end it first.`,
          { memberId: m.memberId },
        );
      }
      if (m.role !== 'member') {
        const holder = memberships.find((x) => x.role === m.role && overlaps(x, m));
        if (holder) {
          throw new CouncilRosterError(
            'COUNCIL_ROSTER.ROLE_TAKEN',
            `${holder.name} đang là ${COUNCIL_ROLE_NAMES[m.role]} ${period(holder)}: Hội đồng chỉ có một ${COUNCIL_ROLE_NAMES[m.role]} trong cùng thời gian.`,
            `${holder.name} holds that role in the period: one ${m.role} at a time.`,
            { role: m.role, holder: holder.memberId },
          );
        }
      }
      return [{ type: 'CouncilMemberAppointed', data: { unitId: command.unitId, ...m } }];
    }
    case 'EndCouncilMembership': {
      const current = memberships.find((x) => x.memberId === command.memberId && x.to === null);
      const ended = memberships.find((x) => x.memberId === command.memberId && x.to === command.to);
      if (!current && ended) return [];
      if (!current) {
        throw new CouncilRosterError(
          'COUNCIL_ROSTER.NOT_A_MEMBER',
          'Người này không đang là thành viên Hội đồng.',
          'Not a sitting member of the council.',
          { memberId: command.memberId },
        );
      }
      if (!IsoDate.safeParse(command.to).success || command.to < current.from) {
        throw new CouncilRosterError(
          'COUNCIL_ROSTER.INVALID',
          `Ngày kết thúc của ${current.name} không được trước ngày bắt đầu (${viDate(current.from)}).`,
          'The end date is before the start.',
        );
      }
      return [
        {
          type: 'CouncilMembershipEnded',
          data: {
            unitId: command.unitId,
            memberId: command.memberId,
            name: current.name,
            from: current.from,
            to: command.to,
          },
        },
      ];
    }
  }
}

export function evolveCouncilRoster(
  state: CouncilRosterState | null,
  event: CouncilRosterEvent,
): CouncilRosterState | null {
  const base: CouncilRosterState = state ?? { unitId: event.data.unitId, memberships: [] };
  switch (event.type) {
    case 'CouncilMemberAppointed': {
      const { unitId: _u, ...m } = event.data;
      return { ...base, memberships: [...base.memberships, m] };
    }
    case 'CouncilMembershipEnded':
      return {
        ...base,
        memberships: base.memberships.map((m) =>
          m.memberId === event.data.memberId && m.from === event.data.from && m.to === null
            ? { ...m, to: event.data.to }
            : m,
        ),
      };
  }
}

/** The council roster aggregate, as the command handler runs it (`council-roster-<unitId>`). */
export const councilRosterAggregate: Aggregate<CouncilRosterState | null, CouncilRosterCommand, CouncilRosterEvent> = {
  label: { vi: 'thành phần Hội đồng TĐKT', en: 'council roster' },
  initialState: null,
  decide: decideCouncilRoster,
  evolve: evolveCouncilRoster,
  eventSchema: CouncilRosterEvent,
};
