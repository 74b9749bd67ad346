import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

// The web UI served by the API: files with their types, the app shell for client routes, the API untouched.
describe('WebModule', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await createApiTestContext({ seed: false });
  });
  afterAll(() => ctx?.close());

  it('serves index.html at / and for client-side routes, revalidated on every load', async () => {
    for (const path of ['/', '/inbox', '/nominations/0b6f3a52-7c1e-4c43-9a55-2026a0000001']) {
      const res = await ctx.http.get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<html lang="vi">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    const first = await ctx.http.get('/').expect(200);
    await ctx.http.get('/').set('If-None-Match', first.headers.etag).expect(304);
  });

  it('serves scripts and styles with their content types; a missing asset is a 404, not the shell', async () => {
    expect((await ctx.http.get('/js/app.js').expect(200)).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await ctx.http.get('/css/base.css').expect(200)).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await ctx.http.get('/favicon.svg').expect(200)).headers['content-type']).toBe('image/svg+xml');
    const missing = await ctx.http.get('/js/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<html');
  });

  it('never serves files outside public/ and leaves /api to the API', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/js/..%2f..%2fpackage.json']) {
      const res = await ctx.http.get(path);
      expect(res.text).not.toContain('"@vinhdanh/web"');
    }
    const api = await ctx.http.get('/api/no-such-thing').expect(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect((await ctx.http.get('/api/me')).status).toBe(401);
  });
});
