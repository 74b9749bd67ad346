import { seedDemoAwardRound } from '../scripts/lib/demo-award-round';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

/** `npm start`'s award round: a Tổng LĐLĐ quyết định over four Cao Bằng nominations, certificates printed. */
describe('demo award round (npm start)', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem({ listen: true, demo: true });
  }, 120_000);
  afterAll(() => sys?.close());

  it('issues the decision through the API and its certificates become downloadable', async () => {
    const lines: string[] = [];
    const { decisionId, number } = await seedDemoAwardRound(sys.baseUrl ?? '', (l) => lines.push(l));
    expect(number).toBe('1/QĐ-TLĐ');
    expect(lines.join('\n')).toContain(decisionId);
    const chair = await sys.as('tld.chair');
    let view = (await sys.http.get(`/api/award-decisions/${decisionId}`).set(chair).expect(200)).body;
    for (let i = 0; i < 600 && view.progress.certificatesPrinted < 4; i++) {
      await new Promise((r) => setTimeout(r, 200));
      view = (await sys.http.get(`/api/award-decisions/${decisionId}`).set(chair).expect(200)).body;
    }
    expect(view.progress).toMatchObject({ covered: 4, granted: 4, certificatesPrinted: 4 });
    expect(view.annex.map((a: { nomineeName: string }) => a.nomineeName)).toEqual([
      'Nông Thị Hoa',
      'Lý Văn Thắng',
      'Hoàng Văn Minh',
      'Triệu Thị Yến',
    ]);
    // The nominating CĐCS reads the decision and downloads its people's certificates.
    const cdcs = await sys.as('snv.chair');
    const certificate = await sys.http.get(view.annex[0].certificate.pdfUrl).set(cdcs);
    expect(certificate.status).toBe(200);
    expect(certificate.headers['content-type']).toBe('application/pdf');
  }, 300_000);
});
