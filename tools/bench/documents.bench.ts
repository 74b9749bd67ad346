/**
 * `npm run bench:documents`: certificates per second of the real print run (Temporal workflow,
 * activities rendering PDF + DOCX per awardee, storing them, one event per chunk) for a
 * 300-awardee quyết định, against rendering the same certificate PDF with no data (blank fields,
 * nothing stored), and the decision's event count. JSON lines with the goal beside each figure.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { certificateData, readAwardDecision, seedIssuedDecision } from '@vinhdanh/activities';
import { CERTIFICATE_PRINT_WORKFLOW_TYPE, certificatePrintWorkflowId } from '@vinhdanh/contracts';
import { documentView, renderDocument, renderView, type DocumentView } from '@vinhdanh/documents';
import { CERTIFICATE_CHUNK_SIZE } from '@vinhdanh/api';
import { createTemporalBenchEnv } from './temporal-bench-env';

const AWARDEES = 300;
const RATIO_GOAL = 0.5;
const EVENTS_GOAL = 20;

async function main(): Promise<void> {
  const env = await createTemporalBenchEnv('documents');
  try {
    const decisionId = randomUUID();
    const user = await sql<{ id: string }>`
      insert into users (id, username, full_name, password_hash) values (${randomUUID()}, 'bench.printer', 'Trần Văn Thành', 'x')
      returning id`.execute(env.database.db);
    const issued = await seedIssuedDecision(env.database.db, env.store, {
      decisionId,
      count: AWARDEES,
      userId: user.rows[0]!.id,
    });
    // Warm-up: fonts loaded and the layout code compiled before either measurement.
    await renderDocument(
      'bang-khen',
      certificateData((await readAwardDecision(env.store, decisionId)).state.issued!, 0),
      'pdf',
      {
        documentDate: issued.date,
      },
    );

    // Baseline: the same certificate PDF with every field blank, rendered in a loop, nothing stored.
    const blank = Object.fromEntries(
      Object.keys(
        documentView('bang-khen', certificateData((await readAwardDecision(env.store, decisionId)).state.issued!, 0)),
      ).map((k) => [k, ' ']),
    ) as DocumentView;
    const baseStarted = performance.now();
    for (let i = 0; i < AWARDEES; i++) await renderView('bang-khen', blank, 'pdf', { documentDate: issued.date });
    const baselinePerSec = AWARDEES / ((performance.now() - baseStarted) / 1000);

    const started = performance.now();
    const handle = await env.client.workflow.start(CERTIFICATE_PRINT_WORKFLOW_TYPE, {
      taskQueue: env.taskQueue,
      workflowId: certificatePrintWorkflowId(decisionId),
      args: [{ decisionId, chunkSize: CERTIFICATE_CHUNK_SIZE }],
    });
    await handle.result();
    const printPerSec = AWARDEES / ((performance.now() - started) / 1000);

    const { events, state } = await readAwardDecision(env.store, decisionId);
    const ratio = printPerSec / baselinePerSec;
    console.log(
      JSON.stringify({
        bench: 'documents',
        what: `certificates/s of the print run (PDF + DOCX each, stored, chunk events) for a ${AWARDEES}-awardee quyết định ÷ blank certificate PDFs/s`,
        ratio: Math.round(ratio * 1000) / 1000,
        goal: `>= ${RATIO_GOAL}`,
        met: ratio >= RATIO_GOAL,
        certificatesPerSec: Number(printPerSec.toFixed(1)),
        blankPdfsPerSec: Number(baselinePerSec.toFixed(1)),
        printed: Object.keys(state.certificates).length,
        chunkSize: CERTIFICATE_CHUNK_SIZE,
      }),
    );
    console.log(
      JSON.stringify({
        bench: 'documents',
        what: `events in the decision's stream after issuing and printing ${AWARDEES} certificates`,
        decisionEvents: events.length,
        goal: `<= ${EVENTS_GOAL}`,
        met: events.length <= EVENTS_GOAL,
        byType: events.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.type]: (acc[e.type] ?? 0) + 1 }), {}),
      }),
    );
  } finally {
    await env.close();
  }
}

main().catch((err: unknown) => {
  console.error(`[bench] ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
