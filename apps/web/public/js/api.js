/** The API client: bearer token in sessionStorage, problem+json errors as ApiError, 401 → log in again. */
import { pickProblem } from './i18n.js';

const TOKEN_KEY = 'vinhdanh.token';
const REFRESH_KEY = 'vinhdanh.refresh';
let onUnauthenticated = () => undefined;

/** An API error with the problem document (status, code, Vietnamese/English detail, field errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.code = problem?.code ?? 'HTTP';
  }
  /** The detail in the current language. */
  get text() {
    return pickProblem(this.problem.detail ?? this.message, this.problem.detail_en);
  }
  /** Field errors as `[{ field, text }]` in the current language. */
  get fields() {
    return (this.problem.errors ?? []).map((e) => ({ field: e.field, text: pickProblem(e.message, e.message_en) }));
  }
}

/** A network failure (server unreachable). */
export class NetworkError extends Error {}

/** Registers what to do when the token is missing or rejected (the app goes to the login page). */
export function onSessionEnded(handler) {
  onUnauthenticated = handler;
}

/** The saved token, if any. */
export const token = () => sessionStorage.getItem(TOKEN_KEY);
/** Saves the tokens of a login (the access token is short-lived; the refresh token renews it once). */
export const saveToken = (value, refreshToken) => {
  sessionStorage.setItem(TOKEN_KEY, value);
  if (refreshToken) sessionStorage.setItem(REFRESH_KEY, refreshToken);
};
/** Forgets the tokens. */
export const clearToken = () => {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(REFRESH_KEY);
};

let refreshing = null;
/** Exchanges the refresh token for new tokens once (concurrent callers share the exchange); true on success. */
function refreshSession() {
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= fetch(new URL('/api/auth/refresh', location.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ refreshToken }),
  })
    .then(async (res) => {
      if (!res.ok) return false;
      const result = await res.json();
      saveToken(result.accessToken, result.refreshToken);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Ends the session on the server too (best effort), then forgets the tokens. */
export async function logout() {
  const bearer = token();
  if (bearer) {
    await fetch(new URL('/api/auth/logout', location.origin), {
      method: 'POST',
      headers: { Authorization: `Bearer ${bearer}` },
    }).catch(() => undefined);
  }
  clearToken();
}

/** A fresh idempotency key: one per form or per click, so a retry of the same action is one action. */
export function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Calls the API; resolves to the JSON body, rejects with ApiError / NetworkError. */
export async function api(path, { method = 'GET', body, query, idempotencyKey } = {}, retried = false) {
  const url = new URL(`/api${path}`, location.origin);
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  const headers = { Accept: 'application/json, application/problem+json' };
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let res;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    throw new NetworkError(String(err));
  }
  const text = await res.text();
  const data = text ? safeJson(text) : null;
  if (res.ok) return data;
  // An expired access token is renewed once with the refresh token, then the call is repeated.
  if (res.status === 401 && data?.code === 'AUTH.TOKEN_EXPIRED' && !retried && (await refreshSession())) {
    return api(path, { method, body, query, idempotencyKey }, true);
  }
  if (res.status === 401 && path !== '/auth/login') {
    clearToken();
    onUnauthenticated();
  }
  throw new ApiError(res.status, data);
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text };
  }
}

/**
 * Sends a file as the raw body (`POST /api/attachments`): its type as Content-Type, its name
 * percent-encoded in X-File-Name (HTTP headers cannot carry Vietnamese letters as they are).
 */
export async function uploadFile(path, file, { contentType, idempotencyKey } = {}) {
  const headers = {
    Accept: 'application/json, application/problem+json',
    'Content-Type': contentType || file.type || 'application/octet-stream',
    'X-File-Name': encodeURIComponent(file.name),
  };
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let res;
  try {
    res = await fetch(new URL(`/api${path}`, location.origin), { method: 'POST', headers, body: file });
  } catch (err) {
    throw new NetworkError(String(err));
  }
  const text = await res.text();
  const data = text ? safeJson(text) : null;
  if (res.ok) return data;
  if (res.status === 401) {
    clearToken();
    onUnauthenticated();
  }
  throw new ApiError(res.status, data);
}

/** Downloads `path` with the token (a plain link cannot send it): the body as a Blob and the response headers. */
export async function download(path, { query } = {}) {
  const url = new URL(`/api${path}`, location.origin);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
  const headers = {};
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let res;
  try {
    res = await fetch(url, { headers });
  } catch (err) {
    throw new NetworkError(String(err));
  }
  if (!res.ok) {
    const text = await res.text();
    if (res.status === 401) {
      clearToken();
      onUnauthenticated();
    }
    throw new ApiError(res.status, text ? safeJson(text) : null);
  }
  return { blob: await res.blob(), headers: res.headers };
}

/** Saves a Blob as a file through a temporary link (the browser's own download). */
export function saveBlob(blob, fileName) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: Chromium reads the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
