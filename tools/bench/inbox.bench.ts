/*
 * bench:inbox — p95 of GET /api/inbox (first page with filters, counts, accent-free name search,
 * sort=due and the overdue filter)
 * ÷ p95 of GET /api/nominations/:id, same API, same run, at 1 and 8 concurrent clients; goal
 * ratio ≤ 2 and inbox p95 ≤ 50 ms @1 client, ≤ 100 ms @8. `npm run bench:inbox -- --nominations=20000` for a quick run.
 *
 * The nominations are written straight into the read models (nominations, inbox_tasks,
 * inbox_counts) with INSERT … SELECT generate_series, not through the workflow: this measures the
 * read path only, at national scale (1M nominations by default: a national inbox of ~70k open
 * tasks, provinces ~4k, districts ~300, grassroots a few each, the rest final). The detail
 * baseline reads nominations without events, so its history is empty (a cheaper baseline than
 * production, which makes the ratio harder to meet, not easier). Prints JSON lines; exits 0
 * whatever the ratio.
 */
import { sql } from 'kysely';
import { hashPassword } from '@vinhdanh/api';
import { decide, demoUnitIds as u, evolve, initialState, sampleSubmitNomination } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds, seedDemo, signOffSpecCampaigns } from '@vinhdanh/seed';
import { startBenchApi } from './bench-api';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import { inboxShapes, percentile, timed, type Timing } from './inbox.bench-http';
import { generateReadModels } from './inbox.bench-data';

const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = hit ? Number(hit.split('=')[1]) : fallback;
  if (!Number.isInteger(n) || n < 1000) throw new Error(`--${name} must be a whole number ≥ 1000`);
  return n;
};

const SCOPES = [
  { scope: 'national', username: 'tld.reviewer', unitId: u.tongLdld },
  { scope: 'province', username: 'hn.reviewer', unitId: u.ldldHaNoi },
  { scope: 'district', username: 'dp.reviewer', unitId: u.ldldDanPhuong },
] as const;

const statusCounts = (ts: Timing[]) =>
  ts.reduce<Record<number, number>>((acc, x) => ({ ...acc, [x.status]: (acc[x.status] ?? 0) + 1 }), {});

/** A folded state of a real sample nomination, stored on every generated row so the detail view has a dossier. */
function stateTemplate(): unknown {
  const submit = sampleSubmitNomination({ nominationId: 'bench', campaignId: demoCampaignIds.annual2026 });
  return decide(submit, initialState()).reduce(evolve, initialState());
}

export async function benchInbox(): Promise<void> {
  const total = arg('nominations', 1_000_000);
  const bench: BenchDatabase = await createBenchDatabase('inbox', 12);
  try {
    await seedDemo(bench.db, { hashPassword, campaigns: signOffSpecCampaigns });
    const started = Date.now();
    const counts = await generateReadModels(bench.db, total, stateTemplate());
    const generateSeconds = (Date.now() - started) / 1000;
    const { app, base } = await startBenchApi(bench.url);
    try {
      for (const s of SCOPES) {
        const login = await fetch(`${base}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: s.username, password: DEMO_PASSWORD }),
        });
        const token = ((await login.json()) as { accessToken: string }).accessToken;
        const headers = { authorization: `Bearer ${token}` };
        const first = (await (await fetch(`${base}/inbox?limit=200`, { headers })).json()) as {
          items: { nominationId: string }[];
          counts: { total: number };
        };
        const ids = first.items.map((i) => i.nominationId);
        const shapes = inboxShapes(base);
        for (const concurrency of [1, 8]) {
          const n = concurrency === 1 ? 200 : 800;
          const inboxOp = (i: number) => shapes[i % shapes.length]!.url;
          const detailOp = (i: number) => `${base}/nominations/${ids[i % ids.length]}`;
          await timed(40, concurrency, headers, inboxOp); // warm-up
          await timed(40, concurrency, headers, detailOp);
          const inbox: Timing[] = [];
          const detail: Timing[] = [];
          // Alternating segments, so load from other processes falls on both sides alike.
          for (let seg = 0; seg < 8; seg++) {
            const a = await timed(n / 8, concurrency, headers, inboxOp, (seg * n) / 8);
            const b = await timed(n / 8, concurrency, headers, detailOp, (seg * n) / 8);
            inbox.push(...a);
            detail.push(...b);
          }
          const p95Inbox = percentile(
            inbox.map((x) => x.ms),
            95,
          );
          const p95Detail = percentile(
            detail.map((x) => x.ms),
            95,
          );
          const byShape = Object.fromEntries(
            shapes.map((shape, k) => [
              shape.name,
              percentile(
                inbox.filter((x) => x.i % shapes.length === k).map((x) => x.ms),
                95,
              ),
            ]),
          );
          const ratio = p95Inbox / p95Detail;
          const p95Goal = concurrency === 1 ? 50 : 100;
          console.log(
            JSON.stringify({
              bench: 'inbox',
              what: 'p95 GET /api/inbox (first page; filters, counts, accent-free search, sort=due, overdue) ÷ p95 GET /api/nominations/:id',
              scope: s.scope,
              concurrency,
              ratio: Math.round(ratio * 1000) / 1000,
              goal: `<= 2 and inbox p95 <= ${p95Goal} ms`,
              met: ratio <= 2 && p95Inbox <= p95Goal,
              p95InboxMs: p95Inbox,
              p95DetailMs: p95Detail,
              p50InboxMs: percentile(
                inbox.map((x) => x.ms),
                50,
              ),
              p50DetailMs: percentile(
                detail.map((x) => x.ms),
                50,
              ),
              p95InboxByShapeMs: byShape,
              inboxOpenTasks: first.counts.total,
              requests: { inbox: inbox.length, detail: detail.length },
              errors: statusCounts([...inbox, ...detail].filter((x) => x.status !== 200)),
              nominations: total,
              openTasks: counts.openTasks,
              generateSeconds,
              environment: bench.environment,
            }),
          );
        }
      }
      await explainNational(bench);
    } finally {
      await app.close();
    }
  } finally {
    await bench.destroy();
  }
}

/** EXPLAIN ANALYZE of the national inbox's first page as the repository builds it, to spot a missing index. */
async function explainNational(bench: BenchDatabase): Promise<void> {
  const plans: Record<string, string[]> = {};
  const scope = sql`((kind = 'review' and unit_id in (${u.tongLdld})) or (kind = 'revision' and unit_id in (${u.tongLdld})))`;
  const due = sql`coalesce(due_at, '9999-12-31T23:59:59.999999Z'::timestamptz)`;
  for (const [name, filter, order] of [
    ['firstPage', sql``, sql`opened_at`],
    ['searchCommon', sql`and nominee_search like '%nguyen van%'`, sql`opened_at`],
    ['dueFirst', sql``, due],
    ['overdue', sql`and ${due} < now()`, sql`opened_at`],
    ['overdueDueFirst', sql`and ${due} < now()`, due],
  ] as const) {
    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain (analyze, costs off)
      select nomination_id from inbox_tasks where unit_id in (${u.tongLdld}) and ${scope} ${filter}
      order by ${order}, nomination_id limit 51`.execute(bench.db);
    plans[name] = rows.map((r) => r['QUERY PLAN']);
  }
  console.log(JSON.stringify({ bench: 'inbox-explain', plans }));
}

if (require.main === module) {
  benchInbox().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`[bench:inbox] ${err instanceof Error ? err.stack : String(err)}`);
      process.exit(1);
    },
  );
}
