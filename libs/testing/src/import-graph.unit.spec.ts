import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importCircles, importGraph, sourceFiles } from './import-graph';

// Every package's source, type imports included (ESLint's import-x/no-cycle skips `import type`).
const repo = join(__dirname, '..', '..', '..');
const ROOTS = [
  'apps/api/src',
  'apps/worker/src',
  'apps/web/src',
  'apps/web/tools',
  'libs',
  'workflows/src',
  'activities/src',
  'tools',
  'migrations',
  'scripts',
];

describe('import graph of the whole repository', () => {
  it('reads the imports, type imports included', () => {
    const file = join(repo, 'activities/src/activity-deps.ts');
    expect(importGraph([file]).get(file)).toContain(join(repo, 'activities/src/task-deadline.types.ts'));
    // The nomination domain reads from its bottom: the state types import no decider or evolver.
    const state = join(repo, 'libs/domain/src/nomination/nomination.state.ts');
    expect(importGraph([state]).get(state)).toContain(
      join(repo, 'libs/domain/src/nomination/shared/nomination.state.types.ts'),
    );
  });

  it('has no import circle in any package, not even through type imports', () => {
    const files = ROOTS.flatMap((root) => sourceFiles(join(repo, root)));
    expect(files.length).toBeGreaterThan(500);
    expect(importCircles(importGraph(files), repo)).toEqual([]);
  });

  it('keeps the worker, its activities and workflows off the API package (what both need is a shared library)', () => {
    const importsOfApi = (text: string) =>
      [...text.matchAll(/(?:from|import\(|require\()\s*['"]([^'"]+)['"]/g)]
        .map((m) => m[1] as string)
        .filter((spec) => spec === '@vinhdanh/api' || spec.startsWith('@vinhdanh/api/') || spec.includes('apps/api/'));
    const found = ['apps/worker/src', 'activities/src', 'workflows/src']
      .flatMap((root) => sourceFiles(join(repo, root)))
      .flatMap((file) => importsOfApi(readFileSync(file, 'utf8')).map((spec) => `${relative(repo, file)} → ${spec}`));
    expect(found).toEqual([]);
    // The check can fail: it sees such an import.
    expect(importsOfApi("import { createApp } from '@vinhdanh/api';")).toEqual(['@vinhdanh/api']);
  });

  it('would see a circle (the check can fail)', () => {
    const [a, b] = [join(repo, 'a.ts'), join(repo, 'b.ts')];
    expect(
      importCircles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
        repo,
      ),
    ).toEqual([['a.ts', 'b.ts']]);
  });
});
