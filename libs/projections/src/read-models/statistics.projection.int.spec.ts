import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  decide,
  demoOrgTree,
  demoUnitIds as ids,
  evolve,
  initialState,
  OrgTree,
  sampleDossier,
  sampleSubmitNomination,
  type AwardCode,
  type Dossier,
  type NominationCommand,
  type NominationState,
  type RouteStep,
  type SubmittedNominationState,
} from '@vinhdanh/domain';
import { EventStore, LeanReadUpcastError, UpcasterRegistry } from '@vinhdanh/event-store';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { applyNextBatch, ensureCheckpoints, resetProjection } from '../checkpoints';
import { Projector } from '../projector';
import { statisticsProjection } from './statistics.projection';
import { readLevelTimes, readStatCounts, statisticsScope, readUnitSuccessors } from './statistics.queries';

/** A small seeded generator, so a failure can be replayed with the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ROUTES: { award: AwardCode; route: RouteStep[] }[] = [
  {
    award: 'BK_TLD',
    route: [
      { level: 1, unitId: ids.cdcsThcsTanHoi },
      { level: 2, unitId: ids.ldldDanPhuong },
      { level: 3, unitId: ids.ldldHaNoi },
      { level: 4, unitId: ids.tongLdld },
    ],
  },
  {
    award: 'BK_TINH',
    route: [
      { level: 1, unitId: ids.cdcsTieuHocHongViet },
      { level: 2, unitId: ids.ldldHoaAn },
      { level: 3, unitId: ids.ldldCaoBang },
    ],
  },
  {
    award: 'GK',
    route: [
      { level: 1, unitId: ids.cdcsSoNoiVuCaoBang },
      { level: 2, unitId: ids.cdVienChucCaoBang },
    ],
  },
  {
    award: 'BK_TLD',
    route: [
      { level: 1, unitId: ids.cdcsTtytChauThanhA },
      { level: 2, unitId: ids.ldldChauThanhA },
      { level: 3, unitId: ids.ldldHauGiang },
      { level: 4, unitId: ids.tongLdld },
    ],
  },
];
const CAMPAIGNS = ['campaign-2025-annual', 'campaign-2026-thematic'];

describe('statistics projection', () => {
  let t: TestDatabase;
  let store: EventStore;
  /** Every nomination's stream of states, as the domain folds it: the reference the counters must match. */
  const folded = new Map<string, { states: NominationState[]; times: string[] }>();

  async function generate(count: number, seed: number): Promise<void> {
    const rand = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    for (let i = 0; i < count; i++) {
      const id = `stat-${seed}-${i}`;
      const { award, route } = pick(ROUTES);
      let clock = Date.UTC(2025 + Math.floor(rand() * 2), Math.floor(rand() * 12), 1 + Math.floor(rand() * 27), 1, 0);
      // Some submissions fall late on 31/12 UTC: already the next year in Vietnam time.
      if (rand() < 0.05) clock = Date.UTC(2025, 11, 31, 20, 0);
      const now = () => new Date((clock += Math.floor(rand() * 5 * 86_400_000) + 60_000)).toISOString();
      const dossier: Dossier = sampleDossier();
      if (rand() < 0.3) {
        dossier.nominee = {
          kind: 'collective',
          name: `Tập thể ${i}`,
          memberCount: 5 + Math.floor(rand() * 40),
          womenShare: Math.round(rand() * 100) / 100,
        };
      } else if (dossier.nominee.kind === 'person') {
        dossier.nominee = {
          ...dossier.nominee,
          fullName: `Người ${i}`,
          gender: rand() < 0.5 ? 'female' : 'male',
          isLeader: rand() < 0.3,
          isDirectWorker: rand() < 0.6,
        };
      }
      let state: NominationState = initialState();
      let version = 0;
      const states: NominationState[] = [];
      const times: string[] = [];
      const run = async (command: NominationCommand) => {
        const events = decide(command, state);
        await store.append(
          `nomination-${id}`,
          version,
          events.map((e) => ({
            eventId: randomUUID(),
            type: e.type,
            data: e.data,
            metadata: { actor: e.metadata.actor.userId, domain: e.metadata },
            occurredAt: e.metadata.now,
          })),
        );
        for (const e of events) {
          state = evolve(state, e);
          states.push(state);
          times.push(e.metadata.now);
        }
        version += events.length;
      };
      const actorAt = (step: RouteStep) => ({ userId: `u-${step.unitId}`, name: 'Người duyệt', unitId: step.unitId });
      await run(
        sampleSubmitNomination({
          nominationId: id,
          now: now(),
          nominatingUnitId: route[0]!.unitId,
          actor: { ...actorAt(route[0]!), userId: 'u-nominator' },
          awardCode: award,
          campaignId: pick(CAMPAIGNS),
          dossier,
          route,
        }),
      );
      // Walk the route: approve, return (and resubmit), reject or withdraw at random, until it ends or stops open.
      for (let guard = 0; guard < 12; guard++) {
        const s = state as SubmittedNominationState;
        const task = s.openTask;
        if (!task) break;
        const r = rand();
        if (r < 0.07) break; // left open
        if (task.kind === 'revision') {
          if (r < 0.15)
            await run({
              type: 'WithdrawNomination',
              nominationId: id,
              actor: actorAt(route[0]!),
              now: now(),
              reason: 'Xin rút hồ sơ',
            });
          else
            await run({
              type: 'ResubmitNomination',
              nominationId: id,
              actor: actorAt({ level: task.level, unitId: task.unitId }),
              now: now(),
            });
          continue;
        }
        const step = { level: task.level, unitId: task.unitId };
        const base = {
          type: 'DecideNomination' as const,
          nominationId: id,
          actor: actorAt(step),
          now: now(),
          level: task.level,
          unitId: task.unitId,
        };
        if (r < 0.2 && task.level > route[0]!.level)
          await run({ ...base, decision: 'return', reason: 'Bổ sung biên bản họp' });
        else if (r < 0.27) await run({ ...base, decision: 'reject', reason: 'Chưa đủ tiêu chuẩn' });
        else if (r < 0.32)
          await run({
            type: 'WithdrawNomination',
            nominationId: id,
            actor: actorAt(route[0]!),
            now: now(),
            reason: 'Xin rút hồ sơ',
          });
        else
          await run({
            ...base,
            decision: 'approve',
            ...(task.level === route[route.length - 1]!.level ? { decisionNumber: `${i}/QĐ` } : {}),
          });
      }
      folded.set(id, { states, times });
    }
  }

  /** The figures by a plain fold of the domain's states, summed per key for a set of nominating units. */
  function expectedCounts(units: Set<string> | '*') {
    const out = new Map<string, Record<string, number>>();
    for (const { states } of folded.values()) {
      const s = states[states.length - 1] as SubmittedNominationState;
      if (units !== '*' && !units.has(s.nominatingUnitId)) continue;
      const year = new Date(Date.parse(s.submittedAt) + 7 * 3600_000).getUTCFullYear();
      const outcome = ['GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'].includes(s.status)
        ? s.status
        : 'OPEN';
      const key = [
        year,
        s.campaignId,
        s.awardCode,
        s.route[s.route.length - 1]!.level,
        s.dossier.nominee.kind,
        outcome,
      ].join('|');
      const n = s.dossier.nominee;
      const acc = out.get(key) ?? {
        nominations: 0,
        returned: 0,
        returns: 0,
        women: 0,
        direct_workers: 0,
        non_leaders: 0,
        collective_members: 0,
        collective_women: 0,
      };
      acc.nominations! += 1;
      acc.returned! += s.returnCount > 0 ? 1 : 0;
      acc.returns! += s.returnCount;
      if (n.kind === 'person') {
        acc.women! += n.gender === 'female' ? 1 : 0;
        acc.direct_workers! += n.isDirectWorker ? 1 : 0;
        acc.non_leaders! += n.isLeader ? 0 : 1;
      } else {
        acc.collective_members! += n.memberCount;
        acc.collective_women! += Math.round(n.womenShare * n.memberCount);
      }
      out.set(key, acc);
    }
    return out;
  }

  function expectedLevelTimes(year: number) {
    const out = new Map<number, { tasks: number; totalMs: number }>();
    for (const { states, times } of folded.values()) {
      const first = states[0] as SubmittedNominationState;
      if (new Date(Date.parse(first.submittedAt) + 7 * 3600_000).getUTCFullYear() !== year) continue;
      for (let k = 1; k < states.length; k++) {
        const before = (states[k - 1] as SubmittedNominationState).openTask;
        const after = (states[k] as SubmittedNominationState).openTask;
        if (before && (!after || after.taskSeq !== before.taskSeq)) {
          const acc = out.get(before.level) ?? { tasks: 0, totalMs: 0 };
          acc.tasks += 1;
          acc.totalMs += Date.parse(times[k]!) - Date.parse(before.openedAt);
          out.set(before.level, acc);
        }
      }
    }
    return [...out].sort(([a], [b]) => a - b).map(([level, v]) => ({ level, ...v }));
  }

  const asMap = (rows: Awaited<ReturnType<typeof readStatCounts>>) =>
    new Map(
      rows.map((r) => {
        const { year, campaignId, awardCode, grantingLevel, nomineeKind, outcome, ...values } = r;
        return [
          [year, campaignId, awardCode, grantingLevel, nomineeKind, outcome].join('|'),
          values as Record<string, number>,
        ];
      }),
    );

  /**
   * Applies batches until every stored event is in. readAll only returns events below the cluster's
   * oldest running transaction, so on a shared server a batch can come back empty for a while.
   */
  async function applyAll(batchSize: number): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const applied = await applyNextBatch(t.db, store, statisticsProjection, batchSize, true);
      if (applied > 0) continue;
      const { rows } = await sql<{ behind: boolean }>`
        select (select count(*) from events) > (select events_applied from projection_checkpoints where name = 'statistics') as behind`.execute(
        t.db,
      );
      if (!rows[0]?.behind) return;
      if (Date.now() > deadline) throw new Error('the statistics projection did not catch up within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const snapshot = async () => ({
    counts: (await sql`select * from stat_counts order by 1, 2, 3, 4, 5, 6, 7`.execute(t.db)).rows,
    times: (await sql`select * from stat_level_time order by 1, 2, 3, 4`.execute(t.db)).rows,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.pool);
    await ensureCheckpoints(t.db, [statisticsProjection.name]);
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('counts what a fold of the events counts, nationally and per unit, across batch boundaries', async () => {
    await generate(160, 7);
    // An odd batch size splits nominations across batches: the counters must carry the folds over.
    await applyAll(37);
    const all = '*';
    expect(asMap(await readStatCounts(t.db, { scope: { unitIds: all, merged: [] } }))).toEqual(expectedCounts(all));
    for (const unit of [ids.cdcsThcsTanHoi, ids.cdcsTieuHocHongViet]) {
      const got = asMap(await readStatCounts(t.db, { scope: { unitIds: [unit], merged: [] } }));
      expect(got).toEqual(expectedCounts(new Set([unit])));
      expect(got.size).toBeGreaterThan(0);
    }
    // Filters narrow to the year and the campaign.
    const filtered = await readStatCounts(t.db, {
      scope: { unitIds: all, merged: [] },
      year: 2026,
      campaignId: CAMPAIGNS[1],
    });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((r) => r.year === 2026 && r.campaignId === CAMPAIGNS[1])).toBe(true);
    // Every outcome the generator can reach shows up, so the comparison above covered them.
    const outcomes = new Set(
      (await readStatCounts(t.db, { scope: { unitIds: all, merged: [] } })).map((r) => r.outcome),
    );
    expect([...outcomes].sort()).toEqual(['GRANTED', 'OPEN', 'REJECTED', 'WITHDRAWN']);
    for (const year of [2025, 2026]) {
      expect(await readLevelTimes(t.db, { scope: { unitIds: all, merged: [] }, year })).toEqual(
        expectedLevelTimes(year),
      );
    }
  });

  it('keeps counting as nominations move on in later batches, and a rebuild gives the same rows', async () => {
    await generate(60, 11);
    await applyAll(500);
    expect(asMap(await readStatCounts(t.db, { scope: { unitIds: '*', merged: [] } }))).toEqual(expectedCounts('*'));
    const before = await snapshot();
    await resetProjection(t.db, statisticsProjection);
    await applyAll(1000);
    expect(await snapshot()).toEqual(before);
  });

  it('rebuilds through the projector (counters summed in memory, written at the end) into the same rows', async () => {
    await generate(40, 13);
    await applyAll(500);
    const before = await snapshot();
    expect(before.counts.length).toBeGreaterThan(0);
    // A small batch size: the nominations span batches, and the facts of one batch are continued by the next.
    const rebuildable = { ...statisticsProjection, rebuildBatchSize: 29 };
    const small = new Projector({ pool: t.pool, db: t.db, store, projections: [rebuildable], rebuildBatchSize: 29 });
    const progress = await small.rebuild('statistics');
    expect(progress.replayedHere).toBe(true);
    expect(progress.eventsApplied).toBeGreaterThan(29 * 3);
    expect(await snapshot()).toEqual(before);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from stat_counters_pending`.execute(t.db);
    expect(rows[0]?.n).toBe(0);
  });

  it('repairs the counters of a rebuild that stopped before writing them, at the next batch', async () => {
    const before = await snapshot();
    await resetProjection(t.db, statisticsProjection);
    // Half a rebuild: the facts of some batches, the counters still in memory when it stopped.
    const rebuild = statisticsProjection.beginRebuild!();
    const events = await store.readAll(null, 400);
    await t.db.transaction().execute((trx) => rebuild.apply(trx, events.slice(0, 200)));
    await t.db.transaction().execute((trx) => rebuild.apply(trx, events.slice(200)));
    await sql`update projection_checkpoints set transaction_id = ${events.at(-1)!.transactionId}::xid8,
      global_position = ${events.at(-1)!.globalPosition}::bigint, events_applied = ${events.length}
      where name = 'statistics'`.execute(t.db);
    expect((await snapshot()).counts).toEqual([]);
    // A nomination moving on after the stop: its batch derives the counters from the facts first.
    await generate(3, 17);
    await applyAll(500);
    expect(asMap(await readStatCounts(t.db, { scope: { unitIds: '*', merged: [] } }))).toEqual(expectedCounts('*'));
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from stat_counters_pending`.execute(t.db);
    expect(rows[0]?.n).toBe(0);
    // Rebuilt from scratch, the same rows again.
    const after = await snapshot();
    expect(after.counts.length).toBeGreaterThanOrEqual(before.counts.length);
    await new Projector({ pool: t.pool, db: t.db, store, projections: [statisticsProjection] }).rebuild('statistics');
    expect(await snapshot()).toEqual(after);
  });

  it('rebuilds from a lean read (the fold’s types, a dossier cut to its nominee) into the facts and counters of the ordinary fold', async () => {
    await generate(50, 19);
    // Events the statistics do not fold: a reminder on a nomination, a unit renamed.
    const [someNomination] = [...folded.keys()];
    await store.append(`nomination-${someNomination}`, 'any', [
      { eventId: randomUUID(), type: 'NominationTaskReminded', data: { level: 1 }, occurredAt: '2026-02-01T00:00:00Z' },
    ]);
    await store.append(`unit-${ids.ldldDanPhuong}`, 'any', [
      { eventId: randomUUID(), type: 'UnitRenamed', data: { name: 'Tên mới' }, occurredAt: '2026-02-01T00:00:00Z' },
    ]);
    // The ordinary path: every event through `apply`, batch by batch.
    await resetProjection(t.db, statisticsProjection);
    await applyAll(211);
    const full = async () => ({
      ...(await snapshot()),
      successors: (await sql`select * from stat_unit_successors order by 1`.execute(t.db)).rows,
      folds: (await sql`select id, fold from stat_nominations order by id`.execute(t.db)).rows,
    });
    const ordinary = await full();
    expect(ordinary.folds.length).toBe(folded.size);
    const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db);
    const progress = await new Projector({
      pool: t.pool,
      db: t.db,
      store,
      projections: [statisticsProjection],
    }).rebuild('statistics');
    // Only the folded types were read.
    expect(progress.eventsApplied).toBeLessThan(counted[0]!.n);
    expect(await full()).toEqual(ordinary);

    const lean = await store.leanReader(statisticsProjection.rebuildRead!)(null, 100_000);
    const stored = new Map((await store.readAll(null, 100_000)).map((e) => [e.globalPosition, e]));
    expect(lean.some((e) => e.type === 'NominationTaskReminded' || e.type === 'UnitRenamed')).toBe(false);
    for (const e of lean) {
      const full = stored.get(e.globalPosition)!;
      expect([e.transactionId, e.streamId, e.streamVersion, e.occurredAt]).toEqual([
        full.transactionId,
        full.streamId,
        full.streamVersion,
        full.occurredAt,
      ]);
      const dossier = full.data['dossier'] as { nominee: unknown } | undefined;
      // The dossier keeps only its nominee; the rest of the data is as stored.
      expect(e.data).toEqual(dossier ? { ...full.data, dossier: { nominee: dossier.nominee } } : full.data);
    }
    // A type with upcasters needs the full event: the lean read refuses it.
    const upcasting = new EventStore(t.pool, {
      upcasters: new UpcasterRegistry().register('NominationGranted', 1, (d) => d),
    });
    expect(() => upcasting.leanReader(statisticsProjection.rebuildRead!)).toThrow(LeanReadUpcastError);
  });

  it("counts a dissolved unit's history under its successor, and says so", async () => {
    await store.append(`unit-${ids.ldldHoaAn}`, 'any', [
      {
        eventId: randomUUID(),
        type: 'UnitDissolved',
        data: { effectiveFrom: '2025-07-01', successorId: ids.cdXaHoaAn, children: [], reorganisationId: randomUUID() },
        occurredAt: '2025-06-20T03:00:00Z',
      },
    ]);
    await applyAll(500);
    const tree = OrgTree.create(demoOrgTree);
    const successors = await readUnitSuccessors(t.db);
    expect(successors.get(ids.ldldHoaAn)).toBe(ids.cdXaHoaAn);
    const after = statisticsScope(tree, successors, ids.cdXaHoaAn, '2026-01-15');
    // The grassroots unions moved under the commune union; the dissolved district counts there too.
    expect(after.unitIds).toEqual(
      expect.arrayContaining([ids.cdXaHoaAn, ids.ldldHoaAn, ids.cdcsTieuHocHongViet, ids.cdcsMamNonNuocHai]),
    );
    expect(after.merged).toEqual([
      expect.objectContaining({ unitId: ids.ldldHoaAn, countedUnderId: ids.cdXaHoaAn, via: 'successor' }),
    ]);
    // Before the reorganisation the same grassroots unions sat under the district.
    const before = statisticsScope(tree, successors, ids.ldldHoaAn, '2025-03-01');
    expect(before.unitIds).toEqual(expect.arrayContaining([ids.ldldHoaAn, ids.cdcsTieuHocHongViet]));
    expect(before.merged).toEqual([]);
    // The province's figures include them either way; the national scope is every unit.
    expect(statisticsScope(tree, successors, ids.ldldCaoBang, '2026-01-15').unitIds).toEqual(
      expect.arrayContaining([ids.cdcsTieuHocHongViet, ids.ldldHoaAn]),
    );
    expect(statisticsScope(tree, successors, ids.tongLdld, '2026-01-15').unitIds).toBe('*');
    // Without a recorded successor, the dissolved unit counts under the parent it had on its last day.
    const noSuccessor = statisticsScope(tree, new Map(), ids.ldldCaoBang, '2026-01-15');
    expect(noSuccessor.merged).toEqual([expect.objectContaining({ unitId: ids.ldldHoaAn, via: 'parent' })]);
    // The figures for the commune union after the change equal the fold over the units it took over.
    const scope = after.unitIds as string[];
    expect(asMap(await readStatCounts(t.db, { scope: after }))).toEqual(expectedCounts(new Set(scope)));
  });
});
