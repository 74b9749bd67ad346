import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import type { FieldError } from './api-error';
import { dependencyProblemSource } from './dependency-errors';
import type { ProblemSource } from './problem-source';
import { statusForCode } from './error-status';

export type { ProblemSource } from './problem-source';

/**
 * RFC 9457 problem details, Vietnamese first: `title`/`detail` and each `errors[].message` are
 * Vietnamese, `title_en`/`detail_en`/`errors[].message_en` English. `code` is the stable machine
 * code clients branch on; other keys (e.g. `decidedBy`) come from the error's details.
 */
export interface ProblemDocument {
  type: string;
  title: string;
  title_en: string;
  status: number;
  detail: string;
  detail_en: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  trace_id?: string;
  [extension: string]: unknown;
}

const TITLES: Record<number, [vi: string, en: string]> = {
  400: ['Yêu cầu không hợp lệ', 'Bad request'],
  401: ['Chưa xác thực', 'Unauthorized'],
  403: ['Không có quyền', 'Forbidden'],
  404: ['Không tìm thấy', 'Not found'],
  405: ['Phương thức không được hỗ trợ', 'Method not allowed'],
  409: ['Xung đột', 'Conflict'],
  413: ['Dữ liệu quá lớn', 'Payload too large'],
  415: ['Kiểu dữ liệu không được hỗ trợ', 'Unsupported media type'],
  422: ['Không thể thực hiện theo quy định', 'Refused by the rules'],
  429: ['Quá nhiều yêu cầu', 'Too many requests'],
  500: ['Lỗi hệ thống', 'Internal server error'],
  503: ['Dịch vụ tạm thời không sẵn sàng', 'Service unavailable'],
};

interface CodedError {
  code: string;
  message?: string;
  messageVi?: string;
  messageEn?: string;
  details?: Record<string, unknown>;
  fieldErrors?: FieldError[];
}

function codedError(err: unknown): CodedError | undefined {
  if (!(err instanceof Error)) return undefined;
  const e = err as Error & Partial<CodedError> & { type?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && /^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)+$/.test(e.code)) return e as CodedError;
  // Temporal: a refused Update or failed workflow carries the domain code as ApplicationFailure.type.
  const cause = e.cause as { type?: unknown; message?: string; details?: unknown[] } | undefined;
  if (cause && typeof cause.type === 'string' && cause.type.includes('.')) {
    const first = (cause.details?.[0] ?? {}) as Partial<CodedError>;
    return {
      code: cause.type,
      messageEn: first.messageEn ?? cause.message,
      messageVi: first.messageVi,
      details: first.details,
    };
  }
  return undefined;
}

/** Maps anything thrown to a problem source; returns undefined for errors that are bugs (→ 500). */
export function toProblemSource(err: unknown): ProblemSource | undefined {
  const outage = dependencyProblemSource(err);
  if (outage) return outage;
  const coded = codedError(err);
  if (coded) {
    const status = statusForCode(coded.code);
    if (status === undefined) return undefined;
    const en = coded.messageEn ?? coded.message ?? coded.code;
    return {
      status,
      code: coded.code,
      detailVi: coded.messageVi ?? en,
      detailEn: en,
      errors: coded.fieldErrors,
      details: coded.details,
    };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status === 404) {
      return { status, code: 'REQUEST.ROUTE_NOT_FOUND', detailVi: 'Không có đường dẫn này.', detailEn: err.message };
    }
    const [vi, en] = TITLES[status] ?? [err.message, err.message];
    return { status, code: `HTTP.${status}`, detailVi: vi, detailEn: status >= 500 ? en : err.message };
  }
  return undefined;
}

/** At most this many field errors are listed: a hostile body must not get a multi-megabyte answer. */
export const MAX_FIELD_ERRORS = 20;
/** Longest field path or message echoed back (they may quote the request, e.g. an unknown key). */
export const MAX_ECHOED_CHARS = 200;

function clip(text: string): string {
  return text.length <= MAX_ECHOED_CHARS ? text : `${text.slice(0, MAX_ECHOED_CHARS - 1)}…`;
}

/** The first `MAX_FIELD_ERRORS` field errors, each echoed string cut to `MAX_ECHOED_CHARS`. */
export function capFieldErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.slice(0, MAX_FIELD_ERRORS).map((e) => ({
    ...e,
    field: clip(e.field),
    rule: clip(e.rule),
    message: clip(e.message),
    message_en: clip(e.message_en),
  }));
}

/** Renders a problem document; `instance` is the request path. */
export function renderProblem(source: ProblemSource, instance?: string): ProblemDocument {
  const [titleVi, titleEn] = TITLES[source.status] ?? (source.status >= 500 ? TITLES[500] : TITLES[400]);
  return {
    ...(source.details ?? {}),
    type: `urn:vinhdanh:problem:${source.code}`,
    title: titleVi,
    title_en: titleEn,
    status: source.status,
    detail: source.detailVi,
    detail_en: source.detailEn,
    code: source.code,
    ...(instance ? { instance } : {}),
    ...(source.errors?.length ? { errors: capFieldErrors(source.errors) } : {}),
    // How many there were when the list is cut, so a client knows it saw only the first ones.
    ...(source.errors && source.errors.length > MAX_FIELD_ERRORS ? { errors_total: source.errors.length } : {}),
  };
}

/** The 500 document: no internals, only a trace id that is also logged with the stack. */
export function internalProblem(instance?: string): ProblemDocument {
  return {
    ...renderProblem(
      {
        status: 500,
        code: 'INTERNAL',
        detailVi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
        detailEn: 'An internal error occurred.',
      },
      instance,
    ),
    trace_id: randomUUID(),
  };
}

/** The media type of every error response. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
