import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Content types of the files the web app ships (anything else is served as octet-stream). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Everything is same-origin and there is no CDN: the policy can be strict.
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

type Next = (err?: unknown) => void;

/** A missing asset: a short plain-text 404 (never the app shell, never an HTML error page). */
function notFound(res: ServerResponse): void {
  res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Không tìm thấy tệp.\n');
}

function etagOf(stats: Stats): string {
  return `W/"${createHash('sha1').update(`${stats.size}-${stats.mtimeMs}`).digest('base64url').slice(0, 16)}"`;
}

async function fileAt(root: string, urlPath: string): Promise<{ file: string; stats: Stats } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  // The normalised path can never climb out of root, but check anyway: this is the trust boundary.
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const stats = await fs.stat(file).catch(() => undefined);
  return stats?.isFile() ? { file, stats } : undefined;
}

function send(req: IncomingMessage, res: ServerResponse, file: string, stats: Stats): void {
  const etag = etagOf(stats);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', stats.mtime.toUTCString());
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Length', String(stats.size));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', (err) => res.destroy(err))
    .pipe(res);
}

/** Options of the built app's handler (React + Vite, `apps/web/dist`). */
export interface BuiltAppOptions {
  /** The build output folder (index.html, hashed assets/ and the files of the app's public/). */
  root: string;
  /** Path prefixes never served from disk (the API); requests there fall through to Nest. */
  excludePrefixes: readonly string[];
  /** Where the app was served while the old one stayed at `/`: its links redirect here for good. */
  formerMount?: string;
}

/** The placeholder in the built index.html that each response replaces with its nonce. */
const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** The CSP of the built app: as strict as the old app's, plus styles carrying this response's nonce. */
export function builtAppCsp(nonce: string): string {
  return (
    `default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'nonce-${nonce}'; script-src 'self'; ` +
    "connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; " +
    "frame-ancestors 'none'"
  );
}

/**
 * A GET/HEAD handler for the built app at `/`: hashed assets cached for a year (their names change
 * with their content), the app's other files (the icon) revalidated, `index.html` for every other
 * path with a fresh CSP nonce for the component library's runtime styles (so it is never cached).
 * Links under the former mount (`/moi/…`) redirect to the same page at `/`. Before the first build
 * it answers 503 in plain words.
 */
export function builtApp(options: BuiltAppOptions) {
  const root = path.resolve(options.root);
  const index = path.join(root, 'index.html');
  const former = options.formerMount;
  return async (req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const [urlPath = '/', query] = (req.url ?? '/').split(/\?(.*)/s, 2);
    if (options.excludePrefixes.some((p) => urlPath === p || urlPath.startsWith(`${p}/`))) return next();
    if (former && (urlPath === former || urlPath.startsWith(`${former}/`))) {
      const target = (urlPath.slice(former.length) || '/') + (query ? `?${query}` : '');
      // Same-origin only: a path that would read as another host (`//host`) goes home instead.
      res.writeHead(301, { Location: target.startsWith('//') ? '/' : target, 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    try {
      if (path.posix.extname(urlPath) !== '') {
        const file = await fileAt(root, urlPath);
        if (!file || file.file === index) return notFound(res);
        if (!urlPath.startsWith('/assets/')) return send(req, res, file.file, file.stats);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        res.setHeader(
          'Content-Type',
          CONTENT_TYPES[path.extname(file.file).toLowerCase()] ?? 'application/octet-stream',
        );
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('Content-Length', String(file.stats.size));
        res.statusCode = 200;
        if (req.method === 'HEAD') return void res.end();
        createReadStream(file.file)
          .on('error', (err) => res.destroy(err))
          .pipe(res);
        return;
      }
      const html = await fs.readFile(index, 'utf8').catch(() => undefined);
      if (html === undefined) {
        res.statusCode = 503;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.setHeader('Retry-After', '30');
        res.end('Giao diện đang được chuẩn bị, vui lòng thử lại sau ít phút.');
        return;
      }
      const nonce = randomBytes(16).toString('base64');
      const body = html.split(NONCE_PLACEHOLDER).join(nonce);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      res.setHeader('Content-Security-Policy', builtAppCsp(nonce));
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.statusCode = 200;
      res.setHeader('Content-Length', String(Buffer.byteLength(body)));
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      next(err);
    }
  };
}
