import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/**
 * Claims carried by an access token. Roles are not in it (they are read per request, so a
 * revocation is immediate); `ver` is the user's token version: bumping it ends every token
 * issued before (logout everywhere, deactivation, reactivation, password change).
 */
export interface AccessTokenClaims {
  /** User id. */
  sub: string;
  /** Username, for logs. */
  usr: string;
  /** The user's token version when the token was issued. */
  ver: number;
  /** The login session the token belongs to (logout ends it). */
  sid: string;
  /** Token id (unique per token). */
  jti: string;
  iat: number;
  nbf: number;
  exp: number;
  iss: typeof ISSUER;
}

const ISSUER = 'vinhdanh';
const ALGORITHM = 'HS256';

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  usr: z.string().min(1),
  ver: z.number().int().min(0),
  sid: z.string().min(1),
  jti: z.string().min(1),
  iat: z.number().int(),
  nbf: z.number().int(),
  exp: z.number().int(),
  iss: z.literal(ISSUER),
});

/** Why a token was refused: `expired` (valid signature, past `exp`) or `invalid` (anything else). */
export class TokenRejectedError extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(`access token ${reason}`);
    this.name = 'TokenRejectedError';
  }
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs an HS256 JWT for a user, valid from `now` for `ttlSeconds`. */
export async function signAccessToken(
  user: { id: string; username: string; tokenVersion: number; sessionId: string },
  secret: string,
  options: { now: Date; ttlSeconds: number },
): Promise<{ token: string; claims: AccessTokenClaims }> {
  const iat = Math.floor(options.now.getTime() / 1000);
  const claims: AccessTokenClaims = {
    sub: user.id,
    usr: user.username,
    ver: user.tokenVersion,
    sid: user.sessionId,
    jti: randomUUID(),
    iat,
    nbf: iat,
    exp: iat + options.ttlSeconds,
    iss: ISSUER,
  };
  const token = await new SignJWT({ usr: claims.usr, ver: claims.ver, sid: claims.sid })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.sub)
    .setJti(claims.jti)
    .setIssuer(ISSUER)
    .setIssuedAt(claims.iat)
    .setNotBefore(claims.nbf)
    .setExpirationTime(claims.exp)
    .sign(keyOf(secret));
  return { token, claims };
}

/**
 * Verifies an access token with jose: HS256 only (never `none`), issuer, `exp`, `nbf`, and an `iat`
 * that is not in the future nor older than `maxAgeSeconds`; every claim must be present. Throws
 * `TokenRejectedError`.
 */
export async function verifyAccessToken(
  token: string,
  secret: string,
  now: Date,
  maxAgeSeconds: number,
): Promise<AccessTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      currentDate: now,
      maxTokenAge: maxAgeSeconds,
      requiredClaims: ['sub', 'iat', 'nbf', 'exp', 'jti'],
      clockTolerance: 0,
    });
    return ClaimsSchema.parse(payload);
  } catch (err) {
    // An `iat` older than the maximum age is an expired token too; one in the future is forged.
    if (err instanceof errors.JWTExpired) throw new TokenRejectedError('expired');
    throw new TokenRejectedError('invalid');
  }
}
