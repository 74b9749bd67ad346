import { join } from 'node:path';
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
