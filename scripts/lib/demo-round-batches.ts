import { randomUUID } from 'node:crypto';
import { demoUnitIds as u, sampleAttachment } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';

/*
 * The round as Cao Bằng's offices run it, through the public HTTP API: two CĐCS send one đề nghị
 * each (Bằng khen LĐLĐ tỉnh, campaign "Giỏi việc nước" with the full procedure); every nominee climbs
 * CĐCS → Công đoàn Viên chức tỉnh (appraisal, vote, sign-off) to the LĐLĐ tỉnh's vote step, where
 * the province's Hội đồng TĐKT meets once: quorum, one ballot per candidate on all members, two
 * quota slots filled by rank with the women-first tie-break, the results sent to each nomination,
 * and the biên bản generated.
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

/** Votes of the province council (7 members, 6 present, the absent one in writing), by nominee. */
const BALLOTS: Record<string, { votesFor: number; writtenFor: number }> = {
  'Đàm Văn Khải': { votesFor: 6, writtenFor: 1 },
  // Equal votes at the last slot: the woman comes first (NĐ 152/2025 Art. 4(6)).
  'Nông Thị Thanh Hương': { votesFor: 5, writtenFor: 0 },
  'Lương Văn Bảo': { votesFor: 5, writtenFor: 0 },
  'Hoàng Văn Tùng': { votesFor: 4, writtenFor: 0 },
  'Mã Thị Lụa': { votesFor: 2, writtenFor: 0 },
};

const TALLY = {
  membersTotal: 7,
  present: 6,
  votesFor: 5,
  votesAgainst: 1,
  abstentions: 0,
  writtenFor: 1,
  writtenAgainst: 0,
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
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      submissionLetterNumber: b.letter,
      sharedAttachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BIEN_BAN')],
      rows: b.people.map((p) => ({
        awardCode: 'BK_TINH',
        nominee: {
          kind: 'person',
          ...p,
          birthYear: 1983,
          isLeader: p.position.startsWith('Chánh'),
          isDirectWorker: !p.position.startsWith('Chánh'),
          personKey: `DEMO-BATCH-${p.fullName}`,
        },
        achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; tích cực trong phong trào thi đua "Giỏi việc nước".',
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
  // Each nominee climbs: the CĐCS and the Công đoàn Viên chức appraise, vote and sign; the LĐLĐ tỉnh takes it in.
  for (const n of nominations) {
    const step = (name: string) => `/api/nominations/${n.id}/${name}`;
    await client.call('POST', step('appraisal'), n.chair, {});
    await client.call('POST', step('vote'), n.chair, { ...TALLY, minutesNumber: '03/BB-CĐCS' });
    await client.call('POST', step('decisions'), n.chair, { decision: 'approve' });
    await client.call('POST', step('intake'), 'vccb.reviewer', { complete: true });
    await client.call('POST', step('appraisal'), 'vccb.reviewer', {});
    await client.call('POST', step('vote'), 'vccb.chair', { ...TALLY, minutesNumber: '11/BB-HĐTĐKT' });
    await client.call('POST', step('decisions'), 'vccb.chair', { decision: 'approve' });
    await client.call('POST', step('intake'), 'cb.reviewer', { complete: true });
    await client.call('POST', step('appraisal'), 'cb.reviewer', {});
  }
  const members = [
    { memberId: 'cb-hd-1', name: 'Nông Văn Đức', position: 'Chủ tịch LĐLĐ tỉnh', role: 'chair' },
    { memberId: 'cb-hd-2', name: 'Hà Thị Mai', position: 'Trưởng ban Tổ chức', role: 'secretary' },
    { memberId: 'cb-hd-3', name: 'Đàm Thị Lan', position: 'Phó Chủ tịch LĐLĐ tỉnh', role: 'member' },
    { memberId: 'cb-hd-4', name: 'Bế Văn Hùng', position: 'Chủ tịch Công đoàn Viên chức tỉnh', role: 'member' },
    { memberId: 'cb-hd-5', name: 'Lục Thị Thu', position: 'Trưởng ban Chính sách – Pháp luật', role: 'member' },
    { memberId: 'cb-hd-6', name: 'Triệu Văn Sáng', position: 'Chánh Văn phòng LĐLĐ tỉnh', role: 'member' },
    { memberId: 'cb-hd-7', name: 'Lương Thị Mến', position: 'Trưởng ban Nữ công', role: 'member' },
  ];
  const session = await client.call('POST', '/api/council-sessions', 'cb.chair', {
    councilUnitId: u.ldldCaoBang,
    title: 'Phiên họp Hội đồng Thi đua – Khen thưởng xét tặng Bằng khen đợt "Giỏi việc nước" năm 2026',
    rosterAsOf: '2026-12-10',
    members,
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    awardCode: 'BK_TINH',
    batchIds,
    slots: 2,
  });
  const sessionId = session.id as string;
  await client.call('POST', `/api/council-sessions/${sessionId}/open`, 'cb.chair', {
    present: members.slice(0, 6).map((m) => m.memberId),
  });
  const candidates = session.convened.candidates as { nominationId: string; name: string }[];
  await client.call('POST', `/api/council-sessions/${sessionId}/ballots`, 'cb.chair', {
    ballots: candidates.map((c) => {
      const b = BALLOTS[c.name] ?? { votesFor: 4, writtenFor: 0 };
      return { nominationId: c.nominationId, ...b, votesAgainst: 6 - b.votesFor, writtenAgainst: 1 - b.writtenFor };
    }),
  });
  await client.call('POST', `/api/council-sessions/${sessionId}/conclusion`, 'cb.chair', {
    minutesNumber: '07/BB-HĐTĐKT',
  });
  await client.call('POST', `/api/council-sessions/${sessionId}/bien-ban`, 'cb.chair', {
    place: 'Cao Bằng',
    location: 'Hội trường Liên đoàn Lao động tỉnh Cao Bằng',
    startedAt: 'Vào lúc 08 giờ 30 ngày 10/12/2026',
    endedAt: 'Phiên họp kết thúc lúc 11 giờ 00 cùng ngày',
  });
  log(
    `đề nghị ${BATCHES.map((b) => b.letter).join(', ')} and the LĐLĐ tỉnh Cao Bằng council session ` +
      `(GET /api/council-sessions/${sessionId} as cb.chair) with its biên bản`,
  );
  return { batchIds, sessionId };
}
