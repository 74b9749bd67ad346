import helmet from 'helmet';
import type { HttpNext, HttpRequest, HttpResponse } from './core/http.types';

/**
 * Headers of every `/api` answer, set by helmet: `nosniff`, no framing, no referrer, a CSP that
 * lets nothing load (the API answers JSON, text and files, never a page), and `Cache-Control:
 * no-store` (answers carry personal data and tokens; shared caches must not keep them). Swagger
 * UI (served only outside production) is a page with its own script and styles, so it gets a
 * same-origin CSP instead. The web UI sets its own policy (see web/static-files.ts).
 */
export function apiSecurityHeaders(options: { hsts: boolean }) {
  const common = {
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginResourcePolicy: { policy: 'same-origin' as const },
  };
  const api = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
  });
  const docs = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // Swagger UI's page styles itself inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
  });
  return (req: HttpRequest, res: HttpResponse, next: HttpNext): void => {
    res.setHeader('Cache-Control', 'no-store');
    const handler = /^\/api\/docs(?:[-/]|$)/.test(req.originalUrl) ? docs : api;
    handler(req, res, next);
  };
}
