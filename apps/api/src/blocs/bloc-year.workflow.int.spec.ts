import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities, createBlocCommandPort } from '@vinhdanh/activities';
import {
  BLOC_YEAR_WORKFLOW_TYPE,
  blocStreamId,
  blocYearChangedSignal,
  blocYearWorkflowId,
  type BlocYearWorkflowInput,
  type BlocYearWorkflowResult,
} from '@vinhdanh/contracts';
import {
  blocAggregate,
  DEFAULT_BLOC_RULES,
  vietnamDateOf,
  type BlocCommand,
  type BlocCommandInput,
} from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { projectBlocEvents } from '@vinhdanh/projections';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import { CommandHandler } from '../core/command-handler';

// The bloc year as a Temporal workflow against the run's real dev server and PostgreSQL. The
// time-skipping test server (a separate Java-built binary) cannot be installed on this machine, so
// the deadlines are real timers a few seconds away; the test waits for the events, never for times.
// Rules: covenant before the deadline (QĐ 245/CT [S46], domain-sources §5.2), self then cross
// scoring (§5.2), one flag to the leading unit (Luật TĐKT 2022 Art. 26 [S30]).

const [A, B, C] = ['don-vi-hoa-an', 'don-vi-ha-quang', 'don-vi-nguyen-binh'];
const full = Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints]));
const less = Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints - 3]));

