import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { computeEventHash, EventStore, type JsonObject } from '@vinhdanh/event-store';
import { reportExportStreamId } from '@vinhdanh/contracts';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { generateSigningKeyPem, createSigner } from '@vinhdanh/audit';
import { StoredNomination } from './audit.test-helpers';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..', '..');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('auditors API', () => {
  const keyPem = generateSigningKeyPem();
  let t: ApiTestContext;
  let store: EventStore;
  const auth: Record<string, { Authorization: string }> = {};
  const as = async (user: string) => (auth[user] ??= { Authorization: `Bearer ${await t.tokenFor(user)}` });
  let climbed: StoredNomination;
  let beforeSubmit: string;
  let betweenDecisions: string;

  /** The ReportExported records of a user's downloads. */
  async function exportsOf(username: string): Promise<Record<string, unknown>[]> {
    const me = await t.http.get('/api/me').set(await as(username));
    return (await store.readStream(reportExportStreamId(me.body.id))).map((e) => e.data);
  }

  beforeAll(async () => {
    t = await createApiTestContext({ env: { AUDIT_SIGNING_KEY: keyPem } });
    store = new EventStore(t.database.pool, { notify: false });
    climbed = new StoredNomination(store);
    beforeSubmit = new Date().toISOString();
    await pause(30);
    await climbed.submit();
    await pause(30);
    betweenDecisions = new Date().toISOString();
    await pause(30);
    await climbed.approve('2026-06-16T03:00:00.000Z', { onBehalfOf: 'u-on-leave', correlationId: 'batch-7' });
  });
  afterAll(async () => {
    await store?.close();
    await t?.close();
  });

  /** Runs the offline verifier as a child process, pinned to the API's public key. */
  async function verifyFile(file: string): Promise<{ code: number; out: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-key-'));
    const keyFile = join(dir, 'public.pem');
    writeFileSync(keyFile, createSigner(keyPem).publicKeyPem);
    return run('node', ['-r', '@swc-node/register', 'scripts/verify-export.ts', file, '--public-key', keyFile], {
      cwd: ROOT,
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (err: { code: number; stdout: string }) => ({ code: err.code, out: err.stdout }),
    );
  }

  /** Rewrites stored rows as a superuser could, with the append-only trigger off. */
  async function asSuperuser(statement: string, params: unknown[] = []): Promise<void> {
    await t.database.pool.query('alter table events disable trigger events_append_only');
    try {
      await t.database.pool.query(statement, params);
    } finally {
      await t.database.pool.query('alter table events enable trigger events_append_only');
    }
  }

  it('shows the timeline with actor, on-behalf-of, rule set, workflow and the hash chain', async () => {
    const res = await t.http
      .get(`/api/audit/nominations/${climbed.id}/timeline`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(res.body).toMatchObject({ nominationId: climbed.id, version: 4, status: 'FORWARDED' });
    const events = res.body.events as Array<Record<string, any>>;
    expect(events.map((e) => e.type)).toEqual([
      'NominationSubmitted',
      'NominationReviewOpened',
      'NominationForwarded',
      'NominationReviewOpened',
    ]);
    expect(events[0]).toMatchObject({
      version: 1,
      description: expect.stringMatching(/^Gửi đề nghị /),
      actor: { id: 'u-nominator', name: 'Lê Văn Bình', unitId: 'cdcs-thcs-tan-hoi' },
      ruleSetVersion: '2024.1',
      workflowId: `nomination:${climbed.id}`,
      prevHash: '0'.repeat(64),
    });
    for (const e of events)
      expect(e.description).not.toMatch(/BK_TLD|cdcs-|ldld-|[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}T/);
    expect(events[2]).toMatchObject({
      // Read on screen: units, awards and campaigns by name, never their codes or ids.
      description: expect.stringMatching(
        /^Đồng ý, chuyển từ cấp 1 \(.+\) lên cấp 2 \(Liên đoàn Lao động huyện Đan Phượng\)$/,
      ),
      onBehalfOf: 'u-on-leave',
      correlationId: 'batch-7',
      occurredAt: '2026-06-16T03:00:00.000Z',
    });
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
    expect(res.body.headHash).toBe(events[3]!.hash);
  });

  it('folds the state as of an instant: before the submission, between and after the decision', async () => {
    const asOf = async (at: string) =>
      t.http
        .get(`/api/audit/nominations/${climbed.id}/as-of`)
        .query({ at })
        .set(await as('tld.auditor'));
    const before = await asOf(beforeSubmit);
    expect(before.status).toBe(404);
    expect(before.headers['content-type']).toContain('application/problem+json');
    expect(before.body.code).toBe('AUDIT.NOT_FOUND');
    const between = await asOf(betweenDecisions);
    expect(between.status).toBe(200);
    expect(between.body).toMatchObject({
      version: 2,
      status: 'AWAITING_INTAKE',
      statusLabel: { vi: 'Chờ tiếp nhận' },
      openTask: { kind: 'review', level: 1, unitId: 'cdcs-thcs-tan-hoi' },
      lastEvent: { type: 'NominationReviewOpened', version: 2 },
    });
    const after = await asOf(new Date().toISOString());
    expect(after.body).toMatchObject({
      version: 4,
      status: 'FORWARDED',
      openTask: { level: 2, unitId: 'ldld-dan-phuong' },
    });
    const bad = await asOf('yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [{ field: 'at', in: 'query' }] });
  });

  it('rebuilds a unit’s inbox as of an instant', async () => {
    const inbox = async (unitId: string, at: string) =>
      (
        await t.http
          .get(`/api/audit/units/${unitId}/inbox-as-of`)
          .query({ at })
          .set(await as('tld.auditor'))
          .expect(200)
      ).body as { tasks: Array<{ nominationId: string; task: { level: number } }> };
    const ids = (body: { tasks: Array<{ nominationId: string }> }) => body.tasks.map((x) => x.nominationId);
    expect(ids(await inbox('cdcs-thcs-tan-hoi', betweenDecisions))).toEqual([climbed.id]);
    expect(ids(await inbox('ldld-dan-phuong', betweenDecisions))).toEqual([]);
    const now = new Date().toISOString();
    expect(ids(await inbox('cdcs-thcs-tan-hoi', now))).toEqual([]);
    expect((await inbox('ldld-dan-phuong', now)).tasks).toMatchObject([
      { nominationId: climbed.id, task: { level: 2 } },
    ]);
  });

  it('documents every audit endpoint in the OpenAPI document', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    expect(
      Object.keys(doc.body.paths)
        .filter((p) => p.startsWith('/api/audit'))
        .sort(),
    ).toEqual([
      '/api/audit/anchors',
      '/api/audit/anchors/{id}/check',
      '/api/audit/anomalies',
      '/api/audit/campaigns/{id}/export',
      '/api/audit/export-checks',
      '/api/audit/nominations/{id}/as-of',
      '/api/audit/nominations/{id}/export',
      '/api/audit/nominations/{id}/replay-check',
      '/api/audit/nominations/{id}/timeline',
      '/api/audit/nominations/{id}/verify',
      '/api/audit/streams/{streamId}/as-of',
      '/api/audit/streams/{streamId}/timeline',
      '/api/audit/streams/{streamId}/verify',
      '/api/audit/units/{unitId}/inbox-as-of',
      '/api/audit/verify',
    ]);
  });

  it('enforces roles: route units read history, only auditors verify and export; others get 403', async () => {
    const path = `/api/audit/nominations/${climbed.id}`;
    await t.http
      .get(`${path}/timeline`)
      .set(await as('dp.reviewer'))
      .expect(200);
    await t.http
      .get(`${path}/as-of`)
      .query({ at: new Date().toISOString() })
      .set(await as('dp.reviewer'))
      .expect(200);
    const other = await t.http.get(`${path}/timeline`).set(await as('snv.nominator'));
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('AUTH.FORBIDDEN');
    await t.http
      .get(`${path}/as-of`)
      .query({ at: new Date().toISOString() })
      .set(await as('snv.nominator'))
      .expect(403);
    for (const url of [`${path}/verify`, `${path}/export`, '/api/audit/anchors']) {
      await t.http
        .get(url)
        .set(await as('dp.reviewer'))
        .expect(403);
    }
    await t.http
      .post('/api/audit/verify')
      .set(await as('dp.reviewer'))
      .send({})
      .expect(403);
    await t.http
      .post('/api/audit/anchors')
      .set(await as('snv.nominator'))
      .expect(403);
    await t.http
      .get(`/api/audit/units/ldld-dan-phuong/inbox-as-of`)
      .query({ at: new Date().toISOString() })
      .set(await as('dp.reviewer'))
      .expect(403);
    await t.http.get(`${path}/timeline`).expect(401);
    await t.http
      .get(`/api/audit/nominations/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/timeline`)
      .set(await as('sysadmin'))
      .expect(404);
  });

  it('exports a signed file that the offline verifier accepts, and rejects once modified', async () => {
    const verify = verifyFile;
    const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-export-'));
    const json = await t.http
      .get(`/api/audit/nominations/${climbed.id}/export`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(json.body).toMatchObject({
      algorithm: 'Ed25519',
      payload: { nominationId: climbed.id, head: { version: 4 } },
    });
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(json.body, null, 2));
    const accepted = await verify(good);
    expect(accepted).toMatchObject({ code: 0, out: expect.stringContaining('VALID:') });

    const forged = structuredClone(json.body);
    forged.payload.events[2].metadata.onBehalfOf = 'someone-else';
    const bad = join(dir, 'forged.json');
    writeFileSync(bad, JSON.stringify(forged));
    const rejected = await verify(bad);
    expect(rejected.code).toBe(1);
    expect(rejected.out).toMatch(/FAIL signature[\s\S]*FAIL hash_chain[\s\S]*INVALID/);

    const csv = await t.http
      .get(`/api/audit/nominations/${climbed.id}/export`)
      .query({ format: 'csv' })
      .set(await as('tld.auditor'))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const csvFile = join(dir, 'export.csv');
    writeFileSync(csvFile, csv.text);
    writeFileSync(
      `${csvFile}.sig.json`,
      JSON.stringify({
        algorithm: csv.headers['x-vinhdanh-signature-algorithm'],
        signature: csv.headers['x-vinhdanh-signature'],
        keyId: csv.headers['x-vinhdanh-key-id'],
        publicKey: Buffer.from(csv.headers['x-vinhdanh-public-key'] as string, 'base64').toString('utf8'),
      }),
    );
    expect(await verify(csvFile)).toMatchObject({ code: 0 });
    writeFileSync(csvFile, readFileSync(csvFile, 'utf8').replace('Lê Văn Bình', 'Lê Văn Bính'));
    expect((await verify(csvFile)).code).toBe(1);

    // Named for the nominee, not the id; each download recorded as the auditor's ReportExported event.
    expect(csv.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Hồ sơ có chữ ký - Nguyễn Thị Hồng Nhung.csv')}`,
    );
    expect(csv.headers['content-disposition']).not.toContain(climbed.id);
    const exported = await exportsOf('tld.auditor');
    expect(exported.slice(-2)).toEqual([
      expect.objectContaining({
        exportId: json.headers['x-vinhdanh-export-id'],
        report: 'audit_signed_nomination',
        format: 'json',
        filters: { nominationId: climbed.id },
        rows: 4,
        personalData: true,
      }),
      expect.objectContaining({ exportId: csv.headers['x-vinhdanh-export-id'], format: 'csv', rows: 4 }),
    ]);
  });

  it('checks an uploaded export in the browser’s stead: accepted as exported, refused once edited, in Vietnamese', async () => {
    const upload = async (user: string, format: string, body: string, headers: Record<string, string> = {}) =>
      t.http
        .post('/api/audit/export-checks')
        .query({ format })
        .set(await as(user))
        .set({ 'Content-Type': 'application/octet-stream', ...headers })
        .send(Buffer.from(body, 'utf8'));
    const json = await t.http
      .get(`/api/audit/nominations/${climbed.id}/export`)
      .set(await as('tld.auditor'))
      .expect(200);
    const good = await upload('tld.auditor', 'json', JSON.stringify(json.body));
    expect(good.status).toBe(200);
    expect(good.body.ok).toBe(true);
    expect(good.body.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([
      ['Chữ ký số', true],
      ['Khóa ký của hệ thống', true],
      ['Cấu trúc tệp', true],
      ['Chuỗi băm', true],
      ['Trạng thái cuối', true],
    ]);
    const forged = structuredClone(json.body);
    forged.payload.events[2].metadata.onBehalfOf = 'someone-else';
    const bad = await upload('tld.auditor', 'json', JSON.stringify(forged));
    expect(bad.body.ok).toBe(false);
    const failed = bad.body.checks.filter((c: { ok: boolean }) => !c.ok);
    expect(failed.map((c: { name: string }) => c.name)).toEqual(['Chữ ký số', 'Chuỗi băm']);
    expect(failed[0].detail).toMatch(/tệp đã bị sửa/);

    const csv = await t.http
      .get(`/api/audit/nominations/${climbed.id}/export`)
      .query({ format: 'csv' })
      .set(await as('tld.auditor'))
      .expect(200);
    const sidecar = Buffer.from(
      JSON.stringify({
        algorithm: csv.headers['x-vinhdanh-signature-algorithm'],
        signature: csv.headers['x-vinhdanh-signature'],
        keyId: csv.headers['x-vinhdanh-key-id'],
        publicKey: Buffer.from(csv.headers['x-vinhdanh-public-key'] as string, 'base64').toString('utf8'),
      }),
    ).toString('base64');
    expect((await upload('tld.auditor', 'csv', csv.text, { 'X-Export-Signature': sidecar })).body.ok).toBe(true);
    const noSidecar = await upload('tld.auditor', 'csv', csv.text);
    expect(noSidecar.status).toBe(400);
    expect(noSidecar.body.errors[0]).toMatchObject({
      field: 'signature',
      message: expect.stringContaining('tệp chữ ký'),
    });
    const notAnExport = await upload('tld.auditor', 'json', 'không phải JSON');
    expect(notAnExport.status).toBe(400);
    expect(notAnExport.body.errors[0].message).toMatch(/Không đọc được tệp/);
    expect((await upload('dp.reviewer', 'json', JSON.stringify(json.body))).status).toBe(403);
  });

  it('streams a signed campaign export that verifies offline, and fails once a line is dropped', async () => {
    const second = new StoredNomination(store);
    await second.submit('2026-06-17T02:00:00.000Z');
    const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-campaign-'));
    const res = await t.http
      .get(`/api/audit/campaigns/${demoCampaignIds.annual2026}/export`)
      .set(await as('tld.auditor'))
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString('utf8')));
        r.on('end', () => done(null, text));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const lines = (res.body as string).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).kind)).toEqual(['header', 'nomination', 'nomination', 'signature']);
    const file = join(dir, 'campaign.jsonl');
    writeFileSync(file, res.body as string);
    expect(await verifyFile(file)).toMatchObject({ code: 0, out: expect.stringContaining('2 nominations') });
    writeFileSync(file, [lines[0], lines[2], lines[3]].join('\n') + '\n');
    expect(await verifyFile(file)).toMatchObject({ code: 1, out: expect.stringContaining('FAIL format') });
    await t.http
      .get(`/api/audit/campaigns/${demoCampaignIds.annual2026}/export`)
      .set(await as('dp.reviewer'))
      .expect(403);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('Hồ sơ đợt thi đua có chữ ký - Phong trào thi đua'),
    );
    expect((await exportsOf('tld.auditor')).at(-1)).toMatchObject({
      exportId: res.headers['x-vinhdanh-export-id'],
      report: 'audit_signed_campaign',
      format: 'jsonl',
      filters: { campaignId: demoCampaignIds.annual2026 },
      personalData: true,
    });
    // A refused export records nothing.
    expect(await exportsOf('dp.reviewer')).toEqual([]);
  });

  it('verifies a stream and the whole store in bounded slices, and names a superuser’s edit', async () => {
    const other = new StoredNomination(store);
    await other.submit();
    const first = await t.http
      .post('/api/audit/verify')
      .set(await as('tld.auditor'))
      .send({ maxStreams: 1 })
      .expect(200);
    expect(first.body).toMatchObject({ ok: true, complete: false, streamsChecked: 1 });
    const rest = await t.http
      .post('/api/audit/verify')
      .set(await as('tld.auditor'))
      .send({ after: first.body.nextCursor, maxStreams: 10 })
      .expect(200);
    // Three nominations (8 events) and the auditor's record of five exports (json and csv, the two
    // checked by the export checker, the campaign's).
    expect(rest.body).toMatchObject({ ok: true, complete: true, streamsChecked: 3, nextCursor: null });
    expect(first.body.eventsChecked + rest.body.eventsChecked).toBe(13);

    const { rows: original } = await t.database.pool.query(
      'select data from events where stream_id = $1 and stream_version = 2',
      [other.streamId],
    );
    await asSuperuser(
      `update events set data = jsonb_set(data, '{reason}', '"sửa lén"') where stream_id = $1 and stream_version = 2`,
      [other.streamId],
    );
    const one = await t.http
      .get(`/api/audit/nominations/${other.id}/verify`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(one.body).toMatchObject({
      ok: false,
      brokenLink: { streamId: other.streamId, streamVersion: 2, problem: 'hash' },
    });
    const all = await t.http
      .post('/api/audit/verify')
      .set(await as('sysadmin'))
      .send({})
      .expect(200);
    expect(all.body).toMatchObject({ ok: false, brokenLink: { streamId: other.streamId } });
    // Put back, so the anchor below is taken over intact chains.
    await asSuperuser('update events set data = $1::jsonb where stream_id = $2 and stream_version = 2', [
      JSON.stringify(original[0].data),
      other.streamId,
    ]);
  });

  it('detects against a signed anchor a rewrite whose hash chain was recomputed', async () => {
    const created = await t.http
      .post('/api/audit/anchors')
      .set(await as('tld.auditor'))
      .expect(201);
    expect(created.body).toMatchObject({
      created: true,
      streamCount: 4,
      eventCount: 13,
      signatureAlgorithm: 'Ed25519',
    });
    const again = await t.http
      .post('/api/audit/anchors')
      .set(await as('sysadmin'))
      .expect(200);
    expect(again.body).toMatchObject({ id: created.body.id, created: false });
    const listed = await t.http
      .get('/api/audit/anchors')
      .set(await as('tld.auditor'))
      .expect(200);
    expect(listed.body.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    const clean = await t.http
      .get(`/api/audit/anchors/${created.body.id}/check`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(clean.body).toMatchObject({
      ok: true,
      signedByTrustedKey: true,
      headsMatchSignedDigest: true,
      problemCount: 0,
      streamsChecked: 4,
    });

    // An event edited in place, its hash column untouched: the anchor check alone names it, since it
    // recomputes each chain up to the anchored version.
    const before = await store.readStream(climbed.streamId);
    await asSuperuser(
      `update events set metadata = jsonb_set(metadata, '{onBehalfOf}', '"nobody"') where event_id = $1`,
      [before[2]!.eventId],
    );
    const edited = await t.http
      .get(`/api/audit/anchors/${created.body.id}/check`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(edited.body).toMatchObject({
      ok: false,
      headsMatchSignedDigest: true,
      problemCount: 1,
      problems: [
        {
          streamId: climbed.streamId,
          problem: 'chain_broken',
          brokenLink: { streamVersion: 3, eventId: before[2]!.eventId, problem: 'hash' },
        },
      ],
    });
    await asSuperuser('update events set metadata = $1::jsonb where event_id = $2', [
      JSON.stringify(before[2]!.metadata),
      before[2]!.eventId,
    ]);

    // The attacker changes who acted on behalf of whom and recomputes every hash after it.
    const events = await store.readStream(climbed.streamId);
    let prev = events[1]!.hash;
    for (const e of events.slice(2)) {
      const metadata = { ...e.metadata, onBehalfOf: 'nobody' } as JsonObject;
      const hash = computeEventHash(prev, { ...e, data: e.data as JsonObject, metadata });
      await asSuperuser(
        `update events set metadata = $1::jsonb, prev_hash = decode($2, 'hex'), hash = decode($3, 'hex') where event_id = $4`,
        [JSON.stringify(metadata), prev, hash, e.eventId],
      );
      prev = hash;
    }
    await t.http
      .get(`/api/audit/nominations/${climbed.id}/verify`)
      .set(await as('tld.auditor'))
      .expect(200, /"ok":true/);
    const caught = await t.http
      .get(`/api/audit/anchors/${created.body.id}/check`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(caught.body).toMatchObject({
      ok: false,
      signedByTrustedKey: true,
      headsMatchSignedDigest: true,
      problemCount: 1,
      problems: [
        { streamId: climbed.streamId, problem: 'hash_differs', anchoredVersion: 4, anchoredHash: events[3]!.hash },
      ],
    });

    // Rewriting the anchored heads to match does not help: they no longer digest to the signed value.
    await t.database.pool.query(
      'alter table integrity_anchor_heads disable trigger integrity_anchor_heads_append_only',
    );
    await t.database.pool.query(
      `update integrity_anchor_heads set hash = decode($1, 'hex') where anchor_id = $2 and stream_id = $3`,
      [prev, created.body.id, climbed.streamId],
    );
    await t.database.pool.query('alter table integrity_anchor_heads enable trigger integrity_anchor_heads_append_only');
    const covered = await t.http
      .get(`/api/audit/anchors/${created.body.id}/check`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(covered.body).toMatchObject({ ok: false, headsMatchSignedDigest: false, problemCount: 0 });

    // Cutting the stream short is caught too.
    await asSuperuser('delete from events where stream_id = $1 and stream_version > 2', [climbed.streamId]);
    const cut = await t.http
      .get(`/api/audit/anchors/${created.body.id}/check`)
      .set(await as('tld.auditor'))
      .expect(200);
    expect(cut.body.problems).toMatchObject([
      { streamId: climbed.streamId, problem: 'moved_backwards', currentVersion: 2 },
    ]);
  });
});
