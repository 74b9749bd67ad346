import { ensureWebBuilt } from '../../apps/web/tools/build';
import { createApiTestContext, type ApiTestContext } from '../../apps/api/src/testing/api-test-context';

// The web app served by the API at `/`: the page for client routes, its files, the API untouched.
describe('WebModule', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ensureWebBuilt();
    ctx = await createApiTestContext({ seed: false });
  }, 300_000);
  afterAll(() => ctx?.close());

  it('serves the app at / and for client-side routes, never cached, with a strict CSP', async () => {
    for (const path of ['/', '/inbox', '/nominations/0b6f3a52-7c1e-4c43-9a55-2026a0000001']) {
      const res = await ctx.http.get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<html lang="vi">');
      expect(res.text).toMatch(/<script type="module"[^>]* src="\/assets\/[^"]+\.js"/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await ctx.http.get('/favicon.svg').expect(200)).headers['content-type']).toBe('image/svg+xml');
    const missing = await ctx.http.get('/js/app.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<html');
  });

  it('redirects the former /moi/ links and leaves /api to the API', async () => {
    expect((await ctx.http.get('/moi/reports?year=2026').expect(301)).headers.location).toBe('/reports?year=2026');
    const api = await ctx.http.get('/api/no-such-thing').expect(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect((await ctx.http.get('/api/me')).status).toBe(401);
  });
});