describe('bloc year workflow: deadlines with reminders and escalation, rounds, ballot, proposal', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let store: EventStore;
  let worker: Worker;
  let running: Promise<void>;
  let port: ReturnType<typeof createBlocCommandPort>;
  const taskQueue = uniqueTaskQueue('bloc-year');

  beforeAll(async () => {
    let bundle;
    [env, database, bundle] = await Promise.all([connectTestTemporal(), createTestDatabase(), bundleWorkflowsOnce()]);
    store = new EventStore(database.pool);
    const clock = { now: () => new Date() };
    port = createBlocCommandPort({ db: database.db, store, clock: () => new Date() });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: createActivities({ clock, db: database.db, eventStore: store, blocCommands: port }),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await database?.destroy();
  });

  const events = async (blocId: string) => (await store.readStream(blocStreamId(blocId))).map((e) => e);
  async function until(blocId: string, type: string, timeoutMs = 120_000) {
    for (let waited = 0; waited < timeoutMs; waited += 200) {
      const found = (await events(blocId)).filter((e) => e.type === type);
      if (found.length > 0) return found;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no ${type} on bloc ${blocId}`);
  }

  it('reminds and escalates the missing covenant, opens the self round, closes it at its deadline, then runs to the proposal', async () => {
    const blocId = `khoi-wf-${Date.now()}`;
    // Yesterday in Vietnam: the covenants are dated on or before it; the year is that date's.
    const yesterday = vietnamDateOf(new Date(Date.now() - 86_400_000).toISOString());
    const year = Number(yesterday.slice(0, 4));
    const today = vietnamDateOf(new Date().toISOString());
    // What people do (the API's routes do the same): the same handler and projection, as a person.
    const handler = new CommandHandler(database.db, store);
    const cmd = (command: BlocCommandInput, key: string) =>
      handler.execute({
        aggregate: blocAggregate,
        streamId: blocStreamId(blocId),
        command: { ...command, blocId, now: new Date().toISOString() } as BlocCommand,
        actor: { id: 'nguoi-dung-van-phong', name: 'Nông Thị Hạnh', username: 'hanh', unitId: 'ldld-tinh' },
        idempotency: { purpose: 'bloc-test', key: `${blocId}:${key}` },
        project: projectBlocEvents,
      });
    await cmd(
      {
        type: 'FormBloc',
        name: 'Khối thử nghiệm',
        level: 2,
        organiserUnitId: 'ldld-tinh',
        formedOn: '2020-01-01',
        members: [A, B, C].map((unitId) => ({ unitId, unitName: `LĐLĐ ${unitId}` })),
      },
      'form',
    );
    await cmd(
      {
        type: 'OpenBlocYear',
        year,
        awardCode: 'CO_TINH',
        ruleSetVersion: '2025.1',
        rules: DEFAULT_BLOC_RULES,
        covenantDeadline: yesterday,
        headUnitId: A,
        deputyUnitId: B,
      },
      'open',
    );
    for (const unitId of [A, B]) {
      await cmd({ type: 'RegisterForBlocYear', year, unitId, on: yesterday }, `reg-${unitId}`);
      await cmd({ type: 'SignBlocCovenant', year, unitId, on: yesterday }, `sign-${unitId}`);
    }
    const start = Date.now();
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
    const input: BlocYearWorkflowInput = {
      blocId,
      year,
      deadlines: { covenant: at(20), selfScore: at(45), crossScore: at(3600), review: at(7200), meeting: at(9000) },
      remindAtShare: 0.25,
    };
    const handle = await env.client.workflow.start(BLOC_YEAR_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: blocYearWorkflowId(blocId, year),
      args: [input],
    });

    // Covenant: C has not signed — reminded, then at the deadline the miss goes to the organiser.
    const [reminded] = await until(blocId, 'BlocDeadlineReminded');
    expect(reminded!.data).toMatchObject({ stage: 'covenant', unitIds: [C] });
    const [missed] = await until(blocId, 'BlocDeadlineMissed');
    expect(missed!.data).toMatchObject({ stage: 'covenant', unitIds: [C], escalatedToUnitId: 'ldld-tinh' });
    const [opened] = await until(blocId, 'BlocScoringOpened');
    expect(opened!.data).toEqual({ year, withoutCovenant: [C], rounds: true });
    // C signing now is a late covenant, refused with the rule named.
    await expect(cmd({ type: 'SignBlocCovenant', year, unitId: C, on: today }, 'late')).rejects.toMatchObject({
      code: 'BLOC.LATE_COVENANT',
      details: expect.objectContaining({ rule: 'bloc.covenant_deadline' }),
    });

    // Self round: A scores itself, B lets the deadline pass.
    await cmd({ type: 'SubmitBlocSelfScore', year, unitId: A, points: full, evidenceAttachmentIds: [] }, 'self-a');
    await handle.signal(blocYearChangedSignal);
    const [closed] = await until(blocId, 'BlocSelfRoundClosed');
    expect(closed!.data).toEqual({ year, withoutSelfScore: [B] });
    const stages = (await events(blocId))
      .filter((e) => e.type === 'BlocDeadlineMissed')
      .map((e) => (e.data as { stage: string; unitIds: string[] }).stage);
    expect(stages).toEqual(['covenant', 'self_score']);

    // Cross round: once each participant scored the other, the workflow moves on without waiting for the deadline.
    await cmd({ type: 'SubmitBlocCrossScore', year, scorerUnitId: A, scoredUnitId: B, points: less }, 'x-ab');
    await cmd({ type: 'SubmitBlocCrossScore', year, scorerUnitId: B, scoredUnitId: A, points: full }, 'x-ba');
    await handle.signal(blocYearChangedSignal);
    await cmd({ type: 'ReviewBlocScores', year, byUnitId: A, note: 'Đã rà soát' }, 'review');
    await handle.signal(blocYearChangedSignal);
    await cmd(
      { type: 'CountBlocBallot', year, heldOn: today, presentUnitIds: [A, B], ballotsCast: 2, votes: { [A]: 2 } },
      'ballot',
    );
    await handle.signal(blocYearChangedSignal);

    const result: BlocYearWorkflowResult = await handle.result();
    expect(result).toMatchObject({ blocId, year, winnerUnitId: A, nominationId: null });
    // No campaign offers the flag in this database: the proposal says so, for the organiser to act on.
    expect(result.notStartedReason).toContain('Chưa có đợt thi đua');
    const [proposed] = await until(blocId, 'BlocWinnerProposed');
    expect(proposed!.data).toMatchObject({ unitId: A, awardCode: 'CO_TINH', nominationId: null });
    // Every fact the workflow wrote went through the bloc decider as the system's command.
    const system = (await events(blocId)).filter((e) => e.metadata.actor === 'system:bloc-year').map((e) => e.type);
    expect(system).toEqual([
      'BlocDeadlineReminded',
      'BlocDeadlineMissed',
      'BlocScoringOpened',
      'BlocDeadlineReminded',
      'BlocDeadlineMissed',
      'BlocSelfRoundClosed',
      'BlocWinnerProposed',
    ]);
    // The read model followed in the same transactions.
    const row = await database.db
      .selectFrom('blocs')
      .select('state')
      .where('id', '=', blocId)
      .executeTakeFirstOrThrow();
    expect((row.state as { years: Record<string, { proposal: unknown }> }).years[String(year)]!.proposal).toMatchObject(
      {
        unitId: A,
      },
    );
  }, 240_000);
});
