import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { vietnamDateOf } from '@vinhdanh/domain';
import { bumpTokenVersion, requirePasswordChange } from '../auth/credentials';
import { hashPassword } from '../auth/password';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { EVENT_STORE } from '../projector/projector.tokens';
import { AdminRecord, notifyAll, userStreamId, type AdminFact } from '../reorganisation/admin-events';
import { adminScopeOf, type AdminScope } from './units.scope';
import {
  RoleGrantExistsError,
  RoleGrantNotFoundError,
  SelfDeactivationError,
  UsernameTakenError,
} from './users.errors';
import { assertMayAdminister, assertMayChangeGrant } from './users.permissions';
import { listUsers, loadUserViews } from './users.repository';
import type { CreateUserRequest, ListUsersQuery, RoleChangeRequest, UserPage, UserView } from './users.schemas';
import { ForbiddenError } from '../auth/auth.errors';

const UNIQUE_VIOLATION = '23505';

/**
 * Users and their unit-scoped roles. Every change appends an event to `user-<id>` in the same
 * transaction as the table change, with the operator and the reason.
 */
@Injectable()
export class UsersService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  private scope(user: Principal): Promise<AdminScope> {
    return adminScopeOf(this.db, user, vietnamDateOf(this.clock().toISOString()));
  }

  /** A page of the users the caller administers. */
  async list(user: Principal, query: ListUsersQuery): Promise<UserPage> {
    const scope = await this.scope(user);
    return listUsers(this.db, query, this.clock(), scope.all ? undefined : [...scope.units]);
  }

  /** One user; 404 when unknown, 403 outside the caller's scope. */
  async get(user: Principal, id: string): Promise<UserView> {
    const view = await this.load(id);
    assertMayAdminister(await this.scope(user), view);
    return view;
  }

  /** Creates a user with an initial password (hashed, never returned) and optional grants. */
  async create(user: Principal, body: CreateUserRequest, key: string): Promise<UserView> {
    const rec = new AdminRecord(user, 'user-create', key, body.reason, this.clock());
    const done = await rec.alreadyDone(this.db);
    if (done) return this.load(done.streamId.slice('user-'.length));
    const scope = await this.scope(user);
    body.roles.forEach((g, i) => assertMayChangeGrant(scope, g.role, g.unitId, `roles[${i}].unitId`));
    if (!scope.all && body.roles.length === 0) throw new ForbiddenError(['system_admin']);
    const passwordHash = await hashPassword(body.initialPassword);
    const now = rec.now;
    let written: { id: string; results: Awaited<ReturnType<AdminRecord['append']>> };
    try {
      written = await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('users')
          .values({
            username: body.username,
            full_name: body.fullName,
            password_hash: passwordHash,
            email: body.email ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await requirePasswordChange(trx, row.id);
        const grants = dedupe(body.roles);
        if (grants.length > 0) {
          await trx
            .insertInto('user_roles')
            .values(grants.map((g) => ({ user_id: row.id, unit_id: g.unitId, role: g.role, valid_from: now })))
            .execute();
        }
        const stream = userStreamId(row.id);
        const created = { username: body.username, fullName: body.fullName, email: body.email ?? null };
        const facts: AdminFact[] = [
          { streamId: stream, type: 'UserCreated', data: created },
          ...grants.map((g) => ({
            streamId: stream,
            type: 'UserRoleGranted',
            data: { ...g, validFrom: now.toISOString() },
          })),
        ];
        return { id: row.id, results: await rec.append(this.store, trx, facts) };
      });
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new UsernameTakenError(body.username);
      throw err;
    }
    notifyAll(this.store, written.results);
    return this.load(written.id);
  }

  /** Deactivates (`active=false`: the user's tokens stop working at once) or reactivates a user. */
  async setActive(user: Principal, id: string, active: boolean, reason: string, key: string): Promise<UserView> {
    const rec = new AdminRecord(user, active ? 'user-reactivate' : 'user-deactivate', key, reason, this.clock());
    if (await rec.alreadyDone(this.db)) return this.load(id);
    const view = await this.get(user, id);
    if (!active && id === user.id) throw new SelfDeactivationError();
    if (view.active === active) return view;
    const results = await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ active }).where('id', '=', id).execute();
      await bumpTokenVersion(trx, id);
      const type = active ? 'UserReactivated' : 'UserDeactivated';
      return rec.append(this.store, trx, [{ streamId: userStreamId(id), type, data: { username: view.username } }]);
    });
    notifyAll(this.store, results);
    return this.load(id);
  }

  /** Grants a role at a unit from now on. */
  async grant(user: Principal, id: string, body: RoleChangeRequest, key: string): Promise<UserView> {
    const rec = new AdminRecord(user, 'user-grant', key, body.reason, this.clock());
    if (await rec.alreadyDone(this.db)) return this.load(id);
    const view = await this.load(id);
    assertMayChangeGrant(await this.scope(user), body.role, body.unitId, 'unitId');
    if (view.roles.some((r) => r.current && r.role === body.role && r.unitId === body.unitId)) {
      throw new RoleGrantExistsError(body.role, body.unitId);
    }
    const now = rec.now;
    const results = await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('user_roles')
        .values({ user_id: id, unit_id: body.unitId, role: body.role, valid_from: now })
        .execute();
      const data = { role: body.role, unitId: body.unitId, validFrom: now.toISOString() };
      return rec.append(this.store, trx, [{ streamId: userStreamId(id), type: 'UserRoleGranted', data }]);
    });
    notifyAll(this.store, results);
    return this.load(id);
  }

  /** Ends the current grant of a role at a unit now (the history keeps it). */
  async revoke(user: Principal, id: string, body: RoleChangeRequest, key: string): Promise<UserView> {
    const rec = new AdminRecord(user, 'user-revoke', key, body.reason, this.clock());
    if (await rec.alreadyDone(this.db)) return this.load(id);
    const view = await this.load(id);
    assertMayChangeGrant(await this.scope(user), body.role, body.unitId, 'unitId');
    const grant = view.roles.find((r) => r.current && r.role === body.role && r.unitId === body.unitId);
    if (!grant) throw new RoleGrantNotFoundError(body.role, body.unitId);
    const now = rec.now;
    const results = await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('user_roles')
        .set({ valid_to: now })
        .where('user_id', '=', id)
        .where('unit_id', '=', body.unitId)
        .where('role', '=', body.role as UserRole)
        .where('valid_from', '=', new Date(grant.validFrom))
        .execute();
      await bumpTokenVersion(trx, id);
      const data = { role: body.role, unitId: body.unitId, validFrom: grant.validFrom, validTo: now.toISOString() };
      return rec.append(this.store, trx, [{ streamId: userStreamId(id), type: 'UserRoleRevoked', data }]);
    });
    notifyAll(this.store, results);
    return this.load(id);
  }

  private async load(id: string): Promise<UserView> {
    const [view] = await loadUserViews(this.db, [id], this.clock());
    if (!view) throw new ResourceNotFoundError('USER', id, 'người dùng');
    return view;
  }
}

function dedupe<T extends { role: string; unitId: string }>(grants: readonly T[]): T[] {
  const seen = new Set<string>();
  return grants.filter((g) => {
    const k = `${g.role}|${g.unitId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
