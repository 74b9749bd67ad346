/* Benchmarks (not tests): `npm run bench:append`, `npm run bench:rebuild`, `npm run bench -- e2e`. Each prints one JSON line per figure and exits 0. */
import { benchAppend } from './append.bench';
import { benchE2e } from './e2e.bench';
import { benchRebuild } from './rebuild.bench';

const benches: Record<string, () => Promise<void>> = { append: benchAppend, rebuild: benchRebuild, e2e: benchE2e };

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !benches[n]);
  if (names.length === 0 || unknown.length) {
    console.error(`usage: bench.ts ${Object.keys(benches).join('|')} (unknown: ${unknown.join(', ') || 'none given'})`);
    process.exit(2);
  }
  for (const name of names) await benches[name]!();
}

main().catch((err) => {
  // A benchmark that cannot run at all is an error; a poor ratio is not.
  console.error(`[bench] ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
