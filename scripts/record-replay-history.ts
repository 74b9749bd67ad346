/*
 * `npm run record:histories`: records real histories of the nomination workflow (the full climb,
 * a return + resubmit + withdraw path, the procedure steps, the deadline ladder with a hold and an
 * extension, a quota refusal) on a throwaway dev server and database, into
 * workflows/src/__replay__/. Run it BEFORE changing the workflow, commit the files, and the replay
 * test then proves the new code still replays what running workflows have already done. Existing
 * files are never overwritten: they are the histories of older code, which must keep replaying.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '@vinhdanh/activities';
import {
  NOMINATION_HISTORY_SHAPE,
  NOMINATION_WORKFLOW_TYPE,
  VINHDANH_SEARCH_ATTRIBUTES,
  decideUpdate,
  extendDeadlineUpdate,
  getNominationStateQuery,
  grantByDecisionUpdate,
  holdUpdate,
  nominationWorkflowId,
  nominationWorkflowInput,
  recordAppraisalUpdate,
  recordIntakeUpdate,
  recordVoteUpdate,
  resubmitUpdate,
  resumeUpdate,
  withdrawUpdate,
  type DecideArgs,
} from '@vinhdanh/contracts';
import {
  awardRuleOf,
  computeProcedureRoute,
  ruleSet2024,
  ruleSet2024SignOff,
  sampleRoute,
  sampleSubmitNomination,
  type OrgLevel,
  type SubmitNomination,
} from '@vinhdanh/domain';
import type { ComputeTaskDueAtInput, TaskDeadline } from '@vinhdanh/activities';
import { setQuotaOverride } from '@vinhdanh/db';
import { EventStore } from '@vinhdanh/event-store';
import { getFreePort, startDevServer } from '@vinhdanh/temporal';
import { ensureTemporalCli } from '@vinhdanh/tools';
import { createTestDatabase } from '@vinhdanh/testing';
import type { nominationWorkflow } from '@vinhdanh/workflows';
import { RECORD_DISCLOSURE_MS, recordTaskAndDisclosureScenarios } from './lib/replay-scenarios-tasks';

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

/** Deadlines two seconds away for the campaign "fast" (the ladder path); the calendar for the others. */
function fastDeadlines(input: ComputeTaskDueAtInput): TaskDeadline | undefined {
  if (input.campaignId !== 'fast') return undefined;
  const due = input.dueAt ? Date.parse(input.dueAt) : Date.now() + 2000;
  const iso = (ms: number) => new Date(ms).toISOString();
  return { dueAt: iso(due), remindAt: iso(due - 1000), escalateAt: iso(due + 1000), onEscalate: 'stuck' };
}

