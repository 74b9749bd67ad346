import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Config } from '@vinhdanh/config';
import type { Database, UserRole } from '@vinhdanh/db';
import { timeStage } from '../core/stage-timings';
import { CLOCK, CONFIG, DB, type Clock } from '../core/tokens';
import { RequestValidationError } from '../errors/api-error';
import { ForbiddenError, InvalidCredentialsError, LoginRateLimitedError, UnauthenticatedError } from './auth.errors';
import { AccessCache } from './access-cache';
import { credentialsOf, storeOwnPassword } from './credentials';
import { signAccessToken, TokenRejectedError, verifyAccessToken, type AccessTokenClaims } from './jwt';
import {
  addressPolicy,
  addressThrottleKey,
  clearFailures,
  lockedForSeconds,
  recordFailure,
  throttleKey,
  type LoginThrottlePolicy,
} from './login-throttle';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password';
import { passwordProblems } from './password-policy';
import { hasRoleAt, type Principal } from './principal';
import { requestStanding } from './request-standing';
import { openSession, revokeSession, rotateRefreshToken } from './sessions';
import { findLoginCandidate, loadPrincipal } from './users.repository';

/** Token for the login throttle policy (override in tests or per deployment). */
export const LOGIN_THROTTLE_POLICY = Symbol('vinhdanh.LoginThrottlePolicy');

/** The result of a login, a refresh or a password change: a short access token and a refresh token. */
export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  /** When the access token ends (ISO 8601); refresh before. */
  expiresAt: string;
  /** Single use: `POST /auth/refresh` answers a new one with the next access token. */
  refreshToken: string;
  /** When the session ends, refresh or not (ISO 8601). */
  refreshExpiresAt: string;
  /** True when the password an administrator set must be changed first (`POST /auth/password`). */
  mustChangePassword: boolean;
  user: Principal;
}

