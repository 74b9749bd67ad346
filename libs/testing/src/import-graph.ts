import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// ESLint's import-x/no-cycle skips `import type`; this graph counts type imports too, so a package
// keeps a bottom to read from. Relative imports only: circles between packages are Nx's
// (@nx/enforce-module-boundaries reports them).

/** Source files under `dir` (specs and spec helpers left out, like the ESLint rule's production view). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === '__replay__') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) && !name.includes('spec-helpers') ? [path] : [];
  });
}

/** Each file's relative imports and re-exports, `import type` included, resolved to files. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gs)]
      .map((m) => join(dirname(file), m[1] ?? ''))
      .flatMap((target) =>
        [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')].filter((p) => existsSync(p)).slice(0, 1),
      );
    edges.set(file, deps);
  }
  return edges;
}

/** Strongly connected components of more than one file (Tarjan), as paths relative to `root`. */
export function importCircles(edges: ReadonlyMap<string, readonly string[]>, root: string): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
        onStack.delete(w);
        component.push(relative(root, w));
        if (w === v) break;
      }
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}
