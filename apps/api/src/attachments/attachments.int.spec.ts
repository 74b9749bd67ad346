import { createHash, randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { demoUnitIds as u, sampleDossier, sampleSubmitNomination } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { EventStore } from '@vinhdanh/event-store';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ROUTE, at, seedNomination } from '../testing/nomination-seed';
import { MAX_ATTACHMENT_BYTES } from './attachment-types';

const PDF = 'application/pdf';
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A ZIP of uncompressed entries (enough to build OOXML packages and impostors for the tests). */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (partName: string, type: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="${partName}" ContentType="${type}"/></Types>`;

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

  it('lets readers of a nomination listing the file download it; others get 404 as for an unknown id', async () => {
    const body = pdf('Báo cáo thành tích');
    const up = await upload(body, { name: 'bao-cao.pdf' });
    expect(up.status).toBe(201);
    const { id, sha256: checksum } = up.body as { id: string; sha256: string };

    // Before any nomination lists it, only the uploader may read it.
    expect((await t.http.get(`/api/attachments/${id}`).set(await auth('dp.reviewer'))).status).toBe(404);

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
    expect(outsider.status).toBe(404);
    expect(outsider.body.code).toBe('ATTACHMENT.NOT_FOUND');

    const unknown = await t.http.get(`/api/attachments/${randomUUID()}`).set(await auth('dp.reviewer'));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ATTACHMENT.NOT_FOUND');
  });

  it('refuses a dossier naming an upload that does not exist or whose checksum differs, naming the field', async () => {
    const body = pdf('Tờ trình');
    const up = await upload(body, { name: 'to-trinh.pdf' });
    expect(up.status).toBe(201);
    const base = sampleDossier();
    const submit = (attachment: Record<string, unknown>, user = 'bvdp.nominator', unit: string = u.cdcsBvdkDanPhuong) =>
      auth(user).then((h) =>
        t.http
          .post('/api/nominations')
          .set(h)
          .set('Idempotency-Key', `sub-${randomUUID()}`)
          .send({
            nominatingUnitId: unit,
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
    // The refusal never tells the stored checksum or size.
    expect(JSON.stringify(altered.body)).not.toContain(up.body.sha256);
    expect(JSON.stringify(altered.body)).not.toContain(String(body.length));

    // Another unit's nominator who learnt the id can neither cite the file nor learn anything about it.
    for (const guess of [
      { attachmentId: up.body.id, sizeBytes: 1, sha256: 'e'.repeat(64) },
      { attachmentId: up.body.id, sizeBytes: body.length, sha256: up.body.sha256 },
    ]) {
      const foreign = await submit(guess, 'snv.nominator', u.cdcsSoNoiVuCaoBang);
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors).toEqual([
        expect.objectContaining({ field: 'dossier.attachments[0].attachmentId', rule: 'exists' }),
      ]);
      expect(JSON.stringify(foreign.body)).not.toContain(up.body.sha256);
    }
    const download = await t.http.get(`/api/attachments/${up.body.id}`).set(await auth('snv.nominator'));
    expect(download.status).toBe(404);
  });

  it('takes a .docx or .xlsx only when it is a real OOXML package with its main part', async () => {
    const docx = storedZip({
      '[Content_Types].xml': contentTypes(
        '/word/document.xml',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      ),
      'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    });
    expect((await upload(docx, { type: DOCX, name: 'bien-ban.docx' })).status).toBe(201);
    const xlsx = storedZip({
      '[Content_Types].xml': contentTypes(
        '/xl/workbook.xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      ),
      'xl/workbook.xml': '<workbook/>',
    });
    expect((await upload(xlsx, { type: XLSX, name: 'danh-sach.xlsx' })).status).toBe(201);

    const impostors = {
      'the first bytes of a ZIP only': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]),
      'a ZIP without [Content_Types].xml': storedZip({ 'payload.exe': 'MZ' }),
      'a package declaring a part it lacks': storedZip({
        '[Content_Types].xml': contentTypes(
          '/word/document.xml',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        ),
      }),
      'a spreadsheet sent as a document': xlsx,
      'a macro-enabled document': storedZip({
        '[Content_Types].xml': contentTypes(
          '/word/document.xml',
          'application/vnd.ms-word.document.macroEnabled.main+xml',
        ),
        'word/document.xml': '<w:document/>',
      }),
    };
    for (const [label, bytes] of Object.entries(impostors)) {
      const res = await upload(bytes, { type: DOCX, name: 'gia-mao.docx' });
      expect({ label, status: res.status, error: res.body.errors?.[0] }).toEqual({
        label,
        status: 400,
        error: expect.objectContaining({ field: 'body', rule: 'package' }),
      });
    }
  });
});
