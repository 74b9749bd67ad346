import { randomUUID } from 'node:crypto';
import { Controller, Get, Module } from '@nestjs/common';
import { SignJWT } from 'jose';
import request from 'supertest';
import { DEV_JWT_SECRET } from '@vinhdanh/config';
import { demoUnitIds } from '@vinhdanh/domain';
import { createApiTestContext, TEST_JWT_SECRET, type ApiTestContext } from '../testing/api-test-context';
import { CurrentUser, RequirePermission } from './auth.decorators';
import { AuthService } from './auth.service';
import { signAccessToken } from './jwt';
import type { Principal } from './principal';

@Controller('test-roles')
class RoleProbeController {
  constructor(private readonly auth: AuthService) {}

  @Get('reviewers')
  @RequirePermission('inbox.bulkDecide')
  reviewers(): { ok: true } {
    return { ok: true };
  }

  @Get('units/:unitId')
  @RequirePermission('awardDecision.issue', 'unitId')
  chairAt(): { ok: true } {
    return { ok: true };
  }

  @Get('service-check')
  serviceCheck(@CurrentUser() user: Principal): { ok: true } {
    this.auth.assertRoleAt(user, demoUnitIds.ldldCaoBang, ['reviewer']);
    return { ok: true };
  }
}

@Module({ controllers: [RoleProbeController] })
class RoleProbeModule {}

const DEMO_PASSWORD = 'vinhdanh@2026';

