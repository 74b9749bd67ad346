import { randomUUID } from 'node:crypto';
import { demoUnitIds as u, sampleAttachment } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';
import { demoPaperDisclosure } from './demo-api-client';

/*
 * The round as Cao Bằng's offices run it, through the public HTTP API: two CĐCS send one đề nghị
 * each for the title Chiến sĩ thi đua cơ sở in the annual round (rule set 2025.1); each records the
 * public disclosure it held on paper (Law 06/2022 Art. 84(5)), appraises and signs, and every nominee
 * reaches the vote step of Công đoàn Viên chức tỉnh, which grants the title: its Hội đồng TĐKT meets
 * once (the vote is mandatory for the title, ≥ 80 % of all members, NĐ 98/2023 Art. 30(7), carried
 * over by NĐ 152/2025): quorum, one ballot per candidate, two quota slots filled by rank with the
 * women-first tie-break (NĐ 152/2025 Art. 4(6)), the results sent to each nomination, and the biên
 * bản generated. (A Bằng khen has no council vote under 2025.1, so the session is on a title.)
 */

type Json = Record<string, unknown> & { [k: string]: any };

class Client {
  private tokens = new Map<string, string>();
  constructor(private readonly apiUrl: string) {}

  async call(method: string, path: string, as: string, body?: unknown, key = randomUUID()): Promise<Json> {
    let token = this.tokens.get(as);
    if (!token) {
      const login = await fetch(`${this.apiUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: as, password: DEMO_PASSWORD }),
      });
      token = ((await login.json()) as { accessToken: string }).accessToken;
      this.tokens.set(as, token);
    }
    const res = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'idempotency-key': key, authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} as ${as}: ${res.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : {}) as Json;
  }
}

const BATCHES = [
  {
    nominator: 'snv.nominator',
    chair: 'snv.chair',
    unitId: u.cdcsSoNoiVuCaoBang,
    letter: '15/TTr-CĐCS',
    people: [
      { fullName: 'Đàm Văn Khải', gender: 'male', position: 'Chánh Văn phòng Sở' },
      { fullName: 'Nông Thị Thanh Hương', gender: 'female', position: 'Chuyên viên phòng Công chức, viên chức' },
      { fullName: 'Hoàng Văn Tùng', gender: 'male', position: 'Chuyên viên phòng Tổ chức – Biên chế' },
    ],
  },
  {
    nominator: 'ctk.nominator',
    chair: 'ctk.chair',
    unitId: u.cdcsCucThongKeCaoBang,
    letter: '08/TTr-CĐCS',
    people: [
      { fullName: 'Lương Văn Bảo', gender: 'male', position: 'Thống kê viên chính' },
      { fullName: 'Mã Thị Lụa', gender: 'female', position: 'Kiểm soát viên thống kê' },
    ],
  },
] as const;

/** Votes of the council (7 members, 6 present, the absent one in writing), by nominee: 6 of 7 pass (≥ 80 %). */
const BALLOTS: Record<string, { votesFor: number; writtenFor: number }> = {
  'Đàm Văn Khải': { votesFor: 6, writtenFor: 1 },
  // Equal votes at the last slot: the woman comes first (NĐ 152/2025 Art. 4(6)).
  'Nông Thị Thanh Hương': { votesFor: 5, writtenFor: 1 },
  'Lương Văn Bảo': { votesFor: 5, writtenFor: 1 },
  'Hoàng Văn Tùng': { votesFor: 4, writtenFor: 0 },
  'Mã Thị Lụa': { votesFor: 2, writtenFor: 0 },
};

/** Seeds the two batches and the province council session; returns the session id. */
export async function seedDemoRoundBatches(
  apiUrl: string,
  log: (line: string) => void,
): Promise<{ batchIds: string[]; sessionId: string }> {
  const client = new Client(apiUrl);
  const batchIds: string[] = [];
  const nominations: { id: string; chair: string }[] = [];
  for (const b of BATCHES) {
    const batch = await client.call('POST', '/api/submission-batches', b.nominator, {
      submittingUnitId: b.unitId,
      campaignId: demoCampaignIds.annual2026,
      submissionLetterNumber: b.letter,
      sharedAttachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BIEN_BAN')],
      rows: b.people.map((p) => ({
        awardCode: 'CSTD_CS',
        nominee: {
          kind: 'person',
          ...p,
          birthYear: 1983,
          isLeader: p.position.startsWith('Chánh'),
          isDirectWorker: !p.position.startsWith('Chánh'),
          personKey: `DEMO-BATCH-${p.fullName}`,
        },
        achievements: 'Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ năm 2026; có sáng kiến được công nhận.',
        attachments: [sampleAttachment('BAO_CAO_THANH_TICH')],
      })),
    });
    const id = batch.id as string;
    batchIds.push(id);
    let view = batch;
    for (let i = 0; i < 600 && view.progress.pending > 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      view = await client.call('GET', `/api/submission-batches/${id}`, b.nominator);
    }
    await client.call('POST', `/api/submission-batches/${id}/to-trinh`, b.nominator, {
      place: 'Cao Bằng',
      recipient: 'Công đoàn Viên chức tỉnh Cao Bằng',
      signer: {
        capacity: 'TM. Ban Chấp hành',
        title: 'Chủ tịch',
        name: b.chair === 'snv.chair' ? 'Lý Văn Thắng' : 'Triệu Thị Yến',
      },
    });
    for (const row of view.rows as { nominationId: string }[])
      nominations.push({ id: row.nominationId, chair: b.chair });
  }
  // Each nominee climbs: the CĐCS records its disclosure, appraises and signs; Công đoàn Viên chức takes it in and appraises.
  for (const n of nominations) {
    const step = (name: string) => `/api/nominations/${n.id}/${name}`;
    await client.call('POST', step('paper-disclosure'), n.chair, demoPaperDisclosure());
    await client.call('POST', step('appraisal'), n.chair, {});
    await client.call('POST', step('decisions'), n.chair, { decision: 'approve' });
    await client.call('POST', step('intake'), 'vccb.reviewer', { complete: true });
    await client.call('POST', step('appraisal'), 'vccb.reviewer', {});
  }
  const members = [
    { memberId: 'vc-hd-1', name: 'Bế Văn Hùng', position: 'Chủ tịch Công đoàn Viên chức tỉnh', role: 'chair' },
    { memberId: 'vc-hd-2', name: 'Hà Thị Mai', position: 'Trưởng ban Tổ chức', role: 'secretary' },
    { memberId: 'vc-hd-3', name: 'Lục Thị Thu', position: 'Phó Chủ tịch Công đoàn Viên chức tỉnh', role: 'member' },
    { memberId: 'vc-hd-4', name: 'Triệu Văn Sáng', position: 'Chánh Văn phòng', role: 'member' },
    { memberId: 'vc-hd-5', name: 'Lương Thị Mến', position: 'Trưởng ban Nữ công', role: 'member' },
    { memberId: 'vc-hd-6', name: 'Nông Văn Tài', position: 'Trưởng ban Chính sách – Pháp luật', role: 'member' },
    { memberId: 'vc-hd-7', name: 'Hoàng Thị Liên', position: 'Ủy viên Ban Thường vụ', role: 'member' },
  ];
  const session = await client.call('POST', '/api/council-sessions', 'vccb.chair', {
    councilUnitId: u.cdVienChucCaoBang,
    title: 'Phiên họp Hội đồng Thi đua – Khen thưởng xét tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026',
    rosterAsOf: '2026-12-10',
    members,
    campaignId: demoCampaignIds.annual2026,
    awardCode: 'CSTD_CS',
    batchIds,
    slots: 2,
  });
  const sessionId = session.id as string;
  await client.call('POST', `/api/council-sessions/${sessionId}/open`, 'vccb.chair', {
    present: members.slice(0, 6).map((m) => m.memberId),
  });
  const candidates = session.convened.candidates as { nominationId: string; name: string }[];
  await client.call('POST', `/api/council-sessions/${sessionId}/ballots`, 'vccb.chair', {
    ballots: candidates.map((c) => {
      const b = BALLOTS[c.name] ?? { votesFor: 4, writtenFor: 0 };
      return { nominationId: c.nominationId, ...b, votesAgainst: 6 - b.votesFor, writtenAgainst: 1 - b.writtenFor };
    }),
  });
  await client.call('POST', `/api/council-sessions/${sessionId}/conclusion`, 'vccb.chair', {
    minutesNumber: '07/BB-HĐTĐKT',
  });
  await client.call('POST', `/api/council-sessions/${sessionId}/bien-ban`, 'vccb.chair', {
    place: 'Cao Bằng',
    location: 'Phòng họp Công đoàn Viên chức tỉnh Cao Bằng',
    startedAt: 'Vào lúc 08 giờ 30 ngày 10/12/2026',
    endedAt: 'Phiên họp kết thúc lúc 11 giờ 00 cùng ngày',
  });
  log(
    `đề nghị ${BATCHES.map((b) => b.letter).join(', ')} and the Công đoàn Viên chức tỉnh Cao Bằng council session ` +
      `(GET /api/council-sessions/${sessionId} as vccb.chair) with its biên bản`,
  );
  return { batchIds, sessionId };
}
