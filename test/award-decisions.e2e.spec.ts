import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { awardDecisionStreamId, nominationStreamId } from '@vinhdanh/contracts';
import { defaultDocxTemplate } from '@vinhdanh/documents';
import { demoUnitIds as u, sampleDossier, type PersonNominee } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// A quyết định over HTTP with the real worker: nominations from CĐCS BVĐK Đan Phượng climb to the
// Tổng LĐLĐ; its chair issues one numbered decision covering them; each is granted once; the
// decision's PDF/DOCX and the certificates are generated with their checksums as events.
describe('award decisions (quyết định khen thưởng with an annex) and their documents', () => {
  let sys: E2eSystem;
  const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-decisions-'));
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await sys?.close();
  });

  const post = async (username: string, path: string, body: object, key = `k-${randomUUID()}`) =>
    sys.http
      .post(path)
      .set(await sys.as(username))
      .set('Idempotency-Key', key)
      .send(body);
  const approve = (username: string, id: string) =>
    post(username, `/api/nominations/${id}/decisions`, { decision: 'approve' });

  async function nomination(fullName: string, upTo: 1 | 2 | 3): Promise<string> {
    const dossier = sampleDossier();
    const nominee = { ...(dossier.nominee as PersonNominee), fullName, personKey: `DV-${randomUUID()}` };
    const created = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: u.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: { ...dossier, nominee },
    });
    const id = await sys.projected(created);
    for (const chair of ['bvdp.chair', 'dp.chair', 'hn.chair'].slice(0, upTo)) {
      const res = await approve(chair, id);
      expect([200, 202]).toContain(res.status);
    }
    return id;
  }

  const decisionBody = (nominationIds: string[]) => ({
    issuingUnitId: u.tongLdld,
    date: '2026-12-20',
    place: 'Hà Nội',
    signer: { capacity: 'TM. Đoàn Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn Thành' },
    subject: 'Về việc tặng Bằng khen năm 2026',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;'],
    proposal: 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Tổng Liên đoàn,',
    awardName: 'Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
    reason: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026.',
    amounts: { person: 1_490_000, collective: 2_980_000 },
    nominationIds,
  });

  function pdf(bytes: Buffer, name: string): { text: string; pages: number; landscape: boolean } {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    return {
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
      pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
      landscape: Number(size[1]) > Number(size[2]),
    };
  }

  async function download(url: string): Promise<{ body: Buffer; sha: string }> {
    const res = await sys.http
      .get(url)
      .set(await sys.as('tld.chair'))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return { body: res.body as Buffer, sha: res.headers['x-checksum-sha256'] as string };
  }

  it('refuses a list with a nomination not ready, naming it; then issues 1/QĐ-TLĐ, granting each once, and the next is 2/QĐ-TLĐ', async () => {
    const ready = [
      await nomination('Nguyễn Thị Thu Hằng', 3),
      await nomination('Kiều Văn Toàn', 3),
      await nomination('Đỗ Thị Thanh Hà', 3),
    ];
    const notYet = await nomination('Phùng Thị Nga', 1);

    const refused = await post('tld.chair', '/api/award-decisions', decisionBody([...ready, notYet]));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('AWARD_DECISION.NOT_READY');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'nominationIds[3]',
        rule: 'not-at-granting-level',
        message: expect.stringContaining('Phùng Thị Nga'),
      }),
    ]);

    // The screen offers what the issue accepts: the three at the Tổng LĐLĐ's sign-off, not the one below.
    const readyIds = async (): Promise<string[]> => {
      const res = await sys.http
        .get(`/api/award-decisions/ready-nominations?issuingUnitId=${u.tongLdld}`)
        .set(await sys.as('tld.chair'));
      expect(res.status).toBe(200);
      return (res.body as { nominationId: string }[]).map((r) => r.nominationId);
    };
    // An approval may answer 202 before the read model shows it: wait for the projection.
    let offered = await readyIds();
    for (let i = 0; i < 150 && !ready.every((id) => offered.includes(id)); i++) {
      await new Promise((r) => setTimeout(r, 200));
      offered = await readyIds();
    }
    expect(offered).toEqual(expect.arrayContaining(ready));
    expect(offered).not.toContain(notYet);
    const readyElsewhere = await sys.http
      .get(`/api/award-decisions/ready-nominations?issuingUnitId=${u.tongLdld}`)
      .set(await sys.as('hn.chair'));
    expect(readyElsewhere.status).toBe(403);

    const forbidden = await post('hn.chair', '/api/award-decisions', decisionBody(ready));
    expect(forbidden.status).toBe(403);

    const key = `decision-${randomUUID()}`;
    const issued = await post('tld.chair', '/api/award-decisions', decisionBody(ready), key);
    expect(issued.status).toBe(201);
    expect(issued.body.number).toBe('1/QĐ-TLĐ');
    expect(issued.body.progress).toMatchObject({ covered: 3, granted: 3 });
    expect(issued.body.annex.map((a: { nomineeName: string }) => a.nomineeName)).toEqual([
      'Nguyễn Thị Thu Hằng',
      'Kiều Văn Toàn',
      'Đỗ Thị Thanh Hà',
    ]);
    const decisionId = issued.body.decisionId as string;

    for (const id of ready) {
      const events = await sys.store.readStream(nominationStreamId(id));
      const grants = events.filter((e) => e.type === 'NominationGranted');
      expect(grants).toHaveLength(1);
      expect(grants[0]!.data).toMatchObject({ decisionId, decisionNumber: '1/QĐ-TLĐ' });
    }

    const again = await post('tld.chair', '/api/award-decisions', decisionBody(ready), key);
    expect(again.status).toBe(201);
    expect(again.body.decisionId).toBe(decisionId);
    expect(again.body.number).toBe('1/QĐ-TLĐ');

    // The register lists it for its unit; the issued ones are no longer offered.
    const register = await sys.http.get('/api/award-decisions').set(await sys.as('tld.chair'));
    expect(register.body).toEqual([
      expect.objectContaining({ decisionId, number: '1/QĐ-TLĐ', date: '2026-12-20', covered: 3 }),
    ]);
    let afterIssue = await readyIds();
    for (let i = 0; i < 150 && ready.some((id) => afterIssue.includes(id)); i++) {
      await new Promise((r) => setTimeout(r, 200));
      afterIssue = await readyIds();
    }
    for (const id of ready) expect(afterIssue).not.toContain(id);

    // The refused list took no number: the next decision is 2, not 3.
    const fourth = await nomination('Trịnh Thị Hồng', 3);
    const second = await post('tld.chair', '/api/award-decisions', decisionBody([fourth]));
    expect(second.status).toBe(201);
    expect(second.body.number).toBe('2/QĐ-TLĐ');

    // A nomination already granted cannot go into another decision.
    const twice = await post('tld.chair', '/api/award-decisions', decisionBody([ready[0]!]));
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0]).toMatchObject({ field: 'nominationIds[0]', rule: 'final' });

    // The decision's PDF says what the events say; its checksum is the one recorded.
    const docs = issued.body.documents as { format: string; url: string; sha256: string }[];
    expect(docs.map((d) => d.format).sort()).toEqual(['docx', 'pdf']);
    const decisionPdf = docs.find((d) => d.format === 'pdf')!;
    const file = await download(decisionPdf.url);
    expect(createHash('sha256').update(file.body).digest('hex')).toBe(decisionPdf.sha256);
    expect(file.sha).toBe(decisionPdf.sha256);
    const text = pdf(file.body, 'decision');
    for (const t of [
      'QUYẾT ĐỊNH',
      'Số: 1/QĐ-TLĐ',
      'Hà Nội, ngày 20 tháng 12 năm 2026',
      'Kiều Văn Toàn',
      'Đỗ Thị Thanh Hà',
      '4.470.000',
      'Kèm theo Quyết định số 1/QĐ-TLĐ ngày 20/12/2026',
    ]) {
      expect(text.text).toContain(t);
    }
    expect(text.pages).toBe(2);
    const stream = await sys.store.readStream(awardDecisionStreamId(decisionId));
    expect(stream.map((e) => e.type)).toEqual([
      'AwardDecisionIssued',
      'AwardDecisionGrantsRecorded',
      'AwardDecisionDocumentGenerated',
      'AwardDecisionDocumentGenerated',
    ]);

    // Certificates: a print run, one per annex line, each downloadable as PDF and DOCX.
    const started = await post('tld.chair', `/api/award-decisions/${decisionId}/certificates`, {});
    expect(started.status).toBe(202);
    let view = issued.body;
    for (let i = 0; i < 600 && view.progress.certificatesPrinted < 3; i++) {
      await new Promise((r) => setTimeout(r, 200));
      view = (await sys.http.get(`/api/award-decisions/${decisionId}`).set(await sys.as('tld.chair'))).body;
    }
    expect(view.progress.certificatesPrinted).toBe(3);
    const line = view.annex[1];
    expect(line.certificate.registerNumber).toBe('1.002');
    const cert = pdf((await download(line.certificate.pdfUrl)).body, 'certificate');
    expect(cert.landscape).toBe(true);
    expect(cert.pages).toBe(1);
    for (const t of [
      'BẰNG KHEN',
      'Kiều Văn Toàn',
      'Quyết định số 1/QĐ-TLĐ ngày 20/12/2026',
      'Số vào sổ: 1.002',
      'Trần Văn Thành',
    ]) {
      expect(cert.text).toContain(t);
    }
    const docx = await download(line.certificate.docxUrl);
    expect(new PizZip(docx.body).file('word/document.xml')!.asText()).toContain('Kiều Văn Toàn');
    // Five nominations climb three levels over HTTP: minutes on a loaded 2-core machine.
  }, 300_000);

  it('revokes by a quyết định thu hồi that refers to the granting decision: recorded on it, each nomination revoked once', async () => {
    const kept = await nomination('Hà Thị Kim Oanh', 3);
    const revoked = await nomination('Vi Văn Thắng', 3);
    const issued = await post('tld.chair', '/api/award-decisions', decisionBody([kept, revoked]));
    expect(issued.status).toBe(201);
    const decisionId: string = issued.body.decisionId;
    const granting: string = issued.body.number;
    const revocation = (nominationIds?: string[]) => ({
      number: '12/QĐ-TLĐ',
      date: '2026-12-28',
      reason: 'Kê khai sai thành tích (kết luận thanh tra số 45/KL-TTr)',
      ...(nominationIds ? { nominationIds } : {}),
    });
    const path = `/api/award-decisions/${decisionId}/revocations`;

    expect((await post('hn.chair', path, revocation([revoked]))).status).toBe(403);
    const malformed = await post('tld.chair', path, { ...revocation([revoked]), number: '12' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toContainEqual(expect.objectContaining({ field: 'number' }));
    const stranger = randomUUID();
    const bad = await post('tld.chair', path, revocation([revoked, stranger]));
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('AWARD_DECISION.NOT_REVOCABLE');
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'nominationIds[1]', rule: 'not-in-annex' })]);

    const key = `revoke-${randomUUID()}`;
    const done = await post('tld.chair', path, revocation([revoked]), key);
    expect(done.status).toBe(200);
    expect(done.body.refused).toEqual([]);
    expect(done.body.revocations).toEqual([
      expect.objectContaining({ number: '12/QĐ-TLĐ', nominationIds: [revoked], applied: [revoked] }),
    ]);
    expect(
      done.body.annex.map((a: { nomineeName: string; revokedBy: string | null }) => [a.nomineeName, a.revokedBy]),
    ).toEqual([
      ['Hà Thị Kim Oanh', null],
      ['Vi Văn Thắng', '12/QĐ-TLĐ'],
    ]);
    // A retry, and a second revocation of the same award, revoke nothing again.
    expect((await post('tld.chair', path, revocation([revoked]), key)).status).toBe(200);
    const twice = await post('tld.chair', path, revocation([revoked]));
    expect(twice.status).toBe(422);
    expect(twice.body.detail).toBe(
      `Không thể thu hồi theo Quyết định số ${granting}: Vi Văn Thắng đã bị thu hồi theo Quyết định số 12/QĐ-TLĐ.`,
    );

    const events = (await sys.store.readStream(nominationStreamId(revoked))).filter(
      (e) => e.type === 'NominationRevoked',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({
      decisionNumber: '12/QĐ-TLĐ',
      grantedBy: { decisionNumber: granting, decisionId },
    });
    const keptEvents = await sys.store.readStream(nominationStreamId(kept));
    expect(keptEvents.some((e) => e.type === 'NominationRevoked')).toBe(false);
    const stream = await sys.store.readStream(awardDecisionStreamId(decisionId));
    expect(stream.filter((e) => e.type.startsWith('AwardDecisionRevocation')).map((e) => e.type)).toEqual([
      'AwardDecisionRevocationIssued',
      'AwardDecisionRevocationsApplied',
    ]);
    // The nomination's page shows both decisions once the read model has the revocation.
    let view = await sys.http.get(`/api/nominations/${revoked}`).set(await sys.as('tld.chair'));
    for (let i = 0; i < 150 && view.body.status !== 'REVOKED'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      view = await sys.http.get(`/api/nominations/${revoked}`).set(await sys.as('tld.chair'));
    }
    expect(view.body.revocation).toMatchObject({
      decisionNumber: '12/QĐ-TLĐ',
      grantedBy: { decisionNumber: granting },
    });
  }, 300_000);

  it('a replacement template with a missing placeholder is refused at upload, naming it; a good one is kept', async () => {
    const zip = new PizZip(defaultDocxTemplate('bang-khen'));
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{hoTen}', ''));
    const broken = zip.generate({ type: 'nodebuffer' });
    const put = async (body: Buffer) =>
      sys.http
        .put(`/api/document-templates/${u.tongLdld}/bang-khen`)
        .set(await sys.as('tld.chair'))
        .set('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .send(body);
    const refused = await put(broken);
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'template.{hoTen}', rule: 'missing' })]);
    const ok = await put(defaultDocxTemplate('bang-khen'));
    expect(ok.status).toBe(200);
    const list = await sys.http.get(`/api/document-templates/${u.tongLdld}`).set(await sys.as('tld.chair'));
    expect(list.body.find((k: { kind: string }) => k.kind === 'bang-khen').replaced).toMatchObject({
      sha256: ok.body.sha256,
    });
  });
});