describe('auth', () => {
  let t: ApiTestContext;
  beforeAll(async () => {
    // Behind a (test) proxy, so each test can speak from its own client address.
    t = await createApiTestContext({ imports: [RoleProbeModule], trustProxy: true });
  });
  afterAll(() => t.close());

  it('logs a demo user in and /me lists roles with unit names', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ username: 'CB.Reviewer', password: DEMO_PASSWORD })
      .expect(200);
    expect(login.body).toMatchObject({
      tokenType: 'Bearer',
      user: { username: 'cb.reviewer', fullName: 'Đàm Thị Lan' },
    });
    const me = await request(t.app.getHttpServer())
      .get('/api/me')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(me.body.roles).toEqual([
      expect.objectContaining({
        role: 'reviewer',
        unitId: demoUnitIds.ldldCaoBang,
        unitName: 'Liên đoàn Lao động tỉnh Cao Bằng',
      }),
    ]);
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ username: 'cb.chair', password: 'nope' }).expect(401);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.body).toMatchObject({ status: 401, code: 'AUTH.INVALID_CREDENTIALS' });
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ username: 'no.such.user', password: 'nope' })
      .expect(401);
    expect(unknown.body.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('locks a username+address after 5 failures with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ username: 'hg.chair', password: `wrong-${i}` })
        .expect(401);
    }
    const locked = await t.http
      .post('/api/auth/login')
      .send({ username: 'hg.chair', password: DEMO_PASSWORD })
      .expect(429);
    expect(locked.body.code).toBe('AUTH.RATE_LIMITED');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(300);
    // Another user from the same address is not affected.
    await t.http.post('/api/auth/login').send({ username: 'hn.chair', password: DEMO_PASSWORD }).expect(200);
  });

  it('answers 401 without a token, with an expired token and with a tampered token', async () => {
    const none = await t.http.get('/api/me').expect(401);
    expect(none.body.code).toBe('AUTH.UNAUTHENTICATED');
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);

    const token = await t.tokenFor('tld.chair');
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    const claims0 = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    const subject = { id: me.body.id, username: 'tld.chair', tokenVersion: 0, sessionId: claims0.sid };
    const expired = (
      await signAccessToken(subject, TEST_JWT_SECRET, { now: new Date(Date.now() - 3600_000), ttlSeconds: 60 })
    ).token;
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${expired}`).expect(401)).body.code).toBe(
      'AUTH.TOKEN_EXPIRED',
    );

    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86400 })).toString('base64url');
    const tampered = `${header}.${forgedPayload}.${signature}`;
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${tampered}`).expect(401)).body.code).toBe(
      'AUTH.TOKEN_INVALID',
    );

    const otherSecret = (
      await signAccessToken(subject, 'another-secret-0123456789', { now: new Date(), ttlSeconds: 60 })
    ).token;
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${otherSecret}`).expect(401)).body.code).toBe(
      'AUTH.TOKEN_INVALID',
    );

    const noneAlg = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${noneAlg}`).expect(401)).body.code).toBe(
      'AUTH.TOKEN_INVALID',
    );

    // The public development secret signs nothing this API accepts.
    const devDefault = (await signAccessToken(subject, DEV_JWT_SECRET, { now: new Date(), ttlSeconds: 60 })).token;
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${devDefault}`).expect(401)).body.code).toBe(
      'AUTH.TOKEN_INVALID',
    );
  });

  it('refuses a token not valid yet (nbf) or issued in the future (iat), and one missing nbf', async () => {
    const token = await t.tokenFor('tld.reviewer');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const forge = (iat: number, nbf: number | undefined) => {
      const jwt = new SignJWT({ usr: claims.usr, ver: claims.ver, sid: claims.sid })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.sub)
        .setJti(randomUUID())
        .setIssuer('vinhdanh')
        .setIssuedAt(iat)
        .setExpirationTime(now + 600);
      return (nbf === undefined ? jwt : jwt.setNotBefore(nbf)).sign(key);
    };
    const call = async (jwt: string) => t.http.get('/api/me').set('Authorization', `Bearer ${jwt}`);
    expect((await call(await forge(now, now))).status).toBe(200);
    expect((await call(await forge(now, now + 300))).body.code).toBe('AUTH.TOKEN_INVALID');
    expect((await call(await forge(now + 300, now))).body.code).toBe('AUTH.TOKEN_INVALID');
    expect((await call(await forge(now, undefined))).body.code).toBe('AUTH.TOKEN_INVALID');
  });

  it('answers 403 when the role is missing, at any unit or at the named unit', async () => {
    const nominator = await t.tokenFor('snv.nominator');
    const forbidden = await t.http
      .get('/api/test-roles/reviewers')
      .set('Authorization', `Bearer ${nominator}`)
      .expect(403);
    expect(forbidden.body).toMatchObject({ code: 'AUTH.FORBIDDEN', requiredRoles: ['reviewer', 'chair'] });

    const cbChair = await t.tokenFor('cb.chair');
    await t.http.get('/api/test-roles/reviewers').set('Authorization', `Bearer ${cbChair}`).expect(200);
    await t.http
      .get(`/api/test-roles/units/${demoUnitIds.ldldCaoBang}`)
      .set('Authorization', `Bearer ${cbChair}`)
      .expect(200);
    const elsewhere = await t.http
      .get(`/api/test-roles/units/${demoUnitIds.ldldHauGiang}`)
      .set('Authorization', `Bearer ${cbChair}`)
      .expect(403);
    expect(elsewhere.body).toMatchObject({ code: 'AUTH.FORBIDDEN', unitId: demoUnitIds.ldldHauGiang });

    // assertRoleAt: chair at Cao Bằng is not a reviewer there.
    await t.http.get('/api/test-roles/service-check').set('Authorization', `Bearer ${cbChair}`).expect(403);
    const cbReviewer = await t.tokenFor('cb.reviewer');
    await t.http.get('/api/test-roles/service-check').set('Authorization', `Bearer ${cbReviewer}`).expect(200);
  });

  it('stops honouring a token once the role grant has ended', async () => {
    const token = await t.tokenFor('vccb.reviewer');
    await t.http.get('/api/test-roles/reviewers').set('Authorization', `Bearer ${token}`).expect(200);
    await t.db
      .updateTable('user_roles')
      .set({ valid_to: new Date(Date.now() - 1000) })
      .where(
        'user_id',
        '=',
        (await t.db.selectFrom('users').select('id').where('username', '=', 'vccb.reviewer').executeTakeFirstOrThrow())
          .id,
      )
      .execute();
    await t.http.get('/api/test-roles/reviewers').set('Authorization', `Bearer ${token}`).expect(403);
  });
});
