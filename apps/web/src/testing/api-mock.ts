/** A stand-in for the API in component tests: answers by method and path, and records what was sent. */

/** What a route answers: a body (200) or `{ status, body }`. */
export type MockAnswer = unknown;
export type MockRoute = (body: unknown, url: URL) => MockAnswer | Promise<MockAnswer>;

/** A request the component sent. */
export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** An answer with a status other than 200 (a problem document for a refusal). */
export const withStatus = (status: number, body: unknown) => ({ __status: status, body });

/**
 * Replaces `fetch` with `routes` (keys `"GET /api/…"`); an unknown route fails the test. Returns the
 * requests sent, in order.
 */
export function mockApi(routes: Record<string, MockRoute>): SentRequest[] {
  const sent: SentRequest[] = [];
  globalThis.fetch = (async (req: Request) => {
    const url = new URL(req.url);
    // Routes are written as people read paths: encoded parameters (`GK%7Cunit…`) decoded.
    const path = decodeURIComponent(url.pathname);
    const text = req.method === 'GET' ? '' : await req.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    sent.push({ method: req.method, path, body });
    const route = routes[`${req.method} ${path}`];
    if (!route) throw new Error(`unexpected ${req.method} ${path}`);
    const answer = (await route(body, url)) as { __status?: number; body?: unknown } | undefined;
    return answer && typeof answer === 'object' && '__status' in answer
      ? json(answer.body, answer.__status)
      : json(answer);
  }) as typeof fetch;
  return sent;
}
