import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { vietnamDateOf, type UserAccountCommand } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { rolesFor } from '../auth/policy';
import { hashPassword } from '../auth/password';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { deterministicUuid } from '../nominations/idempotency';
import { userCommand } from './org.commands';
import { adminScopeOf, type AdminScope } from './units.scope';
import { UsernameTakenError } from './users.errors';
import { assertMayAdminister, assertMayChangeGrant } from './users.permissions';
import { listUsers, loadUserViews } from './users.repository';
import type { CreateUserRequest, ListUsersQuery, RoleChangeRequest, UserPage, UserView } from './users.schemas';

const UNIQUE_VIOLATION = '23505';

/**
 * Users and their unit-scoped roles: each change is a command the account aggregate decides, run
 * through the command handler on `user-<id>` with the operator and the reason; the tables are its
 * read model, written in the same transaction. The id of a new account derives from the request's
 * Idempotency-Key, so a retry finds the account it created.
 */
@Injectable()
export class UsersService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
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

  /** Creates a user with an initial password (hashed, never returned nor recorded) and optional grants. */
  async create(user: Principal, body: CreateUserRequest, key: string): Promise<UserView> {
    const id = deterministicUuid('user-create', user.id, key);
    const [done] = await loadUserViews(this.db, [id], this.clock());
    if (done) return done;
    const scope = await this.scope(user);
    body.roles.forEach((g, i) => assertMayChangeGrant(scope, g.role, g.unitId, `roles[${i}].unitId`));
    if (!scope.all && body.roles.length === 0) throw new ForbiddenError(rolesFor('user.grantSystemRole'));
    const passwordHash = await hashPassword(body.initialPassword);
    const command: UserAccountCommand = {
      type: 'CreateUser',
      now: this.clock().toISOString(),
      username: body.username,
      fullName: body.fullName,
      email: body.email ?? null,
      grants: body.roles.map((g) => ({ role: g.role, unitId: g.unitId })),
    };
    try {
      await this.run(user, id, command, body.reason, { purpose: 'user-create', key }, { passwordHash });
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new UsernameTakenError(body.username);
      throw err;
    }
    return this.load(id);
  }

  /** Deactivates (`active=false`: the user's tokens stop working at once) or reactivates a user. */
  async setActive(user: Principal, id: string, active: boolean, reason: string, key: string): Promise<UserView> {
    await this.get(user, id);
    const command: UserAccountCommand = {
      type: 'SetUserActive',
      now: this.clock().toISOString(),
      active,
      userId: id,
      byUserId: user.id,
    };
    await this.run(user, id, command, reason, { purpose: active ? 'user-reactivate' : 'user-deactivate', key });
    return this.load(id);
  }

  /** Grants a role at a unit from now on. */
  async grant(user: Principal, id: string, body: RoleChangeRequest, key: string): Promise<UserView> {
    await this.load(id);
    assertMayChangeGrant(await this.scope(user), body.role, body.unitId, 'unitId');
    const command: UserAccountCommand = {
      type: 'GrantRole',
      now: this.clock().toISOString(),
      role: body.role,
      unitId: body.unitId,
    };
    await this.run(user, id, command, body.reason, { purpose: 'user-grant', key });
    return this.load(id);
  }

  /** Ends the current grant of a role at a unit now (the history keeps it; the user's tokens end). */
  async revoke(user: Principal, id: string, body: RoleChangeRequest, key: string): Promise<UserView> {
    await this.load(id);
    assertMayChangeGrant(await this.scope(user), body.role, body.unitId, 'unitId');
    const command: UserAccountCommand = {
      type: 'RevokeRole',
      now: this.clock().toISOString(),
      role: body.role,
      unitId: body.unitId,
    };
    await this.run(user, id, command, body.reason, { purpose: 'user-revoke', key });
    return this.load(id);
  }

  private async run(
    user: Principal,
    id: string,
    command: UserAccountCommand,
    reason: string,
    idempotency: { purpose: string; key: string },
    credentials?: { passwordHash: string },
  ): Promise<void> {
    await this.commands.execute({
      ...userCommand(id, command, credentials),
      actor: actorOf(user),
      reason,
      idempotency,
    });
  }

  private async load(id: string): Promise<UserView> {
    const [view] = await loadUserViews(this.db, [id], this.clock());
    if (!view) throw new ResourceNotFoundError('USER', id, 'người dùng');
    return view;
  }
}
