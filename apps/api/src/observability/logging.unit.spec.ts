import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { prettyLogStream, requestId } from './logging';

function exchange(header?: string) {
  const headers: Record<string, string> = {};
  const req = { headers: header === undefined ? {} : { 'x-request-id': header } } as unknown as IncomingMessage;
  const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as ServerResponse;
  return { id: requestId(req, res), echoed: () => headers['X-Request-Id'] };
}

describe('request ids of the JSON logs', () => {
  it('keeps a proxy’s X-Request-Id and echoes it', () => {
    const { id, echoed } = exchange('lb-7f3a9c21-0001');
    expect(id).toBe('lb-7f3a9c21-0001');
    expect(echoed()).toBe(id);
  });

  it('replaces a missing or unsafe id (log injection, huge values) with a fresh UUID', () => {
    for (const given of [undefined, 'short', 'a\nb{"level":60}xxxx', 'x'.repeat(500)]) {
      const { id, echoed } = exchange(given);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(echoed()).toBe(id);
    }
  });
});

describe('development logs (LOG_FORMAT=pretty)', () => {
  it('writes one readable line per entry: context and message, a request as method, path, status, duration; no per-route boot lines', () => {
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out += chunk.toString('utf8');
        done();
      },
    });
    const logger = pino({ messageKey: 'msg', base: { service: 'vinhdanh-api', pid: 1 } }, prettyLogStream(sink));
    logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/nominations, POST} route');
    logger.info({ context: 'NestApplication' }, 'Nest application successfully started');
    logger.info(
      { req: { id: 'r1', method: 'POST', url: '/api/nominations' }, res: { statusCode: 201 }, responseTime: 42 },
      'request completed',
    );
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: \[NestApplication\] Nest application successfully started$/);
    expect(lines[1]).toMatch(/INFO: request completed POST \/api\/nominations → 201 \(42 ms\)$/);
    // Nest's per-route boot lines are left out; nothing of the JSON object is left over either.
    expect(out).not.toContain('Mapped');
    expect(out).not.toContain('{');
  });
});
