import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Black box over HTTP: real API, real worker, Temporal dev server and PostgreSQL. The chain is
// CĐCS BVĐK Đan Phượng → LĐLĐ huyện Đan Phượng → LĐLĐ TP Hà Nội → Tổng LĐLĐ Việt Nam.
describe('a nomination climbs four levels over HTTP', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const key = (label: string) => `${label}-${randomUUID()}`;

  async function nominate(idempotencyKey = key('nominate')) {
    return sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', idempotencyKey)
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
      });
  }

  async function inboxTask(username: string, nominationId: string) {
    const res = await sys.http
      .get('/api/inbox')
      .set(await sys.as(username))
      .expect(200);
    return (res.body.items as Array<{ nominationId: string; taskSeq: number; kind: string; level: number }>).find(
      (t) => t.nominationId === nominationId,
    );
  }

  async function decide(username: string, id: string, body: object, idempotencyKey = key('decide')) {
    return sys.http
      .post(`/api/nominations/${id}/decisions`)
      .set(await sys.as(username))
      .set('Idempotency-Key', idempotencyKey)
      .send(body);
  }

  async function approveFromInbox(username: string, id: string, level: number, extra: object = {}) {
    const task = await inboxTask(username, id);
    expect(task).toMatchObject({ kind: 'review', level });
    const res = await decide(username, id, { decision: 'approve', taskSeq: task!.taskSeq, ...extra });
    expect(res.status).toBe(200);
    expect(res.body.readModelCaughtUp).toBe(true);
    return res;
  }

  it('is granted with a decision number after each level approves from its inbox; races and retries are safe', async () => {
    const created = await nominate();
    expect(created.status).toBe(201);
    const id: string = created.body.nominationId;
    expect(created.headers.location).toBe(`/api/nominations/${id}`);
    expect(created.body.nomination).toMatchObject({
      status: 'AWAITING_INTAKE',
      statusLabel: { vi: 'Chờ tiếp nhận' },
      currentTask: { kind: 'review', level: 1, unitId: demoUnitIds.cdcsBvdkDanPhuong },
    });
    expect(created.body.nomination.route.map((s: { level: number }) => s.level)).toEqual([1, 2, 3, 4]);

    // Level 1, sent twice with one Idempotency-Key: one decision, one event.
    const task1 = await inboxTask('bvdp.chair', id);
    const once = key('double-click');
    const first = await decide('bvdp.chair', id, { decision: 'approve', taskSeq: task1!.taskSeq }, once);
    const again = await decide('bvdp.chair', id, { decision: 'approve', taskSeq: task1!.taskSeq }, once);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.outcome).toEqual(first.body.outcome);
    const forwarded = (await sys.store.readStream(nominationStreamId(id))).filter(
      (e) => e.type === 'NominationForwarded',
    );
    expect(forwarded).toHaveLength(1);

    // An approver of another unit may not decide here.
    const outsider = await decide('cta.chair', id, { decision: 'approve' });
    expect(outsider.status).toBe(403);
    expect(outsider.body.code).toBe('AUTH.FORBIDDEN');
    expect((await sys.http.get(`/api/nominations/${id}`).set(await sys.as('cta.chair'))).status).toBe(403);

    // Level 2: two approvers of the district decide the same task at once; one wins.
    const task2 = await inboxTask('dp.reviewer', id);
    const raced = await Promise.all([
      decide('dp.reviewer', id, { decision: 'approve', taskSeq: task2!.taskSeq }),
      decide('dp.chair', id, { decision: 'approve', taskSeq: task2!.taskSeq }),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = raced.find((r) => r.status === 409)!;
    const winnerName = raced[0].status === 200 ? 'Phùng Thị Nga' : 'Nguyễn Văn Quang';
    expect(loser.body.code).toBe('NOMINATION.ALREADY_DECIDED');
    expect(loser.body.detail).toContain(winnerName);

    await approveFromInbox('hn.chair', id, 3);
    const task4 = await inboxTask('tld.chair', id);
    const grantKey = key('grant');
    const grant = { decision: 'approve', decisionNumber: '1234/QĐ-TLĐ', taskSeq: task4!.taskSeq };
    const granted = await decide('tld.chair', id, grant, grantKey);
    expect(granted.status).toBe(200);
    expect(granted.body.outcome.status).toBe('GRANTED');
    // A double click on the final decision arrives after the workflow has completed: still one decision.
    const regrant = await decide('tld.chair', id, grant, grantKey);
    expect(regrant.status).toBe(200);
    expect(regrant.body.outcome).toMatchObject({ status: 'GRANTED', version: granted.body.outcome.version });
    expect(granted.body.nomination).toMatchObject({
      status: 'GRANTED',
      statusLabel: { vi: 'Đã khen thưởng' },
      decisionNumber: '1234/QĐ-TLĐ',
      currentTask: null,
    });

    const detail = await sys.http
      .get(`/api/nominations/${id}`)
      .set(await sys.as('bvdp.nominator'))
      .expect(200);
    // Deadline bookkeeping interleaves (the demo campaign's cut-offs may already have passed on the
    // machine's date, so a late arrival is recorded and reminders and missed deadlines can fire);
    // the decisions are what this checks.
    const bookkeeping = new Set([
      'NominationTaskDueSet',
      'NominationSubmittedAfterCutOff',
      'NominationReminderSent',
      'NominationDeadlineMissed',
      'NominationMarkedStuck',
    ]);
    const decisions = detail.body.history.filter((h: { type: string }) => !bookkeeping.has(h.type));
    expect(decisions.map((h: { type: string }) => h.type)).toEqual([
      'NominationSubmitted',
      'NominationReviewOpened',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationGranted',
    ]);
    const grantEvent = detail.body.history.at(-1);
    expect(grantEvent).toMatchObject({
      type: 'NominationGranted',
      version: detail.body.history.length,
      actor: { name: 'Trần Văn Thành' },
    });
    expect(grantEvent.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.body.route.every((s: { state: string }) => s.state === 'done')).toBe(true);
    expect((await sys.store.verifyStream(nominationStreamId(id))).ok).toBe(true);
    expect(await inboxTask('tld.chair', id)).toBeUndefined();
  });

  it('a retried POST with the same Idempotency-Key starts nothing new', async () => {
    const k = key('retry');
    const first = await nominate(k);
    const second = await nominate(k);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.nominationId).toBe(first.body.nominationId);
    const events = await sys.store.readStream(nominationStreamId(first.body.nominationId));
    expect(events.filter((e) => e.type === 'NominationSubmitted')).toHaveLength(1);
  });

  it('refuses malformed bodies with 400 naming the field', async () => {
    const id = (await nominate()).body.nominationId as string;
    const noKey = await sys.http
      .post(`/api/nominations/${id}/decisions`)
      .set(await sys.as('bvdp.chair'))
      .send({ decision: 'approve' });
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', in: 'header' })]);
    const badDecision = await decide('bvdp.chair', id, { decision: 'maybe' });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.errors).toEqual([expect.objectContaining({ field: 'decision', rule: 'enum' })]);
    const noReason = await decide('bvdp.chair', id, { decision: 'return' });
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const badDossier = await sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', key('bad'))
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: { ...sampleDossier(), nominee: { ...sampleDossier().nominee, fullName: undefined } },
      });
    expect(badDossier.status).toBe(400);
    expect(badDossier.body.errors).toEqual([
      expect.objectContaining({ field: 'dossier.nominee.fullName', rule: 'required' }),
    ]);
  });

  it('goes back for revision, is resubmitted, then withdrawn by the nominating unit', async () => {
    const id = (await nominate()).body.nominationId as string;
    await approveFromInbox('bvdp.chair', id, 1);
    const task2 = await inboxTask('dp.chair', id);
    const returned = await decide('dp.chair', id, {
      decision: 'return',
      reason: 'Thiếu biên bản họp bình xét có chữ ký.',
      taskSeq: task2!.taskSeq,
    });
    expect(returned.status).toBe(200);
    expect(returned.body.nomination).toMatchObject({ status: 'RETURNED', statusLabel: { vi: 'Bị trả lại' } });
    const revision = await inboxTask('bvdp.nominator', id);
    expect(revision).toMatchObject({ kind: 'revision', level: 1 });
    expect(await inboxTask('bvdp.chair', id)).toMatchObject({ kind: 'revision' });

    const resubmitted = await sys.http
      .post(`/api/nominations/${id}/resubmission`)
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', key('resubmit'))
      .send({ note: 'Đã bổ sung biên bản.', taskSeq: revision!.taskSeq });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.nomination).toMatchObject({
      status: 'FORWARDED',
      currentTask: { kind: 'review', level: 2, unitId: demoUnitIds.ldldDanPhuong },
      revisionCount: 1,
    });
    expect(await inboxTask('dp.reviewer', id)).toMatchObject({ kind: 'review', level: 2 });

    const byApprover = await sys.http
      .post(`/api/nominations/${id}/withdrawal`)
      .set(await sys.as('dp.chair'))
      .set('Idempotency-Key', key('withdraw'))
      .send({ reason: 'Không phải đơn vị đề nghị.' });
    expect(byApprover.status).toBe(403);
    const withdrawn = await sys.http
      .post(`/api/nominations/${id}/withdrawal`)
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', key('withdraw'))
      .send({ reason: 'Cá nhân được đề nghị đã chuyển công tác.' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.nomination).toMatchObject({ status: 'WITHDRAWN', statusLabel: { vi: 'Đã rút' } });
    expect(await inboxTask('dp.reviewer', id)).toBeUndefined();
    const late = await decide('dp.reviewer', id, { decision: 'approve' });
    expect(late.status).toBe(409);
  });
});
