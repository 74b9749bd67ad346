import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestId } from './logging';

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
