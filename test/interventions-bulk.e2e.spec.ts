import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Bulk interventions after a dry run, and the stuck desk reading why a workflow cannot move.
describe('bulk interventions and the desk’s failing reason', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const projected = (res: { status: number; body: { nominationId: string } }) => sys.projected(res);

  const post = (username: string, path: string, body: object, key?: string) => sys.post(username, path, body, key);

  async function nominateAndForward(fullName: string): Promise<string> {
    const dossier = sampleDossier();
    const res = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: { ...dossier, nominee: { ...dossier.nominee, fullName, personKey: `P-${randomUUID()}` } },
    });
    const id = await projected(res);
    expect((await post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' })).status).toBe(200);
    return id;
  }

  const typesOf = async (id: string) => (await sys.store.readStream(nominationStreamId(id))).map((e) => e.type);

  it('acts only on the dry run’s selection: a widened match is left alone, a changed one skipped, a forged token refused', async () => {
    const [a, b] = [await nominateAndForward('Nguyễn Văn Một'), await nominateAndForward('Nguyễn Văn Hai')];
    // LĐLĐ Đan Phượng loses its approvers: its open reviews have nobody to act (no_assignee).
    await sql`update user_roles set valid_to = valid_from + interval '1 second'
               where unit_id = ${demoUnitIds.ldldDanPhuong} and role in ('reviewer', 'chair')`.execute(sys.database.db);
    const filter = { reason: 'no_assignee', unitId: demoUnitIds.ldldDanPhuong };
    const body = { action: 'force_return', reason: 'Đơn vị chưa có người xét duyệt; trả về bổ sung.', filter };
    const dry = await post('sysadmin', '/api/admin/interventions/bulk', { ...body, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, count: 2, truncated: false });
    expect([...dry.body.nominationIds].sort()).toEqual([a, b].sort());
    // The operator sees whom the run would touch, by name and unit, not just a count.
    expect(
      dry.body.items.map((i: { nomineeName: string; unitName: string }) => `${i.nomineeName} · ${i.unitName}`).sort(),
    ).toEqual([
      'Nguyễn Văn Hai · Liên đoàn Lao động huyện Đan Phượng',
      'Nguyễn Văn Một · Liên đoàn Lao động huyện Đan Phượng',
    ]);
    expect(await typesOf(a)).not.toContain('NominationForceReturned'); // a dry run changes nothing

    // Since the dry run: C now matches too (the selection widened), B was withdrawn (no longer matches).
    const c = await nominateAndForward('Nguyễn Văn Ba');
    expect((await post('bvdp.nominator', `/api/nominations/${b}/withdrawal`, { reason: 'Rút.' })).status).toBe(200);
    const reloaded = await post('sysadmin', '/api/admin/interventions/bulk', { ...body, dryRun: true });
    expect(reloaded.body.nominationIds).toContain(c);

    const { nominationIds, selectionToken } = dry.body;
    const widened = await post('sysadmin', '/api/admin/interventions/bulk', {
      ...body,
      dryRun: false,
      selectionToken,
      nominationIds: [...nominationIds, c],
    });
    expect(widened.status).toBe(400);
    expect(widened.body.code).toBe('REQUEST.SELECTION_TOKEN_INVALID');
    const otherFilter = await post('sysadmin', '/api/admin/interventions/bulk', {
      ...body,
      filter: { reason: 'no_assignee' },
      dryRun: false,
      selectionToken,
      nominationIds,
    });
    expect(otherFilter.status).toBe(400);

    const key = `bulk-${randomUUID()}`;
    const run = await post(
      'sysadmin',
      '/api/admin/interventions/bulk',
      { ...body, dryRun: false, selectionToken, nominationIds },
      key,
    );
    expect(run.status).toBe(200);
    expect(run.body.summary).toEqual({ total: 2, succeeded: 1, failed: 0, skipped: 1 });
    const byId = Object.fromEntries(run.body.items.map((i: { nominationId: string }) => [i.nominationId, i]));
    expect(byId[a]).toMatchObject({ ok: true, status: 'RETURNED' });
    expect(byId[b]).toMatchObject({ ok: false, skipped: true, problem: { code: 'INTERVENTION.NO_LONGER_MATCHES' } });
    expect(await typesOf(c)).not.toContain('NominationForceReturned');
    const returned = (await sys.store.readStream(nominationStreamId(a))).find(
      (e) => e.type === 'NominationForceReturned',
    );
    expect(returned?.metadata).toMatchObject({
      correlationId: run.body.batchId,
      actorName: 'Lê Minh Tuấn',
      reason: 'Đơn vị chưa có người xét duyệt; trả về bổ sung.',
    });

    // The same request again acts on nothing twice (A no longer matches and is skipped; no second event).
    const retry = await post(
      'sysadmin',
      '/api/admin/interventions/bulk',
      { ...body, dryRun: false, selectionToken, nominationIds },
      key,
    );
    expect(retry.status).toBe(200);
    expect((await typesOf(a)).filter((t) => t === 'NominationForceReturned')).toHaveLength(1);
  });

  it('a unit admin’s dry run stays in their subtree', async () => {
    const res = await post('cb.admin', '/api/admin/interventions/bulk', {
      action: 'remind',
      reason: 'Nhắc.',
      filter: { unitId: demoUnitIds.ldldDanPhuong },
      dryRun: true,
    });
    expect(res.status).toBe(403);
  });

  it('the desk says why a workflow cannot move when its event append keeps failing', async () => {
    const id = await nominateAndForward('Trần Thị Kẹt');
    // A throwaway database: a trigger refuses this one stream's appends, as a broken store would.
    await sql
      .raw(
        `create function refuse_stream() returns trigger language plpgsql as $$
         begin raise exception 'ghi sự kiện bị từ chối (test) for %', new.stream_id; end $$;
         create trigger refuse_stream before insert on events for each row
           when (new.stream_id = 'nomination-${id}') execute function refuse_stream();`,
      )
      .execute(sys.database.db);
    // The remind Update waits for its append, which now retries forever: do not await it.
    const pending = post('sysadmin', `/api/admin/nominations/${id}/reminder`, { reason: 'Nhắc.' }).catch(() => null);
    let row: { reasons: string[]; failure: { source: string; message: string; attempt: number } | null } | undefined;
    for (let i = 0; i < 150 && !row?.failure; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const desk = await sys.http
        .get('/api/admin/stuck')
        .query({ unitId: demoUnitIds.ldldDanPhuong })
        .set(await sys.as('sysadmin'));
      row = desk.body.items.find((r: { nominationId: string }) => r.nominationId === id);
    }
    expect(row?.reasons).toContain('failing');
    expect(row?.failure).toMatchObject({ source: 'append', activityType: 'appendNominationEvents' });
    expect(row?.failure?.message).toMatch(/ghi sự kiện bị từ chối/);
    expect(row?.failure?.attempt).toBeGreaterThanOrEqual(1);

    // Repaired: the retried append goes through and the reason disappears.
    await sql.raw('drop trigger refuse_stream on events').execute(sys.database.db);
    await pending;
    const desk = await sys.http
      .get('/api/admin/stuck')
      .query({ unitId: demoUnitIds.ldldDanPhuong })
      .set(await sys.as('sysadmin'));
    const after = desk.body.items.find((r: { nominationId: string }) => r.nominationId === id);
    expect(after?.reasons).not.toContain('failing');
  });
});
