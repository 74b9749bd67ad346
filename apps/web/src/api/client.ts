/**
 * The API client: openapi-fetch over the paths of the API's OpenAPI document (`schema.d.ts`, generated
 * by `npm run openapi -w @vinhdanh/web`), so a renamed path or parameter breaks the build. The
 * document describes most bodies by example only; responses are typed with the server's own types
 * (`import type` from the API's packages: erased from the bundle).
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

const TOKEN_KEY = 'vinhdanh.token';
const REFRESH_KEY = 'vinhdanh.refresh';

/** The saved bearer token (sessionStorage: one per tab, gone with it). */
export const token = (): string | null => sessionStorage.getItem(TOKEN_KEY);
/** Keeps the tokens of a login or a refresh (the access token is short-lived; the refresh token renews it). */
export const saveToken = (value: string, refreshToken?: string): void => {
  sessionStorage.setItem(TOKEN_KEY, value);
  if (refreshToken) sessionStorage.setItem(REFRESH_KEY, refreshToken);
};
export const clearToken = (): void => {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(REFRESH_KEY);
};

/** The tokens a login, a refresh or a password change answers. */
export interface SessionTokens {
  accessToken: string;
  refreshToken?: string;
  mustChangePassword?: boolean;
}

let refreshing: Promise<boolean> | null = null;
/**
 * Spends the refresh token for a new pair, once for all callers waiting at the same time (the server
 * treats a refresh token used twice as stolen and ends the session). True when renewed.
 */
function refreshSession(): Promise<boolean> {
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= globalThis
    .fetch(
      new Request(new URL('/api/auth/refresh', origin()), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      }),
    )
    .then(async (res) => {
      if (!res.ok) return false;
      const result = (await res.json()) as SessionTokens;
      saveToken(result.accessToken, result.refreshToken);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Ends the session on the server too (best effort: the tokens are forgotten here in any case). */
export async function logout(): Promise<void> {
  const bearer = token();
  clearToken();
  if (!bearer) return;
  await globalThis
    .fetch(
      new Request(new URL('/api/auth/logout', origin()), {
        method: 'POST',
        headers: { Authorization: `Bearer ${bearer}` },
      }),
    )
    .catch(() => undefined);
}

const origin = (): string => (typeof location === 'undefined' ? 'http://localhost' : location.origin);

/** True for the answer to an expired (not revoked or invalid) access token. */
async function expired(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { code?: string } | null;
  return body?.code === 'AUTH.TOKEN_EXPIRED';
}

/** Sends a request; an expired access token is renewed once with the refresh token and the request repeated. */
async function sendRenewingSession(request: Request): Promise<Response> {
  const again = request.clone();
  const response = await globalThis.fetch(request);
  if (!(await expired(response)) || !(await refreshSession())) return response;
  again.headers.set('Authorization', `Bearer ${token() ?? ''}`);
  return globalThis.fetch(again);
}

/** A field error of a problem document. */
export interface ProblemFieldError {
  field: string;
  message: string;
  message_en?: string;
}

/** An application/problem+json answer. */
export interface Problem {
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  detail_en?: string;
  errors?: ProblemFieldError[];
}

/** A refusal of the API: the server's Vietnamese `detail` is the text people read. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
  /** Field errors by field name (for a form's fields). */
  get fieldErrors(): ProblemFieldError[] {
    return this.problem.errors ?? [];
  }
}

/** Text for any failure: the server's detail, or a plain sentence when the network failed. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Không kết nối được máy chủ. Vui lòng thử lại.';
}

let onUnauthenticated: () => void = () => undefined;
/** What to do when the token is missing or rejected (the app goes to the login page). */
export function onSessionEnded(handler: () => void): void {
  onUnauthenticated = handler;
}

/** A fresh idempotency key: one per form, so a double click is one action. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

const auth: Middleware = {
  onRequest({ request }) {
    const bearer = token();
    if (bearer) request.headers.set('Authorization', `Bearer ${bearer}`);
    request.headers.set('Accept', 'application/json, application/problem+json');
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) {
      clearToken();
      onUnauthenticated();
    }
    return response;
  },
};

/** The typed client (same origin). */
export const api = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  // Looks globalThis.fetch up on each call (not captured once), so tests can stand in for the network.
  fetch: sendRenewingSession,
});
api.use(auth);

/**
 * Awaits an openapi-fetch call: the body typed as `T` (the server's type), or an `ApiError` with
 * the problem document.
 */
export async function call<T>(request: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (response.ok) return data as T;
  const problem = (typeof error === 'object' && error !== null ? error : { detail: String(error) }) as Problem;
  throw new ApiError(response.status, problem);
}
