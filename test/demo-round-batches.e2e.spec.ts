import { seedDemoRoundBatches } from '../scripts/lib/demo-round-batches';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

/**
 * `npm start`'s round as offices run it: two CĐCS batches for Chiến sĩ thi đua cơ sở and the council
 * session of Công đoàn Viên chức tỉnh (the vote the title requires, ≥ 80 % of all members: NĐ 98/2023
 * Art. 30(7), carried over by NĐ 152/2025; ties for the last slot go to women: NĐ 152/2025 Art. 4(6)).
 */
describe('demo round batches and council session (npm start)', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem({ listen: true, demo: true });
  }, 120_000);
  afterAll(() => sys?.close());

  it('ranks the candidates with the women-first tie-break and sends the results to the nominations', async () => {
    const lines: string[] = [];
    const { batchIds, sessionId } = await seedDemoRoundBatches(sys.baseUrl ?? '', (l) => lines.push(l));
    expect(batchIds).toHaveLength(2);
    expect(lines.join('\n')).toContain(sessionId);
    const chair = await sys.as('vccb.chair');
    const session = (await sys.http.get(`/api/council-sessions/${sessionId}`).set(chair).expect(200)).body;
    expect(session.status).toBe('concluded');
    const byName = new Map(
      session.ranking.ranked.map((r: { name: string; selected: boolean; passed: boolean; note: string }) => [
        r.name,
        r,
      ]),
    );
    expect(byName.get('Đàm Văn Khải')).toMatchObject({ selected: true });
    expect(byName.get('Nông Thị Thanh Hương')).toMatchObject({
      selected: true,
      note: expect.stringContaining('Ưu tiên nữ'),
    });
    expect(byName.get('Lương Văn Bảo')).toMatchObject({ selected: false, passed: true, note: 'Ngoài chỉ tiêu' });
    expect(byName.get('Mã Thị Lụa')).toMatchObject({ passed: false });
    expect(session.documents.map((d: { format: string }) => d.format).sort()).toEqual(['docx', 'pdf']);
    const outcome = new Map(
      session.convened.candidates.map((c: { name: string; nominationId: string }) => [c.name, c.nominationId]),
    );
    const statusOf = async (name: string) => {
      const res = await sys.http.get(`/api/nominations/${outcome.get(name)}`).set(chair);
      return res.body.status as string;
    };
    for (let i = 0; i < 300 && (await statusOf('Mã Thị Lụa')) !== 'REJECTED'; i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await statusOf('Đàm Văn Khải')).toBe('AWAITING_SIGNATURE');
    expect(await statusOf('Nông Thị Thanh Hương')).toBe('AWAITING_SIGNATURE');
    expect(await statusOf('Lương Văn Bảo')).toBe('AWAITING_VOTE');
    expect(await statusOf('Mã Thị Lụa')).toBe('REJECTED');
    const batches = (await sys.http.get('/api/submission-batches').set(chair).expect(200)).body;
    expect(batches.filter((b: { id: string }) => batchIds.includes(b.id))).toHaveLength(2);
  }, 400_000);
});
