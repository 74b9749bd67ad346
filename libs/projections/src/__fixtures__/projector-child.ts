/* A projector in its own process, for the test that kills a holder with SIGKILL. Args: <database url> <projection name>. */
import { sql } from 'kysely';
import { createDb, createPool } from '@vinhdanh/db';
import { EventStore } from '@vinhdanh/event-store';
import { Projector } from '../projector';

const [url, name] = process.argv.slice(2) as [string, string];
const pool = createPool({ connectionString: url, max: 3, applicationName: 'projector-child' });
const db = createDb(pool);
const projector = new Projector({
  pool,
  db,
  store: new EventStore(pool),
  pollIntervalMs: 50,
  lockRetryMs: 50,
  projections: [
    {
      name,
      async apply(trx, events) {
        await sql`insert into applied_log (projection, event_id, stream_id, stream_version)
          select ${name}, * from unnest(${events.map((e) => e.eventId)}::uuid[], ${events.map((e) => e.streamId)}::text[],
                                         ${events.map((e) => e.streamVersion)}::int[])`.execute(trx);
      },
      async reset() {
        // This test never rebuilds.
      },
    },
  ],
});
void projector.start().then(() => {
  const timer = setInterval(() => {
    if (projector.heldProjections.length > 0) {
      clearInterval(timer);
      process.stdout.write('holding\n');
    }
  }, 20);
});
