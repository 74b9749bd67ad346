import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

describe('GET /api/metrics and /api/health', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  it('exposes projector lag, open tasks by level, nominations by status and command counts', async () => {
    const created = await sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', 'metrics-nomination-1')
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
      });
    expect(created.status).toBe(201);
    const refused = await sys.http
      .post(`/api/nominations/${created.body.nominationId}/decisions`)
      .set(await sys.as('dp.chair'))
      .set('Idempotency-Key', 'metrics-refused-1')
      .send({ decision: 'approve' });
    expect(refused.status).toBeGreaterThanOrEqual(400);

    // Not public: a login with an operator's or auditor's role (or the scrape token).
    await sys.http.get('/api/metrics').expect(401);
    await sys.http
      .get('/api/metrics')
      .set(await sys.as('bvdp.nominator'))
      .expect(403);
    const res = await sys.http
      .get('/api/metrics')
      .set(await sys.as('tld.auditor'))
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^vinhdanh_projector_lag_events\{projection="nominations"\} \d+$/m);
    expect(res.text).toMatch(/^vinhdanh_open_tasks\{level="1",kind="review"\} 1$/m);
    expect(res.text).toMatch(/^vinhdanh_nominations\{status="AWAITING_INTAKE"\} 1$/m);
    // The e2e clock starts in June 2026, so whether the task is already overdue depends on today.
    const overdue = await sys.database.db
      .selectFrom('inbox_tasks')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('due_at', '<', new Date())
      .executeTakeFirstOrThrow();
    expect(res.text).toMatch(new RegExp(`^vinhdanh_overdue_tasks ${Number(overdue.n)}$`, 'm'));
    const withDue = await sys.database.db.selectFrom('inbox_tasks').select('due_at').executeTakeFirstOrThrow();
    expect(withDue.due_at).not.toBeNull();
    expect(res.text).toMatch(/^vinhdanh_commands_total\{command="submission",outcome="ok"\} 1$/m);
    expect(res.text).toMatch(/^vinhdanh_commands_total\{command="decisions",outcome="refused"\} 1$/m);
    // prom-client histograms: per command, and per HTTP route template (never the raw path with its id).
    expect(res.text).toMatch(/^vinhdanh_command_duration_seconds_count\{command="decisions",outcome="refused"\} 1$/m);
    expect(res.text).toMatch(
      /^vinhdanh_http_request_duration_seconds_count\{method="POST",route="\/api\/nominations",status_code="201"\} 1$/m,
    );
    expect(res.text).toMatch(
      /^vinhdanh_http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/api\/nominations\/:id\/decisions",status_code="\d{3}"\} 1$/m,
    );
    expect(res.text).not.toContain(created.body.nominationId);
    expect(res.text).toMatch(/^vinhdanh_api_process_cpu_seconds_total \d/m);

    const health = await sys.http.get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', projectorLagEvents: expect.any(Number) });
  });
});
