/*
 * Builds the web app (React + Vite) into apps/web/dist, once: `npm start` and the browser tests call
 * `ensureWebBuilt()`, which builds only when dist is missing or older than a source file.
 * Command: `node -r @swc-node/register apps/web/tools/build.ts [--if-stale]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export const WEB_DIR = path.resolve(__dirname, '..');
export const DIST_DIR = path.join(WEB_DIR, 'dist');
/** Where the API serves the app. */
export const WEB_BASE = '/';
const STAMP = path.join(DIST_DIR, 'index.html');
const SOURCES = [
  path.join(WEB_DIR, 'src'),
  path.join(WEB_DIR, 'index.html'),
  path.join(WEB_DIR, 'public'),
  path.join(WEB_DIR, 'package.json'),
  __filename,
];

function newestMtime(p: string): number {
  const stats = statSync(p);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** True when dist/index.html is missing or older than any source file. */
export function isWebBuildStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((s) => existsSync(s) && newestMtime(s) > built);
}

/** Runs Vite's production build (in this process). */
export async function buildWeb(): Promise<void> {
  // Vite is ESM; Node 24 loads it with require(), but jest's module loader does not, hence a child
  // process in ensureWebBuilt.
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: WEB_DIR,
    base: WEB_BASE,
    // public/: files served as they are (the icon).
    publicDir: path.join(WEB_DIR, 'public'),
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: DIST_DIR,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
    },
  });
}

/**
 * Builds when stale, once even when several test workers ask at the same time (a lock directory;
 * the others wait for it to go).
 */
export function ensureWebBuilt(): void {
  if (!isWebBuildStale()) return;
  // Under node_modules: ignored by git, and per checkout.
  const cache = path.resolve(WEB_DIR, '../../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const lock = path.join(cache, 'vinhdanh-web-build.lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`web build lock ${lock} held for 5 minutes`);
      spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 500)']);
    }
  }
  try {
    if (!isWebBuildStale()) return;
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', __filename], {
      cwd: path.resolve(WEB_DIR, '../..'),
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`web build failed (exit ${result.status ?? result.signal})`);
  } finally {
    rmdirSync(lock);
  }
}

/** Sizes of the built assets (bytes, raw and gzip-compressed), biggest first. */
export function bundleSizes(): {
  files: Array<{ name: string; bytes: number; gzip: number }>;
  bytes: number;
  gzip: number;
} {
  const dir = path.join(DIST_DIR, 'assets');
  const files = readdirSync(dir)
    .map((name) => {
      const body = readFileSync(path.join(dir, name));
      return { name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}

if (require.main === module) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !isWebBuildStale()) process.exit(0);
  const started = Date.now();
  buildWeb().then(
    () => {
      const sizes = bundleSizes();
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(`[web] built ${path.relative(process.cwd(), DIST_DIR)} in ${Date.now() - started} ms`);
      for (const f of sizes.files) console.log(`[web]   ${f.name}: ${kb(f.bytes)} (gzip ${kb(f.gzip)})`);
      console.log(`[web]   total: ${kb(sizes.bytes)} (gzip ${kb(sizes.gzip)})`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
