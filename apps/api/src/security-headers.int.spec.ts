import { generateSigningKeyPem } from '@vinhdanh/audit';
import { createApiTestContext, type ApiTestContext } from './testing/api-test-context';

const SCRAPE_TOKEN = 'scrape-0123456789abcdef0123456789abcdef';

describe('headers and exposure of /api', () => {
  let t: ApiTestContext;
  beforeAll(async () => {
    t = await createApiTestContext({ env: { METRICS_TOKEN: SCRAPE_TOKEN } });
  });
  afterAll(() => t?.close());

  it('every /api answer says nosniff and no-store, with a CSP that loads nothing; the web keeps its own policy', async () => {
    const token = await t.tokenFor('cb.chair');
    const answers = [
      await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200),
      await t.http.get('/api/me').expect(401),
      await t.http.get('/api/no-such-route').expect(404),
      await t.http.post('/api/auth/login').send({ username: 'cb.chair', password: 'vinhdanh@2026' }).expect(200),
    ];
    for (const res of answers) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    // The web app's page keeps its own policy (test/web/served-app.int.spec.ts builds it and checks it);
    // before its first build the answer is a plain 503, under no API policy either.
    const page = await t.http.get('/');
    expect(page.headers['content-security-policy'] ?? '').not.toContain("default-src 'none'");
    expect({ status: page.status, cache: page.headers['cache-control'] }).toEqual(
      page.status === 200 ? { status: 200, cache: 'no-store' } : { status: 503, cache: undefined },
    );
  });

  it('metrics need the scrape token or an operator’s or auditor’s login', async () => {
    expect((await t.http.get('/api/metrics').expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
    await t.http.get('/api/metrics').set('Authorization', 'Bearer wrong-scrape-token').expect(401);
    const nominator = await t.tokenFor('snv.nominator');
    const refused = await t.http.get('/api/metrics').set('Authorization', `Bearer ${nominator}`).expect(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    const auditor = await t.tokenFor('tld.auditor');
    const shown = await t.http.get('/api/metrics').set('Authorization', `Bearer ${auditor}`).expect(200);
    expect(shown.text).toMatch(/^vinhdanh_/m);
    await t.http.get('/api/metrics').set('Authorization', `Bearer ${SCRAPE_TOKEN}`).expect(200);
  });

  it('serves the OpenAPI UI outside production', async () => {
    await t.http.get('/api/docs-json').expect(200);
    const ui = await t.http.get('/api/docs/').expect(200);
    expect(ui.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('exposure in production', () => {
  let t: ApiTestContext;
  beforeAll(async () => {
    t = await createApiTestContext({
      seed: false,
      env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), AUDIT_SIGNING_KEY: generateSigningKeyPem() },
    });
  });
  afterAll(() => t?.close());

  it('hides the OpenAPI document and UI, and asks browsers for HTTPS only', async () => {
    const res = await t.http.get('/api/docs-json').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.http.get('/api/docs').expect(404);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
