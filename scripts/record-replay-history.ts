/*
 * `npm run record:histories`: records real histories of the nomination workflow (the full climb,
 * and a return + resubmit + withdraw path) on a throwaway dev server and database, into
 * workflows/src/__replay__/. Run it BEFORE changing the workflow, commit the files, and the replay
 * test then proves the new code still replays what running workflows have already done.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '@vinhdanh/activities';
import {
  NOMINATION_WORKFLOW_TYPE,
  VINHDANH_SEARCH_ATTRIBUTES,
  decideUpdate,
  getNominationStateQuery,
  nominationWorkflowId,
  resubmitUpdate,
  withdrawUpdate,
  type DecideArgs,
} from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { ensureTemporalCli, getFreePort, startDevServer } from '@vinhdanh/temporal';
import { createTestDatabase } from '@vinhdanh/testing';
import type { nominationWorkflow } from '@vinhdanh/workflows';

const outDir = join(__dirname, '..', 'workflows', 'src', '__replay__');
const log = (line: string) => console.log(`[record] ${line}`);

const decision = (level: number, extra: Partial<DecideArgs> = {}): DecideArgs => ({
  actor: { userId: `u-${level}`, name: `Cán bộ cấp ${level}`, unitId: sampleRoute[level - 1].unitId },
  decision: 'approve',
  level: level as DecideArgs['level'],
  unitId: sampleRoute[level - 1].unitId,
  ...(level === 4 ? { decisionNumber: '1234/QĐ-TLĐ' } : {}),
  ...extra,
});

async function main(): Promise<void> {
  const server = await startDevServer({
    executable: await ensureTemporalCli({ log }),
    ip: '127.0.0.1',
    port: await getFreePort(),
    namespace: 'default',
    searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    log,
  });
  const database = await createTestDatabase();
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });
  const taskQueue = `record-${randomUUID()}`;
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('@vinhdanh/workflows'),
    activities: createActivities({
      clock: { now: () => new Date() },
      db: database.db,
      eventStore: new EventStore(database.pool),
    }),
  });
  try {
    await worker.runUntil(async () => {
      const run = async (name: string, script: (h: Awaited<ReturnType<typeof start>>) => Promise<void>) => {
        const handle = await start();
        await script(handle);
        await handle.result();
        const history = await handle.fetchHistory();
        writeFileSync(join(outDir, `${name}.json`), historyToJSON(history) + '\n');
        log(`wrote ${name}.json (${history.events?.length} events)`);
      };
      const start = async () => {
        const id = randomUUID();
        const handle = await client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
          taskQueue,
          workflowId: nominationWorkflowId(id),
          args: [{ submit: sampleSubmitNomination({ nominationId: id, now: new Date().toISOString() }) }],
        });
        while ((await handle.query(getNominationStateQuery)).version === 0) await new Promise((r) => setTimeout(r, 20));
        return handle;
      };
      await run('nomination-climb', async (h) => {
        for (const level of [1, 2, 3, 4]) await h.executeUpdate(decideUpdate, { args: [decision(level)] });
      });
      await run('nomination-return-resubmit-withdraw', async (h) => {
        await h.executeUpdate(decideUpdate, { args: [decision(1)] });
        await h.executeUpdate(decideUpdate, { args: [decision(2, { decision: 'return', reason: 'Thiếu biên bản.' })] });
        await h.executeUpdate(resubmitUpdate, { args: [{ actor: decision(1).actor, note: 'Đã bổ sung.' }] });
        await h
          .executeUpdate(decideUpdate, { args: [decision(2, { decision: 'reject', reason: 'Không đủ điều kiện.' })] })
          .catch(() => undefined);
      });
      await run('nomination-withdraw', async (h) => {
        await h.executeUpdate(withdrawUpdate, {
          args: [{ actor: sampleSubmitNomination().actor, reason: 'Xin rút hồ sơ.' }],
        });
      });
    });
  } finally {
    await connection.close();
    await nativeConnection.close();
    await database.destroy();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