const at = (level: number) => ({
  actor: decision(level).actor,
  level: level as OrgLevel,
  unitId: sampleRoute[level - 1].unitId,
});
const tally = {
  membersTotal: 9,
  present: 8,
  votesFor: 8,
  votesAgainst: 0,
  abstentions: 0,
  writtenFor: 1,
  writtenAgainst: 0,
};
const passedChecks = [
  { rule: 'ELIGIBILITY.ONCE_PER_PERSON', passed: true, reasonVi: 'Chưa từng nhận.', reasonEn: 'Never received.' },
];
const withSteps = (): Partial<SubmitNomination> => ({
  ruleSetVersion: ruleSet2024.version,
  ...computeProcedureRoute(ruleSet2024, awardRuleOf(ruleSet2024, 'BK_TLD'), sampleRoute),
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
    activities: {
      ...createActivities({
        clock: { now: () => new Date() },
        db: database.db,
        eventStore: new EventStore(database.pool),
        taskDeadlines: fastDeadlines,
      }),
      // A disclosure period of seconds, not working days, so the recording ends today.
      computeDisclosureEndsAt: async ({ postedAt }: { postedAt: string }) => ({
        endsAt: new Date(Date.parse(postedAt) + RECORD_DISCLOSURE_MS).toISOString(),
      }),
    },
  });
  const quotaCampaign = await seedQuotaCampaign(database.db);
  const lateCampaign = await seedLateCampaign(database.db);
  try {
    await worker.runUntil(async () => {
      const run = async (
        name: string,
        script: (h: Awaited<ReturnType<typeof start>>) => Promise<void>,
        submit: Partial<SubmitNomination> = {},
        options: { shaped?: boolean } = {},
      ) => {
        if (existsSync(join(outDir, `${name}.json`))) return log(`kept ${name}.json (recorded from older code)`);
        const handle = await start(submit, options.shaped ?? false);
        await script(handle);
        await handle.result();
        const history = await handle.fetchHistory();
        writeFileSync(join(outDir, `${name}.json`), historyToJSON(history) + '\n');
        log(`wrote ${name}.json (${history.events?.length} events)`);
      };
      const start = async (submit: Partial<SubmitNomination>, shaped: boolean) => {
        const id = randomUUID();
        const command = sampleSubmitNomination({ nominationId: id, now: new Date().toISOString(), ...submit });
        const handle = await client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
          taskQueue,
          workflowId: nominationWorkflowId(id),
          // Older scenarios are started as their code started them (no history shape).
          args: [shaped ? nominationWorkflowInput(command) : { submit: command }],
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
      const nominator = sampleSubmitNomination().actor;
      const waitFor = async (h: Awaited<ReturnType<typeof start>>, done: (s: string) => boolean) => {
        for (let i = 0; i < 200; i++) {
          const { state } = await h.query(getNominationStateQuery);
          const task = state.status === 'DRAFT' ? null : state.openTask;
          if (
            done(
              `${task?.remindedFor ? 'reminded ' : ''}${task?.overdue ? 'overdue ' : ''}${task?.stuck ? 'stuck' : ''}`,
            )
          )
            return;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the deadline ladder did not move');
      };
      // Deadlines and quotas (patched; the history names keep their first recording's): the plain paths again, then steps, deadlines, holds, extensions and quotas.
      await run('nomination-climb-issue4', async (h) => {
        for (const level of [1, 2, 3, 4]) await h.executeUpdate(decideUpdate, { args: [decision(level)] });
      });
      await run('nomination-return-resubmit-reject-issue4', async (h) => {
        await h.executeUpdate(decideUpdate, { args: [decision(1)] });
        await h.executeUpdate(decideUpdate, { args: [decision(2, { decision: 'return', reason: 'Thiếu biên bản.' })] });
        await h.executeUpdate(resubmitUpdate, { args: [{ actor: decision(1).actor, note: 'Đã bổ sung.' }] });
        await h.executeUpdate(decideUpdate, {
          args: [decision(2, { decision: 'reject', reason: 'Không đủ điều kiện.' })],
        });
      });
      await run(
        'nomination-procedure-climb',
        async (h) => {
          for (const level of [1, 2, 3, 4]) {
            if (level > 1) await h.executeUpdate(recordIntakeUpdate, { args: [at(level)] });
            await h.executeUpdate(recordAppraisalUpdate, { args: [{ ...at(level), checks: passedChecks }] });
            await h.executeUpdate(recordVoteUpdate, { args: [{ ...at(level), tally }] });
            await h.executeUpdate(decideUpdate, { args: [decision(level)] });
          }
        },
        withSteps(),
      );
      await run(
        'nomination-deadline-ladder',
        async (h) => {
          await waitFor(h, (s) => s.includes('reminded'));
          await h.executeUpdate(holdUpdate, {
            args: [{ actor: nominator, kind: 'complaint', reason: 'Có đơn khiếu nại.' }],
          });
          await h.executeUpdate(resumeUpdate, { args: [{ actor: nominator, reason: 'Đã giải quyết.' }] });
          await waitFor(h, (s) => s.includes('stuck'));
          const { state } = await h.query(getNominationStateQuery);
          const taskSeq = state.status === 'DRAFT' ? 1 : (state.openTask?.taskSeq ?? 1);
          const dueAt = new Date(Date.now() + 60_000).toISOString();
          await h.executeUpdate(extendDeadlineUpdate, {
            args: [{ actor: nominator, taskSeq, dueAt, reason: 'Gia hạn.' }],
          });
          await h.executeUpdate(withdrawUpdate, { args: [{ actor: nominator, reason: 'Xin rút hồ sơ.' }] });
        },
        { campaignId: 'fast' },
      );
      await run(
        'nomination-quota-refused',
        async (h) => {
          for (const level of [1, 2]) await h.executeUpdate(decideUpdate, { args: [decision(level)] });
          await h.executeUpdate(decideUpdate, { args: [decision(3)] }).catch(() => undefined); // QUOTA.EXCEEDED
          await h.executeUpdate(withdrawUpdate, { args: [{ actor: nominator, reason: 'Hết chỉ tiêu.' }] });
        },
        { awardCode: 'BK_CD', campaignId: quotaCampaign, ruleSetVersion: ruleSet2024SignOff.version },
      );
      await recordTaskAndDisclosureScenarios({ run, decision });
      // A dossier forwarded after the next level's cut-off: the sender's late submission is recorded
      // and the receiving level keeps its working-day time (patch cut-off-blames-sender).
      await run(
        'nomination-late-submission',
        async (h) => {
          await h.executeUpdate(decideUpdate, { args: [decision(1)] });
          await h.executeUpdate(withdrawUpdate, { args: [{ actor: nominator, reason: 'Xin rút hồ sơ.' }] });
        },
        { campaignId: lateCampaign, ruleSetVersion: ruleSet2024SignOff.version },
      );
      // The climb and the deadline ladder in each later shape: `due-time-activity` (the due time by
      // its own local activity; recorded by the code before DUE_TIME_IN_APPEND_PATCH and kept),
      // `due-time-in-append` (a run started without a history shape: the patch markers) and
      // `shape-<n>` (a run started as the API starts it today, with NOMINATION_HISTORY_SHAPE).
      for (const [suffix, shaped] of [
        ['due-time-activity', false],
        ['due-time-in-append', false],
        [`shape-${NOMINATION_HISTORY_SHAPE}`, true],
      ] as const) {
        const start = { shaped };
        await run(
          `nomination-climb-${suffix}`,
          async (h) => {
            for (const level of [1, 2, 3, 4]) await h.executeUpdate(decideUpdate, { args: [decision(level)] });
          },
          {},
          start,
        );
        await run(
          `nomination-deadline-ladder-${suffix}`,
          async (h) => {
            await waitFor(h, (s) => s.includes('reminded'));
            await h.executeUpdate(holdUpdate, {
              args: [{ actor: nominator, kind: 'complaint', reason: 'Có đơn khiếu nại.' }],
            });
            await h.executeUpdate(resumeUpdate, { args: [{ actor: nominator, reason: 'Đã giải quyết.' }] });
            await waitFor(h, (s) => s.includes('stuck'));
            await h.executeUpdate(withdrawUpdate, { args: [{ actor: nominator, reason: 'Xin rút hồ sơ.' }] });
          },
          { campaignId: 'fast' },
          start,
        );
      }
      // A quyết định with an annex grants the nomination waiting for the national sign-off.
      await run('nomination-grant-by-decision', async (h) => {
        for (const level of [1, 2, 3]) await h.executeUpdate(decideUpdate, { args: [decision(level)] });
        await h.executeUpdate(grantByDecisionUpdate, {
          args: [
            {
              actor: decision(4).actor,
              decisionId: 'd-replay',
              decisionNumber: '125/QĐ-TLĐ',
              unitId: sampleRoute[3].unitId,
            },
          ],
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

/** A thematic campaign whose province quota an administrator set to 0, so the first approval there is refused. */
async function seedQuotaCampaign(db: Awaited<ReturnType<typeof createTestDatabase>>['db']): Promise<string> {
  const rs = ruleSet2024SignOff;
  await db
    .insertInto('rule_sets')
    .values({
      version: rs.version,
      effective_from: rs.effectiveFrom,
      effective_to: rs.effectiveTo ?? null,
      body: JSON.stringify(rs),
    })
    .execute();
  const code = 'CD-RECORD';
  const { id } = await db
    .insertInto('campaigns')
    .values({
      code,
      name: 'Chuyên đề (ghi lịch sử)',
      kind: 'thematic',
      rule_set_version: rs.version,
      award_codes: ['BK_CD'],
      opens_on: '2026-01-01',
      closes_on: '2026-12-31',
      cutoffs: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bucketKey = `BK_CD|unit:${sampleRoute[2].unitId}|theme:${code}`;
  await setQuotaOverride(db, { campaignId: id, bucketKey, limit: 0, reason: 'Ghi lịch sử.', changedBy: 'record' });
  return id;
}

/** An annual campaign whose level-2 cut-off (05/01/2026) has long passed when the recording runs. */
async function seedLateCampaign(db: Awaited<ReturnType<typeof createTestDatabase>>['db']): Promise<string> {
  const { id } = await db
    .insertInto('campaigns')
    .values({
      code: 'TK-RECORD-LATE',
      name: 'Tổng kết (ghi lịch sử, hạn chót đã qua)',
      kind: 'annual',
      rule_set_version: ruleSet2024SignOff.version,
      award_codes: ['BK_TLD'],
      opens_on: '2026-01-01',
      closes_on: '2026-12-31',
      cutoffs: JSON.stringify({ '2': '2026-01-05' }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
