import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The domain runs in Temporal's workflow sandbox, the projector and auditors' replay; all three must
// compute the same thing, so no clock, randomness, I/O or imports beyond zod may creep in.
const root = __dirname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.includes('spec-helpers') ? [path] : [];
  });

const forbidden: Array<[RegExp, string]> = [
  [/Date\.now\s*\(/, 'Date.now()'],
  [/new Date\(\s*\)/, 'new Date() without an argument'],
  [/Math\.random\s*\(/, 'Math.random()'],
  [/randomUUID|crypto\./, 'crypto'],
  [/\bprocess\./, 'process'],
  [/\brequire\s*\(/, 'require()'],
  [/setTimeout|setInterval/, 'timers'],
];

describe('libs/domain purity', () => {
  const files = sources(root);

  it('finds the domain sources', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s imports only zod and relative modules', (_name, file) => {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.filter((s) => s !== 'zod' && !s?.startsWith('.'))).toEqual([]);
  });

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s uses no clock, randomness, timers or process',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => what)).toEqual([]);
    },
  );
});
