import type { Logger } from '@nestjs/common';
import type { HttpNext as NextFunction, HttpRequest as Request, HttpResponse as Response } from '../core/http.types';
import { renderProblem } from './problem';
import { problemFor, sendProblem } from './problem.filter';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/** Thrown by the JSON parser's `verify` hook: the body is not valid UTF-8. */
class InvalidUtf8Error extends Error {
  readonly type = 'entity.invalid.utf8';
  readonly status = 400;
  constructor() {
    super('The body is not valid UTF-8.');
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON parser's `verify` hook: a body declared (or defaulted to) UTF-8 must be valid UTF-8,
 * because the parser would otherwise turn each broken byte into U+FFFD and store it silently.
 */
export function verifyUtf8Body(_req: unknown, _res: unknown, buf: Buffer, encoding: string): void {
  if (!/^utf-?8$/i.test(encoding)) return;
  try {
    strictUtf8.decode(buf);
  } catch {
    throw new InvalidUtf8Error();
  }
}

/**
 * Express error middleware for errors raised before Nest routing (body parsing): malformed JSON
 * → 400, too large → 413, wrong charset/encoding → 415, never a 500 for bad input.
 */
export function bodyParserErrorHandler(logger: Logger) {
  return (err: BodyParserError, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    const instance = req.originalUrl;
    switch (err.type) {
      case 'entity.parse.failed':
        return sendProblem(
          res,
          renderProblem(
            {
              status: 400,
              code: 'REQUEST.MALFORMED_JSON',
              detailVi: 'Nội dung JSON không đúng cú pháp.',
              detailEn: `Malformed JSON body: ${err.message}`,
            },
            instance,
          ),
        );
      case 'entity.invalid.utf8':
        return sendProblem(
          res,
          renderProblem(
            {
              status: 400,
              code: 'REQUEST.INVALID_UTF8',
              detailVi: 'Nội dung không phải văn bản UTF-8 hợp lệ.',
              detailEn: 'The body is not valid UTF-8.',
            },
            instance,
          ),
        );
      case 'entity.too.large':
        return sendProblem(
          res,
          renderProblem(
            {
              status: 413,
              code: 'REQUEST.TOO_LARGE',
              detailVi: `Nội dung vượt quá ${err.limit} byte.`,
              detailEn: `Body exceeds ${err.limit} bytes.`,
            },
            instance,
          ),
        );
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return sendProblem(
          res,
          renderProblem(
            {
              status: 415,
              code: 'REQUEST.UNSUPPORTED_ENCODING',
              detailVi: 'Bảng mã không được hỗ trợ.',
              detailEn: err.message,
            },
            instance,
          ),
        );
      default:
        if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
          return sendProblem(
            res,
            renderProblem(
              {
                status: err.status,
                code: 'REQUEST.INVALID_BODY',
                detailVi: 'Nội dung không hợp lệ.',
                detailEn: err.message,
              },
              instance,
            ),
          );
        }
        return sendProblem(res, problemFor(err, req, logger));
    }
  };
}
