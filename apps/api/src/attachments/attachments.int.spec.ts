import { createHash, randomUUID } from 'node:crypto';
import { demoUnitIds as u, sampleDossier, sampleSubmitNomination } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { EventStore } from '@vinhdanh/event-store';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ROUTE, at, seedNomination } from '../testing/nomination-seed';
import { MAX_ATTACHMENT_BYTES } from './attachment-types';

const PDF = 'application/pdf';
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('attachments API: upload to PostgreSQL, download for readers of a nomination listing it', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t?.close());

  const upload = async (
    body: Buffer,
    { type = PDF, name = 'Tờ trình khen thưởng.pdf', key = `up-${randomUUID()}`, user = 'bvdp.nominator' } = {},
  ) =>
    t.http
      .post('/api/attachments')
      .set(await auth(user))
      .set('Idempotency-Key', key)
      .set('Content-Type', type)
      .set('X-File-Name', encodeURIComponent(name))
      .send(body);

  it('stores the bytes with a server-computed SHA-256; a retry with the same key is the same file', async () => {
    const body = pdf('Tờ trình số 12/TTr-CĐCS');
    const key = `up-${randomUUID()}`;
    const first = await upload(body, { key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      sha256: sha256(body),
      sizeBytes: body.length,
      contentType: PDF,
      fileName: 'Tờ trình khen thưởng.pdf',
    });
    const again = await upload(body, { key });
    expect(again.body.id).toBe(first.body.id);
    const other = await upload(pdf('another file'), { key });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');

    const stored = await t.db
      .withTables<{ attachments: { id: string; content: Buffer } }>()
      .selectFrom('attachments')
      .select('content')
      .where('id', '=', first.body.id)
      .executeTakeFirstOrThrow();
    expect(sha256(stored.content)).toBe(first.body.sha256);

    const down = await t.http
      .get(`/api/attachments/${first.body.id}`)
      .set(await auth('bvdp.nominator'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(down.status).toBe(200);
    expect(down.headers['content-type']).toBe(PDF);
    expect(down.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Tờ trình khen thưởng.pdf')}`,
    );
    expect(sha256(down.body as Buffer)).toBe(first.body.sha256);
    expect(down.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(first.body.sha256, 'hex').toString('base64')}:`);
  });

  it('refuses too large (413), wrong types (415) and bad names or content (400), naming the field', async () => {
    const big = Buffer.concat([pdf('big'), Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const tooBig = await upload(big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers['content-type']).toContain('application/problem+json');
    expect(tooBig.body).toMatchObject({ code: 'ATTACHMENT.TOO_LARGE', errors: [{ field: 'body', rule: 'max_size' }] });
    expect(tooBig.body.detail).toContain('tối đa 10 MB');

    const text = await upload(Buffer.from('plain text'), { type: 'text/plain', name: 'ghi-chu.txt' });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ code: 'ATTACHMENT.UNSUPPORTED_TYPE', errors: [{ field: 'Content-Type' }] });

    const exe = await upload(pdf('x'), { name: 'setup.exe' });
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0]).toMatchObject({ field: 'X-File-Name', in: 'header', rule: 'extension' });

    const fake = await upload(Buffer.from('MZ not a pdf'), { name: 'fake.pdf' });
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0]).toMatchObject({ field: 'body', rule: 'signature' });

    const noName = await t.http
      .post('/api/attachments')
      .set(await auth('bvdp.nominator'))
      .set('Idempotency-Key', `up-${randomUUID()}`)
      .set('Content-Type', PDF)
      .send(pdf('x'));
    expect(noName.status).toBe(400);
    expect(noName.body.errors[0]).toMatchObject({ field: 'X-File-Name', rule: 'required' });

    const noKey = await t.http
      .post('/api/attachments')
      .set(await auth('bvdp.nominator'))
      .set('Content-Type', PDF)
      .set('X-File-Name', 'a.pdf')
      .send(pdf('x'));
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors[0].field).toBe('Idempotency-Key');

    const png = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), {
      type: 'image/png',
      name: 'ảnh.png',
    });
    expect(png.status).toBe(201);
  });

  it('lets readers of a nomination listing the file download it; others get 403', async () => {
    const body = pdf('Báo cáo thành tích');
    const up = await upload(body, { name: 'bao-cao.pdf' });
    expect(up.status).toBe(201);
    const { id, sha256: checksum } = up.body as { id: string; sha256: string };

    // Before any nomination lists it, only the uploader may read it.
    expect((await t.http.get(`/api/attachments/${id}`).set(await auth('dp.reviewer'))).status).toBe(403);

    const dossier = {
      ...sampleDossier(),
      attachments: [
        {
          kind: 'BAO_CAO_THANH_TICH' as const,
          name: 'bao-cao.pdf',
          sizeBytes: body.length,
          sha256: checksum,
          attachmentId: id,
        },
      ],
    };
    const store = new EventStore(t.database.pool);
    const nominationId = await seedNomination(store, (nid) => [
      sampleSubmitNomination({
        nominationId: nid,
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        actor: at(u.cdcsBvdkDanPhuong),
        route: ROUTE,
        dossier,
      }),
    ]);
    const deadline = Date.now() + 10_000;
    while (!(await t.db.selectFrom('nominations').select('id').where('id', '=', nominationId).executeTakeFirst())) {
      if (Date.now() > deadline) throw new Error('the read model never showed the nomination');
      await new Promise((r) => setTimeout(r, 20));
    }
    const view = await t.http.get(`/api/nominations/${nominationId}`).set(await auth('dp.reviewer'));
    expect(view.body.dossier.attachments[0]).toMatchObject({ attachmentId: id, sha256: checksum });

    for (const reader of ['dp.reviewer', 'tld.chair', 'tld.auditor'])
      expect((await t.http.get(`/api/attachments/${id}`).set(await auth(reader))).status).toBe(200);
    const outsider = await t.http.get(`/api/attachments/${id}`).set(await auth('cb.reviewer'));
    expect(outsider.status).toBe(403);
    expect(outsider.body.code).toBe('AUTH.FORBIDDEN');

    const unknown = await t.http.get(`/api/attachments/${randomUUID()}`).set(await auth('dp.reviewer'));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ATTACHMENT.NOT_FOUND');
  });

  it('refuses a dossier naming an upload that does not exist or whose checksum differs, naming the field', async () => {
    const body = pdf('Tờ trình');
    const up = await upload(body, { name: 'to-trinh.pdf' });
    expect(up.status).toBe(201);
    const base = sampleDossier();
    const submit = (attachment: Record<string, unknown>) =>
      auth('bvdp.nominator').then((h) =>
        t.http
          .post('/api/nominations')
          .set(h)
          .set('Idempotency-Key', `sub-${randomUUID()}`)
          .send({
            nominatingUnitId: u.cdcsBvdkDanPhuong,
            awardCode: 'BK_TLD',
            campaignId: demoCampaignIds.annual2026,
            dossier: {
              ...base,
              attachments: [{ ...base.attachments[0], ...attachment }, ...base.attachments.slice(1)],
            },
          }),
      );
    const unknown = await submit({ attachmentId: randomUUID() });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['dossier.attachments[0].attachmentId']);
    const altered = await submit({ attachmentId: up.body.id, sizeBytes: body.length, sha256: 'f'.repeat(64) });
    expect(altered.status).toBe(400);
    expect(altered.body.errors[0]).toMatchObject({ field: 'dossier.attachments[0].sha256', rule: 'matches_upload' });
  });
});
