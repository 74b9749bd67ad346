import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Config } from '@vinhdanh/config';
import type { Database, UserRole } from '@vinhdanh/db';
import { CLOCK, CONFIG, DB, type Clock } from '../core/tokens';
import { ForbiddenError, InvalidCredentialsError, LoginRateLimitedError, UnauthenticatedError } from './auth.errors';
import { signAccessToken, TokenRejectedError, verifyAccessToken } from './jwt';
import {
  clearFailures,
  lockedForSeconds,
  recordFailure,
  throttleKey,
  type LoginThrottlePolicy,
} from './login-throttle';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password';
import { hasRoleAt, type Principal } from './principal';
import { findLoginCandidate, loadPrincipal } from './users.repository';

/** Token for the login throttle policy (override in tests or per deployment). */
export const LOGIN_THROTTLE_POLICY = Symbol('vinhdanh.LoginThrottlePolicy');

/** The result of a successful login. */
export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: string;
  user: Principal;
}

/** Logs users in, authenticates bearer tokens and checks unit-scoped roles. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGIN_THROTTLE_POLICY) private readonly throttle: LoginThrottlePolicy,
  ) {}

  /** Checks a password (rate-limited per username and client address) and issues an access token. */
  async login(username: string, password: string, clientAddress: string): Promise<LoginResult> {
    const key = throttleKey(username, clientAddress);
    const locked = await lockedForSeconds(this.db, key, this.throttle, this.clock());
    if (locked > 0) throw new LoginRateLimitedError(locked);
    const candidate = await findLoginCandidate(this.db, username);
    // Unknown users cost one scrypt too, so response time does not reveal which usernames exist.
    const passwordOk = await verifyPassword(password, candidate?.passwordHash ?? (await DUMMY_PASSWORD_HASH));
    if (!candidate || !passwordOk) {
      await recordFailure(this.db, key, this.throttle, this.clock());
      throw new InvalidCredentialsError();
    }
    if (!candidate.active) throw new UnauthenticatedError('AUTH.USER_INACTIVE');
    await clearFailures(this.db, key);
    const now = this.clock();
    const { token, claims } = signAccessToken(candidate, this.config.JWT_SECRET, {
      now,
      ttlSeconds: this.config.JWT_TTL_SECONDS,
    });
    const user = await loadPrincipal(this.db, candidate.id, now);
    if (!user) throw new UnauthenticatedError('AUTH.USER_INACTIVE');
    return { accessToken: token, tokenType: 'Bearer', expiresAt: new Date(claims.exp * 1000).toISOString(), user };
  }

  /** The principal behind a bearer token, with roles valid now; throws a 401 error otherwise. */
  async authenticate(token: string): Promise<Principal> {
    const now = this.clock();
    let userId: string;
    try {
      userId = verifyAccessToken(token, this.config.JWT_SECRET, now).sub;
    } catch (err) {
      if (err instanceof TokenRejectedError) {
        throw new UnauthenticatedError(err.reason === 'expired' ? 'AUTH.TOKEN_EXPIRED' : 'AUTH.TOKEN_INVALID');
      }
      throw err;
    }
    const principal = await loadPrincipal(this.db, userId, now);
    if (!principal) throw new UnauthenticatedError('AUTH.USER_INACTIVE');
    return principal;
  }

  /**
   * Throws 403 unless the user holds one of `roles` at exactly `unitId`. Use it in services when
   * the unit comes from the resource (e.g. the nomination's current step), not from the request.
   */
  assertRoleAt(user: Principal, unitId: string, roles: readonly UserRole[]): void {
    if (!hasRoleAt(user, roles, unitId)) throw new ForbiddenError(roles, unitId);
  }
}
