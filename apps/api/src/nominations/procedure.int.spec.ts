import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds as u, sampleDossier, sampleSubmitNomination, type NominationCommand } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { demoCampaignIds } from '@vinhdanh/seed';
import { statusForCode } from '../errors/error-status';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ROUTE, at, seedNomination } from '../testing/nomination-seed';

// Without Temporal: what the step endpoints refuse before any Update, revocation (the API appends
// it itself) and the eligibility refusal at submission, fed by events appended straight to the store.

const knc = { ...sampleDossier(), nominee: { ...sampleDossier().nominee, personKey: 'DV-0100-2231' } };

describe('procedure steps, holds, deadlines and revocation (no Temporal)', () => {
  let t: ApiTestContext;
  let store: EventStore;
  let granted: string;
  let waiting: string;
  const other = { ...knc, nominee: { ...knc.nominee, fullName: 'Trần Văn Ba', personKey: 'DV-0200-7781' } };
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const post = async (path: string, username: string, body: object, key = `k-${randomUUID()}`) =>
    t.http
      .post(path)
      .set(await auth(username))
      .set('Idempotency-Key', key)
      .send(body);

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
    store = new EventStore(t.database.pool);
    const submit = (id: string, dossier = knc) =>
      sampleSubmitNomination({
        nominationId: id,
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        actor: at(u.cdcsBvdkDanPhuong),
        awardCode: 'KNC',
        campaignId: demoCampaignIds.annual2026,
        dossier,
        route: ROUTE,
      });
    const approve = (id: string, level: 1 | 2 | 3 | 4, minute: number): NominationCommand => ({
      type: 'DecideNomination',
      nominationId: id,
      actor: at(ROUTE[level - 1]?.unitId ?? ''),
      now: `2026-03-02T09:${String(minute).padStart(2, '0')}:00Z`,
      decision: 'approve',
      level,
      unitId: ROUTE[level - 1]?.unitId ?? '',
      ...(level === 4 ? { decisionNumber: '1234/QĐ-TLĐ' } : {}),
    });
    granted = await seedNomination(store, (id) => [submit(id), ...[1, 2, 3, 4].map((l, i) => approve(id, l as 1, i))]);
    waiting = await seedNomination(store, (id) => [submit(id)]);
    await seedNomination(store, (id) => [submit(id, other), ...[1, 2, 3, 4].map((l, i) => approve(id, l as 1, i))]);
    const deadline = Date.now() + 10_000;
    const projected = async () =>
      (await t.db.selectFrom('nominations').select('id').where('status', '=', 'GRANTED').execute()).length;
    while ((await projected()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  });
  afterAll(() => t?.close());

  it('maps the new refusal codes to their statuses', () => {
    expect(statusForCode('NOMINATION.STEP_PENDING')).toBe(409);
    expect(statusForCode('NOMINATION.ON_HOLD')).toBe(409);
    expect(statusForCode('NOMINATION.CONCURRENT_CHANGE')).toBe(409);
    expect(statusForCode('QUOTA.EXCEEDED')).toBe(409);
    expect(statusForCode('QUOTA.DIRECT_WORKER_SHARE')).toBe(422);
    expect(statusForCode('ELIGIBILITY.NOT_ELIGIBLE')).toBe(422);
    expect(statusForCode('VOTE.INVALID_TALLY')).toBe(400);
    expect(statusForCode('CALENDAR.INVALID_DATE')).toBe(400);
  });

  it('validates every step body and names the fields', async () => {
    const base = `/api/nominations/${waiting}`;
    const intake = await post(`${base}/intake`, 'dp.reviewer', { complete: false, reason: 'Thiếu chữ ký.' });
    expect(intake.status).toBe(400);
    expect(intake.body.errors[0]).toMatchObject({
      field: 'missingKinds',
      message: 'an incomplete dossier needs missingKinds: the attachment kinds missing or unusable',
    });
    const vote = await post(`${base}/vote`, 'dp.chair', { membersTotal: 0, present: -1, votesFor: 'nine' });
    expect(vote.status).toBe(400);
    expect(vote.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'abstentions',
      'membersTotal',
      'present',
      'votesAgainst',
      'votesFor',
      'writtenAgainst',
      'writtenFor',
    ]);
    const hold = await post(`${base}/hold`, 'dp.chair', { kind: 'gossip', reason: '' });
    expect(hold.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'reason']);
    const deadline = await post(`${base}/deadline`, 'sysadmin', { dueAt: '30/11/2026', reason: 'Họp bù.' });
    expect(deadline.body.errors[0]).toMatchObject({ field: 'dueAt', in: 'body' });
    const noKey = await t.http
      .post(`${base}/resume`)
      .set(await auth('dp.chair'))
      .send({ reason: 'x' });
    expect(noKey.body.errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'required' });
  });

  it('refuses callers without the role at the nomination’s units, naming role and unit', async () => {
    const base = `/api/nominations/${waiting}`;
    const outsider = await post(`${base}/intake`, 'cta.chair', { complete: true });
    expect(outsider.status).toBe(403);
    expect(outsider.body).toMatchObject({ code: 'AUTH.FORBIDDEN', unitId: u.cdcsBvdkDanPhuong });
    const nominatorHold = await post(`${base}/hold`, 'bvdp.nominator', { kind: 'complaint', reason: 'Đơn thư.' });
    expect(nominatorHold.status).toBe(403);
    const chairExtends = await post(`${base}/deadline`, 'bvdp.chair', { dueAt: '2026-11-30T10:00:00Z', reason: 'x' });
    expect(chairExtends.status).toBe(403);
    expect(chairExtends.body.detail).toBe(
      'Bạn không có vai trò Quản trị đơn vị / Quản trị hệ thống tại đơn vị Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng.',
    );
    const unknown = await post(`/api/nominations/${randomUUID()}/vote`, 'dp.chair', {
      ...{
        membersTotal: 5,
        present: 5,
        votesFor: 5,
        votesAgainst: 0,
        abstentions: 0,
        writtenFor: 0,
        writtenAgainst: 0,
      },
    });
    expect(unknown.status).toBe(404);
  });

  it('revokes a granted award once (the granting unit’s chair), refusing others and non-granted nominations', async () => {
    const reason = { reason: 'Kê khai sai thành tích (kết luận thanh tra 45/KL-TTr).', decisionNumber: '77/QĐ-TLĐ' };
    const byProvince = await post(`/api/nominations/${granted}/revocation`, 'hn.chair', reason);
    expect(byProvince.status).toBe(403);
    expect(byProvince.body.unitId).toBe(u.tongLdld);
    const notGranted = await post(`/api/nominations/${waiting}/revocation`, 'tld.chair', reason);
    expect(notGranted.status).toBe(409);
    expect(notGranted.body).toMatchObject({ code: 'NOMINATION.NOT_GRANTED' });
    expect(notGranted.body.detail).toBe(
      'Chỉ thu hồi được khen thưởng đã được quyết định; hồ sơ đang ở trạng thái Chờ tiếp nhận.',
    );

    // The award held a quota slot; revoking it frees the slot in the same transaction as the event.
    const bucket = `BK_TLD|national|test-${randomUUID()}`;
    await t.db.insertInto('quota_usage').values({ bucket_key: bucket, quota_limit: 2, used: 1 }).execute();
    await t.db.insertInto('quota_reservations').values({ nomination_id: granted, bucket_key: bucket }).execute();

    const key = `revoke-${randomUUID()}`;
    const revoked = await post(`/api/nominations/${granted}/revocation`, 'tld.chair', reason, key);
    expect(revoked.status).toBe(200);
    const usage = await t.db
      .selectFrom('quota_usage')
      .select('used')
      .where('bucket_key', '=', bucket)
      .executeTakeFirst();
    expect(usage?.used).toBe(0);
    const held = await t.db.selectFrom('quota_reservations').selectAll().where('nomination_id', '=', granted).execute();
    expect(held).toHaveLength(0);
    expect(revoked.body.outcome).toMatchObject({ status: 'REVOKED', events: [{ type: 'NominationRevoked' }] });
    expect(revoked.body.readModelCaughtUp).toBe(true);
    expect(revoked.body.nomination.status).toBe('REVOKED');
    const retried = await post(`/api/nominations/${granted}/revocation`, 'tld.chair', reason, key);
    expect(retried.status).toBe(200);
    expect(retried.body.outcome.version).toBe(revoked.body.outcome.version);
    const events = await store.readStream(nominationStreamId(granted));
    expect(events.filter((e) => e.type === 'NominationRevoked')).toHaveLength(1);
    const twice = await post(`/api/nominations/${granted}/revocation`, 'sysadmin', reason);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('NOMINATION.ALREADY_FINAL');
  });

  it('refuses a submission whose blocking eligibility rules fail, listing each with its reason', async () => {
    const res = await post('/api/nominations', 'bvdp.nominator', {
      nominatingUnitId: u.cdcsBvdkDanPhuong,
      awardCode: 'KNC',
      campaignId: demoCampaignIds.annual2026,
      dossier: other,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('ELIGIBILITY.NOT_ELIGIBLE');
    expect(res.body.failed.map((f: { rule: string }) => f.rule)).toEqual([
      'ELIGIBILITY.ONCE_PER_PERSON',
      'ELIGIBILITY.NO_DUPLICATE',
    ]);
    expect(res.body.failed[0].reasonEn).toBe('KNC is awarded once per person; already received in 2026.');
    expect(res.body.detail).toContain('chỉ xét tặng một lần; đã được tặng năm 2026.');
  });
});
