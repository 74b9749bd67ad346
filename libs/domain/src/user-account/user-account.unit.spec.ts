import { foldEvents } from '../shared/aggregate';
import { userAccountAggregate as accounts, type UserAccountCommand } from './user-account.decider';
import { UserAccountError } from './user-account.errors';
import { UserAccountEvent } from './user-account.events';

const t0 = '2026-06-15T03:00:00.000Z';
const t1 = '2026-06-16T03:00:00.000Z';
const create: UserAccountCommand = {
  type: 'CreateUser',
  now: t0,
  username: 'xha.chair',
  fullName: 'Nguyễn Thị Hoa',
  email: null,
  grants: [
    { role: 'chair', unitId: 'cd-xa-hoa-an' },
    { role: 'chair', unitId: 'cd-xa-hoa-an' },
  ],
};
const born = accounts.decide(create, null);
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    if (err instanceof UserAccountError) return err.code;
    throw err;
  }
  throw new Error('no refusal');
};

describe('user account aggregate', () => {
  it('creates the account with each grant once, from the command time', () => {
    expect(born.map((e) => e.type)).toEqual(['UserCreated', 'UserRoleGranted']);
    expect(born[1]?.data).toEqual({ role: 'chair', unitId: 'cd-xa-hoa-an', validFrom: t0 });
    expect(code(() => accounts.decide(create, foldEvents(accounts, born)))).toBe('USER.ALREADY_EXISTS');
  });

  it('grants once, revokes the current grant only, and keeps ended grants in the state', () => {
    const state = foldEvents(accounts, born);
    const grant = { type: 'GrantRole', now: t1, role: 'chair', unitId: 'cd-xa-hoa-an' } as const;
    expect(code(() => accounts.decide(grant, state))).toBe('USER_ROLE.ALREADY_EXISTS');
    const revoke = { ...grant, type: 'RevokeRole' } as const;
    const revoked = accounts.decide(revoke, state);
    expect(revoked).toEqual([
      { type: 'UserRoleRevoked', data: { role: 'chair', unitId: 'cd-xa-hoa-an', validFrom: t0, validTo: t1 } },
    ]);
    const after = foldEvents(accounts, [...born, ...revoked]);
    expect(after?.grants).toEqual([{ role: 'chair', unitId: 'cd-xa-hoa-an', validFrom: t0, validTo: t1 }]);
    expect(code(() => accounts.decide(revoke, after))).toBe('USER_ROLE.NOT_FOUND');
    expect(accounts.decide(grant, after).map((e) => e.type)).toEqual(['UserRoleGranted']);
  });

  it('ends the grants open past the dissolution day at its start, marked as such', () => {
    const state = foldEvents(accounts, born);
    const endsAt = '2026-06-30T17:00:00.000Z';
    const ended = accounts.decide({ type: 'EndRolesAtDissolvedUnit', now: t1, unitId: 'cd-xa-hoa-an', endsAt }, state);
    expect(ended).toEqual([
      {
        type: 'UserRoleRevoked',
        data: { role: 'chair', unitId: 'cd-xa-hoa-an', validFrom: t0, validTo: endsAt, dissolution: true },
      },
    ]);
    expect(accounts.decide({ type: 'EndRolesAtDissolvedUnit', now: t1, unitId: 'other', endsAt }, state)).toEqual([]);
  });

  it('locks and unlocks once each; an administrator cannot lock their own account', () => {
    const state = foldEvents(accounts, born);
    const lock = { type: 'SetUserActive', now: t1, active: false, userId: 'u-1', byUserId: 'admin' } as const;
    const locked = accounts.decide(lock, state);
    expect(locked).toEqual([{ type: 'UserDeactivated', data: { username: 'xha.chair' } }]);
    expect(accounts.decide(lock, foldEvents(accounts, [...born, ...locked]))).toEqual([]);
    expect(code(() => accounts.decide({ ...lock, byUserId: 'u-1' }, state))).toBe('USER.CONFLICT');
  });

  it('parses the shapes written before accounts were typed; a seeded account waits for its row', () => {
    const legacy = [
      { type: 'UserDeactivated', data: { username: 'hv.nominator' } },
      { type: 'UserReactivated', data: { username: 'hv.nominator' } },
      { type: 'UserCreated', data: { username: 'a', fullName: 'A' } },
    ].map((e) => UserAccountEvent.parse(e));
    expect(foldEvents(accounts, legacy.slice(0, 2))).toBeNull();
    expect(foldEvents(accounts, legacy)).toEqual({ username: 'a', active: true, grants: [] });
  });
});
