/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { sendTaskCommand } from './tasks';

describe('the task commands', () => {
  const sent: { path: string; body: unknown }[] = [];
  beforeAll(() => {
    globalThis.fetch = (async (req: Request) => {
      sent.push({ path: new URL(req.url).pathname, body: await req.json() });
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
  });

  it('send the task number, except a recusal (from the nomination, whose body takes none)', async () => {
    await sendTaskCommand('claim', 'nom-1', 'k-1', { taskSeq: 2 });
    await sendTaskCommand('assign', 'nom-1', 'k-2', { taskSeq: 2, assigneeUserId: 'u-2' });
    await sendTaskCommand('recuse', 'nom-1', 'k-3', { taskSeq: 2, reason: 'Em họ.' });
    expect(sent).toEqual([
      { path: '/api/nominations/nom-1/claim', body: { taskSeq: 2 } },
      { path: '/api/nominations/nom-1/assignment', body: { assigneeUserId: 'u-2', taskSeq: 2 } },
      { path: '/api/nominations/nom-1/recusal', body: { reason: 'Em họ.' } },
    ]);
  });
});
