import { randomUUID } from 'node:crypto';
import { ruleSetStreamId } from '@vinhdanh/contracts';
import { awardRuleOf, ruleSet2024 } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

// A province adds a local title by publishing a rule-set version through the API — data, not a
// release. "Công nhân giỏi Thủ đô" is LĐLĐ TP Hà Nội's own title (seed 004).
const VERSION = '2026.HN-1';
const localTitle = {
  ...awardRuleOf(ruleSet2024, 'BK_TINH'),
  code: 'CNG_THU_DO',
  nameVi: 'Danh hiệu "Công nhân giỏi Thủ đô"',
  nameEn: '"Capital good worker" title',
  nomineeKinds: ['person'],
  source: 'Seed 004: danh hiệu "Công nhân giỏi Thủ đô" của LĐLĐ TP Hà Nội',
};
const validBody = () => ({
  ...ruleSet2024,
  version: VERSION,
  title: 'Bộ quy định khen thưởng có danh hiệu "Công nhân giỏi Thủ đô"',
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  awards: [...ruleSet2024.awards, localTitle],
});

describe('rule-set versions API', () => {
  let t: ApiTestContext;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const key = () => `rs-${randomUUID()}`;

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-02-16T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('drafts an incomplete version, names every issue by field, refuses to publish it, then publishes it fixed', async () => {
    const broken = validBody();
    const awards = broken.awards.map((a, i) =>
      i === 0 ? { ...a, grantingLevel: 7 } : i === broken.awards.length - 1 ? { ...a, routeStartLevels: [] } : a,
    );
    const { deadlines: _dropped, ...withoutDeadlines } = { ...broken, awards };
    const drafted = await t.http
      .post('/api/admin/rule-sets')
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ version: VERSION, body: withoutDeadlines, reason: 'Danh hiệu riêng của Thủ đô' });
    expect(drafted.status).toBe(201);
    expect(drafted.body).toMatchObject({ version: VERSION, status: 'draft', revision: 1, draftedBy: 'Lê Minh Tuấn' });
    const fields = drafted.body.validation.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual([
      'body.awards[0].grantingLevel',
      `body.awards[${awards.length - 1}].routeStartLevels`,
      'body.deadlines',
    ]);
    expect(drafted.body.validation.valid).toBe(false);

    const refused = await t.http
      .post(`/api/admin/rule-sets/${VERSION}/publication`)
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({});
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('RULE_SET.INVALID');
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
    expect(refused.body.errors[0].message).toMatch(/\S/);
    expect(await t.db.selectFrom('rule_sets').where('version', '=', VERSION).select('version').execute()).toEqual([]);

    const stale = await t.http
      .put(`/api/admin/rule-sets/${VERSION}/draft`)
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ body: validBody(), expectedRevision: 5 });
    expect(stale.status).toBe(409);
    const revised = await t.http
      .put(`/api/admin/rule-sets/${VERSION}/draft`)
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ body: validBody(), expectedRevision: 1 });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ revision: 2, validation: { valid: true, errors: [] } });

    const publishKey = key();
    const published = await t.http
      .post(`/api/admin/rule-sets/${VERSION}/publication`)
      .set(await as('sysadmin'))
      .set('Idempotency-Key', publishKey)
      .send({ expectedRevision: 2 });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', statusLabel: { vi: 'Đã ban hành' }, revision: 3 });
    // A retried click is the same publication, not a conflict.
    const retried = await t.http
      .post(`/api/admin/rule-sets/${VERSION}/publication`)
      .set(await as('sysadmin'))
      .set('Idempotency-Key', publishKey)
      .send({ expectedRevision: 2 });
    expect(retried.status).toBe(200);

    const events = await new EventStore(t.database.pool).readStream(ruleSetStreamId(VERSION));
    expect(events.map((e) => e.type)).toEqual([
      'RuleSetVersionDrafted',
      'RuleSetDraftRevised',
      'RuleSetVersionPublished',
    ]);
    expect(events[2]!.metadata).toMatchObject({ actorName: 'Lê Minh Tuấn', ruleSetVersion: VERSION });
    const row = await t.db.selectFrom('rule_sets').selectAll().where('version', '=', VERSION).executeTakeFirstOrThrow();
    expect((row.body as { awards: Array<{ code: string }> }).awards.map((a) => a.code)).toContain('CNG_THU_DO');
  });

  it('keeps a published version final: a revision or second publication is a 409', async () => {
    const revise = await t.http
      .put(`/api/admin/rule-sets/${VERSION}/draft`)
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ body: { ...validBody(), title: 'Sửa sau khi ban hành' } });
    expect(revise.status).toBe(409);
    expect(revise.body).toMatchObject({ code: 'RULE_SET.IMMUTABLE', version: VERSION });
    expect(revise.body.detail).toContain('đã ban hành');
    const again = await t.http
      .post(`/api/admin/rule-sets/${VERSION}/publication`)
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({});
    expect(again.status).toBe(409);
  });

  it('refuses a name already taken, including a version shipped with the code, and anyone but a system admin', async () => {
    const taken = await t.http
      .post('/api/admin/rule-sets')
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ version: '2024.2', body: {} });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('RULE_SET.ALREADY_EXISTS');
    const notAdmin = await t.http
      .post('/api/admin/rule-sets')
      .set(await as('hn.chair'))
      .set('Idempotency-Key', key())
      .send({ version: '2026.HN-2', body: {} });
    expect(notAdmin.status).toBe(403);
    const badName = await t.http
      .post('/api/admin/rule-sets')
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ version: 'bộ mới', body: [] });
    expect(badName.status).toBe(400);
    expect(badName.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body', 'version']);
    expect((await t.http.get('/api/admin/rule-sets/9999.9').set(await as('sysadmin'))).status).toBe(404);
  });

  it('lists built-in and published versions, and a campaign can pin the new one with its local title', async () => {
    const list = await t.http.get('/api/admin/rule-sets').set(await as('sysadmin'));
    expect(list.status).toBe(200);
    const byVersion = Object.fromEntries(list.body.map((v: { version: string }) => [v.version, v]));
    expect(byVersion['2024.2']).toMatchObject({ origin: 'built_in', status: 'published' });
    expect(byVersion[VERSION]).toMatchObject({ origin: 'published', status: 'published', awardCount: 13 });

    const campaign = await t.http
      .post('/api/admin/campaigns')
      .set(await as('sysadmin'))
      .send({
        code: 'CNG-THU-DO-2026',
        name: 'Bình chọn "Công nhân giỏi Thủ đô" năm 2026',
        kind: 'annual',
        ruleSetVersion: VERSION,
        awardCodes: ['CNG_THU_DO'],
        opensOn: '2026-02-01',
        closesOn: '2026-12-31',
        cutoffs: {},
      });
    expect(campaign.status).toBe(201);
    const unknownAward = await t.http
      .post('/api/admin/campaigns')
      .set(await as('sysadmin'))
      .send({
        code: 'CNG-THU-DO-2026-B',
        name: 'Đợt thử',
        kind: 'annual',
        ruleSetVersion: '2024.2',
        awardCodes: ['CNG_THU_DO'],
        opensOn: '2026-03-01',
        closesOn: '2026-12-31',
        cutoffs: {},
      });
    expect(unknownAward.status).toBe(422);

    // Only a published version can be pinned: a draft is not in rule_sets.
    await t.http
      .post('/api/admin/rule-sets')
      .set(await as('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ version: '2026.HN-2', body: { ...validBody(), version: '2026.HN-2' } })
      .expect(201);
    const pinsDraft = await t.http
      .post('/api/admin/campaigns')
      .set(await as('sysadmin'))
      .send({
        code: 'CNG-THU-DO-2026-C',
        name: 'Đợt thử bản thảo',
        kind: 'annual',
        ruleSetVersion: '2026.HN-2',
        awardCodes: ['CNG_THU_DO'],
        opensOn: '2026-03-01',
        closesOn: '2026-12-31',
        cutoffs: {},
      });
    expect(pinsDraft.status).toBe(422);
    expect(pinsDraft.body.code).toMatch(/^RULES\./);
  });
});
