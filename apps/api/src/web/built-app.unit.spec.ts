import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { builtApp } from './static-files';

// The web app's handler at `/`: a fresh style nonce in the page and its CSP each time, hashed assets
// cached for good, the icon revalidated, client routes get the page, a missing file is a plain 404,
// the API falls through, and links of the former mount (`/moi/…`) redirect to the same page.
describe('builtApp', () => {
  let root: string;
  let server: Server;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'built-app-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(
      path.join(root, 'index.html'),
      '<html lang="vi"><meta name="csp-nonce" content="__CSP_NONCE__"><script src="/assets/a-1.js"></script></html>',
    );
    writeFileSync(path.join(root, 'assets', 'a-1.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const handler = builtApp({ root, excludePrefixes: ['/api'], formerMount: '/moi' });
    server = createServer((req, res) => {
      void handler(req, res, () => {
        res.statusCode = 404;
        res.end('fell through');
      });
    });
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('puts a fresh nonce in the page and in its style-src, never caching the page', async () => {
    const nonces = [];
    for (const url of ['/', '/inbox', '/nominations/0b6f3a52-7c1e-4c43-9a55-2026a0000001']) {
      const res = await request(server).get(url).expect(200);
      const nonce = /content="([^"]+)"/.exec(res.text)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(res.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(res.headers['content-security-policy']).toContain("script-src 'self';");
      expect(res.headers['cache-control']).toBe('no-store');
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });

  it('serves hashed assets for a year and the icon revalidated; a missing file is a 404, the API falls through', async () => {
    const asset = await request(server).get('/assets/a-1.js').expect(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await request(server).get('/favicon.svg').expect(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
    await request(server).get('/favicon.svg').set('If-None-Match', icon.headers.etag).expect(304);
    for (const missing of ['/assets/missing.js', '/js/app.js', '/index.html']) {
      const res = await request(server).get(missing).expect(404);
      expect(res.text).not.toContain('<html');
    }
    expect((await request(server).get('/api/inbox')).text).toBe('fell through');
    expect((await request(server).post('/inbox')).text).toBe('fell through');
    for (const escape of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      expect((await request(server).get(escape)).text).not.toContain('"name"');
    }
  });

  it('redirects links of the former mount to the same page at /, never to another host', async () => {
    const cases: [string, string][] = [
      ['/moi', '/'],
      ['/moi/', '/'],
      ['/moi/inbox?kind=review&limit=50', '/inbox?kind=review&limit=50'],
      ['/moi/nominations/abc', '/nominations/abc'],
      ['/moi//evil.example/x', '/'],
    ];
    for (const [from, to] of cases) {
      const res = await request(server).get(from).expect(301);
      expect(res.headers.location).toBe(to);
    }
    // A path that merely starts with the letters is an ordinary client route.
    await request(server).get('/moinho').expect(200);
  });
});
