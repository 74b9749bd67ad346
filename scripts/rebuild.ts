/* Command: `npm run rebuild -- <projection>` — empties a read model and replays every event into it, printing progress. */
import { loadConfig } from '@vinhdanh/config';
import { createDb, createPool } from '@vinhdanh/db';
import { EventStore } from '@vinhdanh/event-store';
import { createProjections, Projector, type RebuildProgress } from '@vinhdanh/projections';

function line(p: RebuildProgress): string {
  const pct = p.eventsTotal ? Math.min(100, (100 * p.eventsApplied) / p.eventsTotal).toFixed(1) : '100.0';
  const who = p.replayedHere ? '' : ' (replayed by the running instance that holds it)';
  return `[rebuild] ${p.projection}: ${p.eventsApplied}/${p.eventsTotal} events (${pct}%), ${p.eventsPerSecond} events/s, ${(p.elapsedMs / 1000).toFixed(1)} s${who}`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  const projections = createProjections();
  if (!name) {
    console.error(
      `usage: npm run rebuild -- <projection>\n  projections: ${projections.map((p) => p.name).join(', ')}`,
    );
    process.exit(2);
  }
  const config = loadConfig();
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 3, applicationName: 'vinhdanh-rebuild' });
  const db = createDb(pool);
  const store = new EventStore(pool, { notify: false });
  try {
    const projector = new Projector({ pool, db, store, projections });
    let last = 0;
    const done = await projector.rebuild(name, {
      onProgress: (p) => {
        if (p.elapsedMs - last < 1000) return;
        last = p.elapsedMs;
        console.log(line(p));
      },
    });
    console.log(`${line(done)} — done`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`[rebuild] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
