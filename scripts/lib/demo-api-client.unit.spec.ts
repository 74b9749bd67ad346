import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@vinhdanh/seed';
import { DemoApiClient } from './demo-api-client';

// A stand-in API on a loopback port: it records what the client sends and answers like the real one.
describe('DemoApiClient', () => {
  let server: Server;
  let url: string;
  const seen: { method: string; path: string; headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
        res.setHeader('content-type', 'application/json');
        if (req.url === '/api/auth/login') {
          const { username, password } = JSON.parse(body) as { username: string; password: string };
          res.statusCode = password === DEMO_PASSWORD ? 200 : 401;
          res.end(JSON.stringify({ accessToken: `token-of-${username}` }));
        } else if (req.url === '/api/refused') {
          res.statusCode = 409;
          res.end(JSON.stringify({ code: 'NOMINATION.ALREADY_DECIDED' }));
        } else if (req.url === '/api/empty') {
          res.statusCode = 204;
          res.end();
        } else {
          res.end(JSON.stringify({ ok: true }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => seen.splice(0));

  it('logs each demo user in once, then sends their token and an Idempotency-Key', async () => {
    const client = new DemoApiClient(url);
    expect(await client.call('POST', '/api/things', 'cb.admin', { a: 1 }, 'k-1')).toEqual({ ok: true });
    expect(await client.call('GET', '/api/things', 'cb.admin')).toEqual({ ok: true });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /api/auth/login',
      'POST /api/things',
      'GET /api/things',
    ]);
    expect(seen[1]!.headers).toMatchObject({ authorization: 'Bearer token-of-cb.admin', 'idempotency-key': 'k-1' });
    expect(JSON.parse(seen[1]!.body)).toEqual({ a: 1 });
    expect(seen[2]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('throws on a refusal with call, and hands it back with request (without a key when none is given)', async () => {
    const client = new DemoApiClient(url);
    await expect(client.call('POST', '/api/refused', 'cb.chair', {})).rejects.toThrow(
      /POST \/api\/refused as cb.chair: 409 .*ALREADY_DECIDED/,
    );
    expect(await client.request('GET', '/api/refused', 'cb.chair')).toEqual({
      status: 409,
      body: { code: 'NOMINATION.ALREADY_DECIDED' },
    });
    expect(seen.at(-1)!.headers['idempotency-key']).toBeUndefined();
    expect(await client.request('DELETE', '/api/empty', 'cb.chair')).toEqual({ status: 204, body: undefined });
  });
});
