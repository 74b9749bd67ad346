import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// ESLint's import-x/no-cycle skips `import type`; this also counts type imports, so the domain keeps a
// bottom to read from (shared types such as nomination.state.types.ts import no decider or evolver).
const root = __dirname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.includes('spec-helpers') ? [path] : [];
  });

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sources(root)) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gs)]
      .map((m) => join(dirname(file), m[1] ?? ''))
      .flatMap((target) => [`${target}.ts`, join(target, 'index.ts')].filter((p) => existsSync(p)).slice(0, 1));
    edges.set(file, deps);
  }
  return edges;
}

/** Strongly connected components of more than one file (Tarjan). */
function circles(edges: Map<string, string[]>): string[][] {
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

describe('libs/domain import graph', () => {
  it('reads the imports, type imports included', () => {
    const edges = graph();
    expect(edges.get(join(root, 'nomination/nomination.state.ts'))).toContain(
      join(root, 'nomination/shared/nomination.state.types.ts'),
    );
  });

  it('has no import circle, not even through type imports', () => {
    expect(circles(graph())).toEqual([]);
  });

  it('would see a circle (the check can fail)', () => {
    const [a, b] = [join(root, 'a.ts'), join(root, 'b.ts')];
    const edges = new Map([
      [a, [b]],
      [b, [a]],
    ]);
    expect(circles(edges)).toEqual([['a.ts', 'b.ts']]);
  });
});
