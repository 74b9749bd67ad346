import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { DelegationError, type DelegationProblem } from './delegation.errors';
import { DelegationEvent } from './delegation.events';

/** A delegation lasts at most this many days. */
export const MAX_DELEGATION_DAYS = 90;
const DAY_MS = 86_400_000;
/** A start this far in the past still counts as "now" (clock skew between the browser and the API). */
const START_SLACK_MS = 5 * 60_000;

/** Lend the delegator's approver roles at a unit. */
export interface GrantDelegation extends TimedCommand {
  type: 'GrantDelegation';
  delegationId: string;
  delegatorId: string;
  delegate: { id: string; name: string };
  unitId: string;
  roles: string[];
  /** ISO instants; `startsAt` defaults to `now` before the command is built. */
  startsAt: string;
  endsAt: string;
  reason: string;
  /** Another live delegation of the same delegator and unit overlapping the period, if the caller found one. */
  overlapping: { id: string; startsAt: string; endsAt: string; delegateName: string } | null;
}

/** End a delegation early. */
export interface RevokeDelegation extends TimedCommand {
  type: 'RevokeDelegation';
  delegationId: string;
  reason: string | null;
}

/** Every delegation command. */
export type DelegationCommand = GrantDelegation | RevokeDelegation;

/** A delegation as its events made it; null before it was granted. */
export type DelegationState = {
  delegationId: string;
  endsAt: string;
  revokedAt: string | null;
} | null;

function periodProblems(c: GrantDelegation): DelegationProblem[] {
  const [now, start, end] = [Date.parse(c.now), Date.parse(c.startsAt), Date.parse(c.endsAt)];
  const problems: DelegationProblem[] = [];
  if (c.delegate.id === c.delegatorId) {
    problems.push({
      field: 'delegateUserId',
      rule: 'not_self',
      messageVi: 'Không thể tự ủy quyền cho chính mình.',
      messageEn: 'You cannot delegate to yourself.',
    });
  }
  if (start < now - START_SLACK_MS) {
    problems.push({
      field: 'startsAt',
      rule: 'not_past',
      messageVi: 'Thời điểm bắt đầu không được ở quá khứ.',
      messageEn: 'startsAt must not be in the past.',
    });
  }
  if (end <= start) {
    problems.push({
      field: 'endsAt',
      rule: 'after_start',
      messageVi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
      messageEn: 'endsAt must be after startsAt.',
    });
  } else if (end - start > MAX_DELEGATION_DAYS * DAY_MS) {
    problems.push({
      field: 'endsAt',
      rule: 'max_duration',
      messageVi: `Ủy quyền tối đa ${MAX_DELEGATION_DAYS} ngày.`,
      messageEn: `A delegation lasts at most ${MAX_DELEGATION_DAYS} days.`,
    });
  }
  return problems;
}

function closed(id: string, why: 'revoked' | 'ended', at: string): DelegationError {
  return why === 'revoked'
    ? new DelegationError(
        'DELEGATION.ALREADY_REVOKED',
        `Ủy quyền đã được thu hồi lúc ${at}.`,
        `The delegation was already revoked at ${at}.`,
        { id, at },
      )
    : new DelegationError(
        'DELEGATION.ENDED',
        `Ủy quyền đã hết hạn lúc ${at}.`,
        `The delegation already ended at ${at}.`,
        {
          id,
          at,
        },
      );
}

/** Decides a delegation command. */
export function decideDelegation(command: DelegationCommand, state: DelegationState): DelegationEvent[] {
  if (command.type === 'GrantDelegation') {
    if (state) throw closed(state.delegationId, state.revokedAt ? 'revoked' : 'ended', state.revokedAt ?? state.endsAt);
    const problems = periodProblems(command);
    if (problems.length > 0) {
      throw new DelegationError(
        'DELEGATION.INVALID_PERIOD',
        `Ủy quyền không hợp lệ (${problems.length} lỗi).`,
        `The delegation is invalid (${problems.length} error(s)).`,
        { problems },
      );
    }
    const o = command.overlapping;
    if (o) {
      throw new DelegationError(
        'DELEGATION.OVERLAPS',
        `Đã có ủy quyền cho ${o.delegateName} từ ${o.startsAt} đến ${o.endsAt} trùng thời gian; hãy thu hồi trước.`,
        `A delegation to ${o.delegateName} from ${o.startsAt} to ${o.endsAt} overlaps; revoke it first.`,
        { existing: o },
      );
    }
    return [
      {
        type: 'DelegationGranted',
        data: {
          delegationId: command.delegationId,
          delegatorId: command.delegatorId,
          delegateId: command.delegate.id,
          delegateName: command.delegate.name,
          unitId: command.unitId,
          roles: command.roles,
          startsAt: command.startsAt,
          endsAt: command.endsAt,
          reason: command.reason,
        },
      },
    ];
  }
  if (!state) {
    throw new DelegationError('DELEGATION.NOT_FOUND', 'Không tìm thấy ủy quyền.', 'The delegation was not found.', {
      id: command.delegationId,
    });
  }
  if (state.revokedAt) throw closed(state.delegationId, 'revoked', state.revokedAt);
  if (Date.parse(state.endsAt) <= Date.parse(command.now)) throw closed(state.delegationId, 'ended', state.endsAt);
  return [
    {
      type: 'DelegationRevoked',
      data: {
        delegationId: state.delegationId,
        revokedAt: command.now,
        ...(command.reason ? { reason: command.reason } : {}),
      },
    },
  ];
}

/** Applies a delegation event. */
export function evolveDelegation(state: DelegationState, event: DelegationEvent): DelegationState {
  if (event.type === 'DelegationGranted') {
    return { delegationId: event.data.delegationId, endsAt: event.data.endsAt, revokedAt: null };
  }
  return state && { ...state, revokedAt: event.data.revokedAt };
}

/** One delegation (stream `delegation-<id>`). */
export const delegationAggregate: Aggregate<DelegationState, DelegationCommand, DelegationEvent> = {
  label: { vi: 'ủy quyền', en: 'delegation' },
  initialState: null,
  decide: decideDelegation,
  evolve: evolveDelegation,
  eventSchema: DelegationEvent,
};
