import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../auth/principal';

/**
 * The parts of Express's request the API uses (`@types/express` is not installed; these are
 * structural, so Express objects satisfy them).
 */
export interface HttpRequest extends IncomingMessage {
  method: string;
  originalUrl: string;
  headers: IncomingHttpHeaders;
  params: Record<string, string>;
  query: Record<string, unknown>;
  ip?: string;
  /** Set by the auth guard on authenticated routes. */
  user?: Principal;
}

/** The parts of Express's response the API uses. */
export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  send(body: string): this;
}

/** Express's `next` for error middleware. */
export type HttpNext = (err?: unknown) => void;