/** Logs users in and out, refreshes sessions, changes passwords, authenticates bearer tokens and checks unit-scoped roles. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGIN_THROTTLE_POLICY) private readonly throttle: LoginThrottlePolicy,
    private readonly access: AccessCache,
  ) {}

  /**
   * Checks a password and opens a session. Rate-limited per username and client address, and per
   * client address alone (many usernames tried from one address).
   */
  async login(username: string, password: string, clientAddress: string): Promise<LoginResult> {
    const key = throttleKey(username, clientAddress);
    const addressKey = addressThrottleKey(clientAddress);
    const perAddress = addressPolicy(this.throttle);
    const locked = Math.max(
      await lockedForSeconds(this.db, key, this.throttle, this.clock()),
      await lockedForSeconds(this.db, addressKey, perAddress, this.clock()),
    );
    if (locked > 0) throw new LoginRateLimitedError(locked);
    const candidate = await findLoginCandidate(this.db, username);
    // Unknown users cost one scrypt too, so response time does not reveal which usernames exist.
    const passwordOk = await verifyPassword(password, candidate?.passwordHash ?? (await DUMMY_PASSWORD_HASH));
    if (!candidate || !passwordOk) {
      await recordFailure(this.db, key, this.throttle, this.clock());
      await recordFailure(this.db, addressKey, perAddress, this.clock());
      throw new InvalidCredentialsError();
    }
    if (!candidate.active) throw new UnauthenticatedError('AUTH.USER_INACTIVE');
    await clearFailures(this.db, key);
    return this.issue(candidate);
  }

  /** Exchanges a refresh token for a new access token and refresh token (the old one is spent). */
  async refresh(refreshToken: string): Promise<LoginResult> {
    const now = this.clock();
    const rotated = await rotateRefreshToken(this.db, refreshToken, now);
    if (!rotated.ok) throw new UnauthenticatedError('AUTH.REFRESH_INVALID');
    const candidate = await loadPrincipal(this.db, rotated.userId, now);
    if (!candidate) throw new UnauthenticatedError('AUTH.USER_INACTIVE');
    return this.tokensFor(candidate, rotated.tokenVersion, rotated.session);
  }

  /** Ends the session of a (still valid) access token. */
  async logout(token: string): Promise<void> {
    const claims = await this.verify(token);
    await revokeSession(this.db, claims.sid, claims.sub, this.clock());
  }

  /**
   * Replaces the caller's password after checking the current one and the policy; ends every
   * earlier session (the token version moves on) and opens a new one.
   */
  async changePassword(user: Principal, currentPassword: string, newPassword: string): Promise<LoginResult> {
    const candidate = await findLoginCandidate(this.db, user.username);
    if (!candidate || !(await verifyPassword(currentPassword, candidate.passwordHash))) {
      throw new RequestValidationError([
        {
          field: 'currentPassword',
          in: 'body',
          rule: 'current-password',
          message: 'Mật khẩu hiện tại không đúng.',
          message_en: 'The current password is wrong.',
        },
      ]);
    }
    const problems = passwordProblems(newPassword, { username: user.username });
    if (newPassword === currentPassword) {
      problems.push({
        rule: 'unchanged',
        message: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
        message_en: 'The new password must differ from the current one.',
      });
    }
    if (problems.length > 0) {
      throw new RequestValidationError(
        problems.map((p) => ({
          field: 'newPassword',
          in: 'body',
          rule: `password-${p.rule}`,
          message: p.message,
          message_en: p.message_en,
        })),
      );
    }
    await storeOwnPassword(this.db, candidate.id, await hashPassword(newPassword), this.clock());
    return this.issue(candidate);
  }

  /**
   * The principal behind a bearer token, with roles valid now; throws a 401 error otherwise. One
   * round trip reads the session and the access generation; the roles and delegated grants come
   * from the in-process cache when nothing about access changed since they were loaded.
   */
  async authenticate(token: string): Promise<Principal> {
    const now = this.clock();
    const claims = await this.verify(token);
    const standing = await timeStage('session', () => requestStanding(this.db, claims, now));
    const principal = await timeStage('principal', () => this.access.principal(claims.sub, standing.generation, now));
    if (!principal) throw new UnauthenticatedError('AUTH.USER_INACTIVE');
    if (!standing.live) throw new UnauthenticatedError('AUTH.TOKEN_REVOKED');
    return standing.mustChangePassword ? { ...principal, mustChangePassword: true } : principal;
  }

  /**
   * Throws 403 unless the user holds one of `roles` at exactly `unitId`. Use it in services when
   * the unit comes from the resource (e.g. the nomination's current step), not from the request.
   */
  assertRoleAt(user: Principal, unitId: string, roles: readonly UserRole[]): void {
    if (!hasRoleAt(user, roles, unitId)) throw new ForbiddenError(roles, unitId);
  }

  private async verify(token: string): Promise<AccessTokenClaims> {
    try {
      return await verifyAccessToken(token, this.config.JWT_SECRET, this.clock(), this.config.JWT_TTL_SECONDS);
    } catch (err) {
      if (err instanceof TokenRejectedError) {
        throw new UnauthenticatedError(err.reason === 'expired' ? 'AUTH.TOKEN_EXPIRED' : 'AUTH.TOKEN_INVALID');
      }
      throw err;
    }
  }

  /** Opens a session for a user whose password was just checked. */
  private async issue(candidate: { id: string }): Promise<LoginResult> {
    const now = this.clock();
    const { tokenVersion } = await credentialsOf(this.db, candidate.id);
    const user = await loadPrincipal(this.db, candidate.id, now);
    if (!user) throw new UnauthenticatedError('AUTH.USER_INACTIVE');
    const session = await openSession(this.db, candidate.id, tokenVersion, now, this.config.REFRESH_TOKEN_TTL_SECONDS);
    return this.tokensFor(user, tokenVersion, session);
  }

  private async tokensFor(
    user: Principal,
    tokenVersion: number,
    session: { sessionId: string; refreshToken: string; expiresAt: Date },
  ): Promise<LoginResult> {
    const now = this.clock();
    const { mustChangePassword } = await credentialsOf(this.db, user.id);
    // An access token never outlives its session.
    const ttlSeconds = Math.max(
      1,
      Math.min(this.config.JWT_TTL_SECONDS, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000)),
    );
    const { token, claims } = await signAccessToken(
      { id: user.id, username: user.username, tokenVersion, sessionId: session.sessionId },
      this.config.JWT_SECRET,
      { now, ttlSeconds },
    );
    return {
      accessToken: token,
      tokenType: 'Bearer',
      expiresAt: new Date(claims.exp * 1000).toISOString(),
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.expiresAt.toISOString(),
      mustChangePassword,
      user: mustChangePassword ? { ...user, mustChangePassword: true } : user,
    };
  }
}
