/** One field-level failure in a problem document: which field, which rule, and why (vi first). */
export interface FieldError {
  field: string;
  /** Where the field came from: the JSON body, the query string or a path parameter. */
  in: 'body' | 'query' | 'path' | 'header';
  rule: string;
  message: string;
  message_en: string;
}

/**
 * An application error with a stable `code`; the problem filter maps the code to an HTTP status
 * (see `error-status.ts`). Vietnamese message first, English alongside, JSON-safe `details`.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }
}

/** Thrown when a request body, query or parameter fails its zod schema (400). */
export class RequestValidationError extends ApiError {
  constructor(fieldErrors: readonly FieldError[]) {
    super(
      'REQUEST.VALIDATION_FAILED',
      `Dữ liệu gửi lên không hợp lệ (${fieldErrors.length} lỗi).`,
      `The request is invalid (${fieldErrors.length} error(s)).`,
      {},
      fieldErrors,
    );
    this.name = 'RequestValidationError';
  }
}

/** Thrown when a resource named in the request does not exist (404). */
export class ResourceNotFoundError extends ApiError {
  constructor(resource: string, id: string, labelVi: string) {
    super(
      `${resource}.NOT_FOUND`,
      `Không tìm thấy ${labelVi} "${id}".`,
      `${resource.toLowerCase()} "${id}" was not found.`,
      { id },
    );
    this.name = 'ResourceNotFoundError';
  }
}
