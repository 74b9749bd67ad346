import type { Logger } from '@nestjs/common';
import type { HttpNext as NextFunction, HttpRequest as Request, HttpResponse as Response } from '../core/http.types';
import { renderProblem } from './problem';
import { problemFor, sendProblem } from './problem.filter';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
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
