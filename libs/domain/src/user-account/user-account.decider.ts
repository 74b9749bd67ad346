import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { UserAccountError } from './user-account.errors';
import { UserAccountEvent, type RecordedGrant } from './user-account.events';

/** Create an account with its first grants (from `now`). */
export interface CreateUser extends TimedCommand {
  type: 'CreateUser';
  username: string;
  fullName: string;
  email: string | null;
  grants: { role: string; unitId: string }[];
}

/** Grant a role at a unit from `now`. */
export interface GrantRole extends TimedCommand {
  type: 'GrantRole';
  role: string;
  unitId: string;
}

/** End the current grant of a role at a unit at `now`. */
export interface RevokeRole extends TimedCommand {
  type: 'RevokeRole';
  role: string;
  unitId: string;
}

/** End every open grant at a dissolved unit at the start of the dissolution day (`endsAt`). */
export interface EndRolesAtDissolvedUnit extends TimedCommand {
  type: 'EndRolesAtDissolvedUnit';
  unitId: string;
  /** ISO instant: the dissolution day's start in Vietnam time. */
  endsAt: string;
}

/** Lock (`active` false) or unlock account `userId`; `byUserId` is the administrator doing it. */
export interface SetUserActive extends TimedCommand {
  type: 'SetUserActive';
  active: boolean;
  userId: string;
  byUserId: string;
}

/** Every account command. */
export type UserAccountCommand = CreateUser | GrantRole | RevokeRole | EndRolesAtDissolvedUnit | SetUserActive;

/** An account as its events made it; null before it exists. */
export type UserAccountState = {
  username: string;
  active: boolean;
  /** Every grant, ended ones included (`validTo` set). */
  grants: RecordedGrant[];
} | null;

const at = (iso: string): number => Date.parse(iso);

/** True when the grant is in force at `now`. */
export function grantIsCurrent(g: RecordedGrant, now: string): boolean {
  return at(g.validFrom) <= at(now) && (g.validTo === null || at(g.validTo) > at(now));
}

function existing(state: UserAccountState): NonNullable<UserAccountState> {
  if (!state)
    throw new UserAccountError('USER.NOT_FOUND', 'Không tìm thấy người dùng.', 'Unknown user.', { field: 'id' });
  return state;
}

/** Decides an account command. */
export function decideUserAccount(command: UserAccountCommand, state: UserAccountState): UserAccountEvent[] {
  switch (command.type) {
    case 'CreateUser': {
      if (state) {
        throw new UserAccountError(
          'USER.ALREADY_EXISTS',
          `Tên đăng nhập "${command.username}" đã được dùng.`,
          `Username "${command.username}" is taken.`,
          { field: 'username', username: command.username },
        );
      }
      const seen = new Set<string>();
      const grants = command.grants.filter((g) => {
        const k = `${g.role}|${g.unitId}`;
        return seen.has(k) ? false : (seen.add(k), true);
      });
      const { username, fullName, email } = command;
      return [
        { type: 'UserCreated', data: { username, fullName, email } },
        ...grants.map((g) => ({
          type: 'UserRoleGranted' as const,
          data: { role: g.role, unitId: g.unitId, validFrom: command.now },
        })),
      ];
    }
    case 'GrantRole': {
      const user = existing(state);
      const { role, unitId } = command;
      if (user.grants.some((g) => g.role === role && g.unitId === unitId && grantIsCurrent(g, command.now))) {
        throw new UserAccountError(
          'USER_ROLE.ALREADY_EXISTS',
          `Người dùng đã có vai trò ${role} tại đơn vị "${unitId}".`,
          `The user already holds role ${role} at unit "${unitId}".`,
          { role, unitId },
        );
      }
      return [{ type: 'UserRoleGranted', data: { role, unitId, validFrom: command.now } }];
    }
    case 'RevokeRole': {
      const user = existing(state);
      const { role, unitId } = command;
      const grant = user.grants.find((g) => g.role === role && g.unitId === unitId && grantIsCurrent(g, command.now));
      if (!grant) {
        throw new UserAccountError(
          'USER_ROLE.NOT_FOUND',
          `Người dùng không có vai trò ${role} tại đơn vị "${unitId}".`,
          `The user holds no current role ${role} at unit "${unitId}".`,
          { role, unitId },
        );
      }
      return [{ type: 'UserRoleRevoked', data: { role, unitId, validFrom: grant.validFrom, validTo: command.now } }];
    }
    case 'EndRolesAtDissolvedUnit': {
      const user = existing(state);
      const end = at(command.endsAt);
      return user.grants
        .filter(
          (g) => g.unitId === command.unitId && at(g.validFrom) < end && (g.validTo === null || at(g.validTo) > end),
        )
        .map((g) => ({
          type: 'UserRoleRevoked' as const,
          data: { role: g.role, unitId: g.unitId, validFrom: g.validFrom, validTo: command.endsAt, dissolution: true },
        }));
    }
    case 'SetUserActive': {
      const user = existing(state);
      if (!command.active && command.userId === command.byUserId) {
        throw new UserAccountError(
          'USER.CONFLICT',
          'Không thể tự khóa tài khoản của mình.',
          'You cannot deactivate your own account.',
          {
            field: 'id',
          },
        );
      }
      if (user.active === command.active) return [];
      const data = { username: user.username };
      return [command.active ? { type: 'UserReactivated', data } : { type: 'UserDeactivated', data }];
    }
  }
}

const sameGrant = (g: RecordedGrant, d: { role: string; unitId: string; validFrom: string }): boolean =>
  g.role === d.role && g.unitId === d.unitId && at(g.validFrom) === at(d.validFrom);

/**
 * Applies an account event. A stream begun before accounts were typed may start with a grant or a
 * lock of a seeded user; the state stays null until its `UserRecorded` arrives.
 */
export function evolveUserAccount(state: UserAccountState, event: UserAccountEvent): UserAccountState {
  switch (event.type) {
    case 'UserCreated':
      return { username: event.data.username, active: true, grants: [] };
    case 'UserRecorded':
      return { username: event.data.username, active: event.data.active, grants: event.data.grants };
    case 'UserRoleGranted':
      return state && { ...state, grants: [...state.grants, { ...event.data, validTo: null }] };
    case 'UserRoleRevoked':
      return (
        state && {
          ...state,
          grants: state.grants.map((g) => (sameGrant(g, event.data) ? { ...g, validTo: event.data.validTo } : g)),
        }
      );
    case 'UserDeactivated':
      return state && { ...state, active: false };
    case 'UserReactivated':
      return state && { ...state, active: true };
  }
}

/** One user account and its unit-scoped roles (stream `user-<id>`). */
export const userAccountAggregate: Aggregate<UserAccountState, UserAccountCommand, UserAccountEvent> = {
  label: { vi: 'người dùng', en: 'user' },
  initialState: null,
  decide: decideUserAccount,
  evolve: evolveUserAccount,
  eventSchema: UserAccountEvent,
};
