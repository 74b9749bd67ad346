import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Client } from '@temporalio/client';
import { decideUpdate, nominationStreamId, nominationWorkflowId, remindUpdate } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { TEMPORAL_CLIENT } from '../apps/api/src/core/tokens';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// One character (NUL, a lone surrogate) must never wedge a nomination: the API refuses it with a
// 400 naming the field, the workflow refuses it before accepting an Update, and the event store's
// refusal is final (the command fails) instead of an append retried forever.
describe('poison input', () => {
  let sys: E2eSystem;
  let temporal: Client;
  beforeAll(async () => {
    sys = await startE2eSystem();
    temporal = sys.app.get<Client>(TEMPORAL_CLIENT);
  });
  afterAll(() => sys?.close());

  const headPosition = async () =>
    (await sql<{ max: string | null }>`select max(global_position)::text as max from events`.execute(sys.database.db))
      .rows[0]?.max ?? null;

  async function nominate(): Promise<string> {
    const dossier = sampleDossier();
    const res = await sys.post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: { ...dossier, nominee: { ...dossier.nominee, personKey: `P-${randomUUID()}` } },
    });
    return sys.projected(res);
  }

  it('refuses NUL or a lone surrogate in a nomination or a decision with a 400 naming the field, writing nothing', async () => {
    const dossier = sampleDossier();
    const before = await headPosition();
    const created = await sys.post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: { ...dossier, achievements: 'Hoàn thành\u0000 xuất sắc' },
    });
    expect(created.status).toBe(400);
    expect(created.body.errors).toEqual([
      expect.objectContaining({ field: 'dossier.achievements', rule: 'text:unsafe_char' }),
    ]);

    // Nothing else runs yet in this system: the store's head has not moved.
    expect(await headPosition()).toBe(before);

    const id = await nominate();
    const returned = await sys.http
      .post(`/api/nominations/${id}/decisions`)
      .set(await sys.as('bvdp.chair'))
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .set('Content-Type', 'application/json')
      .send('{"decision": "return", "reason": "Thiếu \\ud800 biên bản"}');
    expect(returned.status).toBe(400);
    expect(returned.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'text:unsafe_char' })]);
    // The workflow may still write its own events (a task's due time); none is a return.
    const types = (await sys.store.readStream(nominationStreamId(id))).map((e) => e.type);
    expect(types).not.toContain('NominationReturned');

    // The nomination is not wedged: the same decision with clean text goes through.
    const approved = await sys.post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' });
    expect(approved.status).toBe(200);
  });

  it('refuses unsafe text in an uploaded file name and in imported rows, and a CSV that is not UTF-8', async () => {
    const upload = await sys.http
      .post('/api/attachments')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', encodeURIComponent('Biên bản\uffff.pdf'))
      .send(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'));
    expect(upload.status).toBe(400);
    expect(upload.body.errors).toEqual([
      expect.objectContaining({ field: 'X-File-Name', in: 'header', rule: 'text:unsafe_char' }),
    ]);

    const header = 'person_key,award_code,year,theme,decision_number,issuer,source\n';
    const importCsv = async (body: Buffer) =>
      sys.http
        .post('/api/admin/award-history/import')
        .set(await sys.as('sysadmin'))
        .set('Idempotency-Key', `k-${randomUUID()}`)
        .set('Content-Type', 'text/csv')
        .send(body);
    const nul = await importCsv(Buffer.from(`${header}CD-1,BK_TINH,2024,,1/QĐ,LĐLĐ,Sổ khen\u0000 thưởng\n`));
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([expect.objectContaining({ field: 'rows[1].source' })]);
    const latin1 = await importCsv(Buffer.from(`${header}CD-1,BK_TINH,2024,,1/QĐ,LĐLĐ,Sổ khen thưởng\n`, 'latin1'));
    expect(latin1.status).toBe(400);
    expect(latin1.body.errors).toEqual([expect.objectContaining({ rule: 'encoding' })]);
    const rows = await sql<{ n: number }>`select count(*)::int as n from award_history`.execute(sys.database.db);
    expect(rows.rows[0]?.n).toBe(0);
  });

  it('refuses an Update carrying an unsafe character before accepting it, and the workflow stays usable', async () => {
    const id = await nominate();
    const handle = temporal.workflow.getHandle(nominationWorkflowId(id));
    const actor = { userId: randomUUID(), name: 'Trần Văn Chủ', unitId: demoUnitIds.cdcsBvdkDanPhuong };
    await expect(
      handle.executeUpdate(decideUpdate, {
        args: [{ actor, decision: 'reject', level: 1, unitId: demoUnitIds.cdcsBvdkDanPhuong, reason: 'Lý do\u0000' }],
      }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ type: 'NOMINATION.INVALID' }) });
  });

  it('fails a command whose events the store cannot encode at once, never retrying the append', async () => {
    const id = await nominate();
    const handle = temporal.workflow.getHandle(nominationWorkflowId(id));
    const actor = { userId: randomUUID(), name: 'Quản trị hệ thống', unitId: demoUnitIds.cdcsBvdkDanPhuong };
    // The request context is not part of the domain command: only the event store sees it.
    const poisoned = handle.executeUpdate(remindUpdate, {
      args: [{ actor, reason: 'Nhắc việc.', context: { correlationId: 'lô\u0000một' } }],
    });
    await expect(poisoned).rejects.toMatchObject({
      cause: expect.objectContaining({ type: 'EVENT_STORE.UNENCODABLE_TEXT' }),
    });
    // Nothing of the refused command was written (the deadline ladder may write its own reports meanwhile:
    // the e2e clock is months behind the workflow's, so the task's rungs are already due).
    const written = await sys.store.readStream(nominationStreamId(id));
    expect(written.filter((e) => e.metadata.actor === actor.userId)).toEqual([]);
    const described = await handle.describe();
    expect(described.raw.pendingActivities ?? []).toHaveLength(0);
    const failures = await sql<{ n: number }>`select count(*)::int as n from workflow_failures`.execute(
      sys.database.db,
    );
    expect(failures.rows[0]?.n).toBe(0);

    // The same workflow then takes the next command.
    const approved = await sys.post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' });
    expect(approved.status).toBe(200);
  });
  it('shows a workflow whose append keeps failing on the desk, in health and metrics, and lets a system admin end it', async () => {
    const id = await nominate();
    // A trigger refuses this one stream's appends, as a broken store would: the decision's append retries.
    await sql
      .raw(
        `create function refuse_poison_stream() returns trigger language plpgsql as $$
         begin raise exception 'ghi sự kiện bị từ chối (test) for %', new.stream_id; end $$;
         create trigger refuse_poison_stream before insert on events for each row
           when (new.stream_id = 'nomination-${id}') execute function refuse_poison_stream();`,
      )
      .execute(sys.database.db);
    const pending = sys
      .post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' })
      .catch(() => null);
    type Failing = { workflowId: string; nominationId: string; attempt: number; message: string };
    let failing: Failing | undefined;
    for (let i = 0; i < 150 && !failing; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const desk = await sys.http.get('/api/admin/stuck').set(await sys.as('sysadmin'));
      failing = (desk.body.failing as Failing[]).find((f) => f.nominationId === id);
    }
    expect(failing).toMatchObject({ workflowId: nominationWorkflowId(id) });
    expect(failing?.message).toMatch(/ghi sự kiện bị từ chối/);
    expect(failing?.attempt).toBeGreaterThanOrEqual(3);
    expect((await sys.http.get('/api/health')).body).toMatchObject({ status: 'degraded', failingWorkflows: 1 });
    expect((await sys.http.get('/api/metrics').set(await sys.as('sysadmin'))).text).toMatch(
      /^vinhdanh_workflows_failing 1$/m,
    );

    const ended = await sys.post('sysadmin', `/api/admin/stuck/failing/${nominationWorkflowId(id)}/termination`, {
      reason: 'Kho sự kiện từ chối ghi; dừng để nộp lại hồ sơ.',
    });
    expect(ended.status).toBe(200);
    await pending;
    const described = await temporal.workflow.getHandle(nominationWorkflowId(id)).describe();
    expect(described.status.name).toBe('TERMINATED');
    const desk = await sys.http.get('/api/admin/stuck').set(await sys.as('sysadmin'));
    expect((desk.body.failing as Failing[]).map((f) => f.nominationId)).not.toContain(id);
    expect((await sys.http.get('/api/health')).body.failingWorkflows).toBe(0);
    await sql.raw('drop trigger refuse_poison_stream on events').execute(sys.database.db);
    // Waits for a projection, then for three failed attempts: slow on a loaded machine.
  }, 180_000);
});
