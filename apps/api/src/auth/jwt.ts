import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Claims carried by an access token; roles are not in it (they are read per request, so revocation is immediate). */
export interface AccessTokenClaims {
  /** User id. */
  sub: string;
  /** Username, for logs. */
  usr: string;
  iat: number;
  exp: number;
  iss: 'vinhdanh';
}

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  usr: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
  iss: z.literal('vinhdanh'),
});

/** Why a token was refused: `expired` (valid signature, past `exp`) or `invalid` (anything else). */
export class TokenRejectedError extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(`access token ${reason}`);
    this.name = 'TokenRejectedError';
  }
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function sign(input: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

/** Signs an HS256 JWT for a user, valid for `ttlSeconds` from `now`. */
export function signAccessToken(
  user: { id: string; username: string },
  secret: string,
  options: { now: Date; ttlSeconds: number },
): { token: string; claims: AccessTokenClaims } {
  const iat = Math.floor(options.now.getTime() / 1000);
  const claims: AccessTokenClaims = {
    sub: user.id,
    usr: user.username,
    iat,
    exp: iat + options.ttlSeconds,
    iss: 'vinhdanh',
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = sign(`${HEADER}.${payload}`, secret).toString('base64url');
  return { token: `${HEADER}.${payload}.${signature}`, claims };
}

/**
 * Verifies signature (timing-safe), algorithm (HS256 only — never `none`) and expiry;
 * throws `TokenRejectedError`.
 */
export function verifyAccessToken(token: string, secret: string, now: Date): AccessTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new TokenRejectedError('invalid');
  const [header, payload, signature] = parts as [string, string, string];
  const expected = sign(`${header}.${payload}`, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new TokenRejectedError('invalid');
  let claims: AccessTokenClaims;
  try {
    const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown };
    if (head.alg !== 'HS256') throw new Error('alg');
    claims = ClaimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw new TokenRejectedError('invalid');
  }
  if (claims.exp <= Math.floor(now.getTime() / 1000)) throw new TokenRejectedError('expired');
  return claims;
}
