import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { builtApp } from './static-files';

// The React app's handler: a fresh style nonce in the page and its CSP each time, hashed assets
// cached for good, client routes get the page, a missing asset is a plain 404, other paths fall through.
describe('builtApp', () => {
  let root: string;
  let server: Server;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'built-app-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(
      path.join(root, 'index.html'),
      '<html lang="vi"><meta name="csp-nonce" content="__CSP_NONCE__"><script src="/moi/assets/a-1.js"></script></html>',
    );
    writeFileSync(path.join(root, 'assets', 'a-1.js'), 'console.log(1)');
    const handler = builtApp({ root, mount: '/moi' });
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
    for (const url of ['/moi/', '/moi/inbox', '/moi/nominations/0b6f3a52-7c1e-4c43-9a55-2026a0000001']) {
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

  it('serves hashed assets for a year, and lets everything else through', async () => {
    const asset = await request(server).get('/moi/assets/a-1.js').expect(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request(server).get('/moi/assets/missing.js').expect(404);
    expect(missing.text).not.toContain('<html');
    expect((await request(server).get('/inbox')).text).toBe('fell through');
    expect((await request(server).get('/moi/../package.json')).text).not.toContain('"name"');
  });
});
