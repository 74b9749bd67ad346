import { randomUUID } from 'node:crypto';
import { sampleAttachment, sampleDossier, type AttachmentKind, type Dossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';
import { demoPaperDisclosure } from './demo-api-client';

/*
 * Demo nominations in every state the engine has, created through the public HTTP API as the
 * demo users would (so they are real workflows with real event histories), only on an empty system.
 */

/** One request a demo user makes on a nomination: POST /api/nominations/:id/<path> (or /api/admin/nominations/…). */
type Action = { as: string; path: string; body: object; admin?: true; answer?: { as: string; body: object } };

interface DemoNomination {
  nominator: string;
  unitId: string;
  awardCode: string;
  campaignId: string;
  nominee: Dossier['nominee'];
  actions: Action[];
  /** Attachments the award needs beyond the standard dossier. */
  extraAttachments?: AttachmentKind[];
}

const approve = (as: string, decisionNumber?: string): Action => ({
  as,
  path: 'decisions',
  body: { decision: 'approve', ...(decisionNumber ? { decisionNumber } : {}) },
});
const decide = (as: string, decision: 'return' | 'reject', reason: string): Action => ({
  as,
  path: 'decisions',
  body: { decision, reason },
});
const intake = (as: string): Action => ({ as, path: 'intake', body: { complete: true } });
const appraisal = (as: string): Action => ({
  as,
  path: 'appraisal',
  body: { note: 'Đã đối chiếu hồ sơ và điều kiện.' },
});
/** The chair records the disclosure the unit already held on paper, so the nomination may go up now. */
const heldOnPaper = (as: string): Action => ({ as, path: 'paper-disclosure', body: demoPaperDisclosure() });
const person = (fullName: string, gender: 'male' | 'female', position: string, isDirectWorker = true) =>
  ({
    kind: 'person',
    fullName,
    gender,
    birthYear: 1980 + (fullName.length % 15),
    position,
    isLeader: false,
    isDirectWorker,
  }) as const;

/*
 * Every route runs through units that exist in 2026 (the 2025 reorganisation is recorded first):
 * CĐCS BVĐK Đan Phượng → Công đoàn xã Đan Phượng → LĐLĐ TP Hà Nội; CĐCS Sở Nội vụ → CĐ Viên chức
 * tỉnh Cao Bằng → LĐLĐ tỉnh Cao Bằng; CĐCS TTYT Châu Thành A → Công đoàn xã Châu Thành A → LĐLĐ TP
 * Cần Thơ; CĐCS Tiểu học Hồng Việt → Công đoàn xã Hòa An → LĐLĐ tỉnh Cao Bằng; then Tổng LĐLĐ.
 *
 * Both rounds follow rule set 2025.1 (NĐ 152/2025): each level takes the dossier in, appraises it
 * and signs, and the list is posted publicly for five working days at the nominating unit first
 * (Law 06/2022 Art. 84(5)). The annual round's nominations were entered as the posting began, so in
 * the days after `npm start` they are at the nominating unit — posted, appraised, objected to and
 * answered, returned, rejected, held, withdrawn or cancelled. The procedure each one pinned shows the
 * council vote where NĐ 98/2023 Art. 30(7) requires it (Chiến sĩ thi đua at Tổng LĐLĐ, Cờ thi đua at
 * the province, where the Cờ waits for it) and none for Bằng khen or Giấy khen. The thematic round's
 * units held their disclosure on paper before entering the dossiers and record it, so its
 * nominations show the later states: forwarded, taken in, granted, revoked.
 */
const demo: DemoNomination[] = [
  // The annual round (2025.1): posted publicly at the nominating unit.
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Nguyễn Thị Lan Anh', 'female', 'Điều dưỡng trưởng khoa Nội'),
    actions: [
      appraisal('bvdp.reviewer'),
      {
        as: 'bvdp.reviewer',
        path: 'objections',
        body: { text: 'Đề nghị làm rõ số năm hoàn thành xuất sắc nhiệm vụ.', objectorName: 'Một viên chức khoa Nội' },
        answer: {
          as: 'bvdp.chair',
          body: { answer: 'Đã đối chiếu quyết định công nhận năm 2024 và 2025; đủ điều kiện.', upheld: false },
        },
      },
    ],
  },
  {
    nominator: 'snv.nominator',
    unitId: 'cdcs-so-noi-vu-cao-bang',
    awardCode: 'BK_TINH',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Nông Văn Thạch', 'male', 'Chuyên viên Phòng Tổ chức biên chế', false),
    actions: [appraisal('snv.chair')],
  },
  {
    nominator: 'ttyt.nominator',
    unitId: 'cdcs-ttyt-chau-thanh-a',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Lê Thị Cẩm Tú', 'female', 'Hộ sinh, Khoa Sản'),
    actions: [],
  },
  {
    nominator: 'hv.nominator',
    unitId: 'cdcs-th-hong-viet',
    awardCode: 'CSTD_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Hoàng Thị Pấu', 'female', 'Giáo viên Tiểu học'),
    extraAttachments: ['SANG_KIEN'],
    actions: [],
  },
  // Cờ thi đua LĐLĐ tỉnh for a grassroots union: the province's council votes on it.
  {
    nominator: 'ctk.nominator',
    unitId: 'cdcs-cuc-thong-ke-cao-bang',
    awardCode: 'CO_TINH',
    campaignId: demoCampaignIds.annual2026,
    nominee: {
      kind: 'collective',
      name: 'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng',
      memberCount: 45,
      womenShare: 0.58,
    },
    // Disclosed on paper, then up to the province, whose council must vote on a Cờ (≥ 80 % of all members).
    actions: [
      heldOnPaper('ctk.chair'),
      appraisal('ctk.chair'),
      approve('ctk.chair', '12/TTr-CĐCS'),
      intake('vccb.reviewer'),
      appraisal('vccb.reviewer'),
      approve('vccb.chair', '19/TTr-CĐVC'),
      intake('cb.reviewer'),
      appraisal('cb.reviewer'),
    ],
  },
  // Cancelled by an administrator (an intervention on the record, with its reason).
  {
    nominator: 'snv.nominator',
    unitId: 'cdcs-so-noi-vu-cao-bang',
    awardCode: 'GK',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Đàm Văn Lực', 'male', 'Lái xe cơ quan'),
    actions: [
      {
        as: 'sysadmin',
        path: 'cancellation',
        admin: true,
        body: { reason: 'Hồ sơ lập trùng với hồ sơ đã gửi ở đợt chuyên đề; hủy theo đề nghị của đơn vị.' },
      },
    ],
  },
  // Returned for revision, rejected, held, withdrawn.
  {
    nominator: 'snv.nominator',
    unitId: 'cdcs-so-noi-vu-cao-bang',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Bế Thị Duyên', 'female', 'Chuyên viên Văn phòng Sở', false),
    actions: [
      appraisal('snv.chair'),
      decide('snv.chair', 'return', 'Biên bản họp bình xét thiếu chữ ký thư ký; đề nghị bổ sung.'),
    ],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'BK_TINH',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Trần Văn Dũng', 'male', 'Nhân viên bảo vệ'),
    actions: [decide('bvdp.chair', 'reject', 'Chưa đủ hai năm liền hoàn thành xuất sắc nhiệm vụ.')],
  },
  {
    nominator: 'hv.nominator',
    unitId: 'cdcs-th-hong-viet',
    awardCode: 'GK',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Lương Văn Cường', 'male', 'Giáo viên Thể dục'),
    actions: [
      { as: 'hv.chair', path: 'hold', body: { kind: 'complaint', reason: 'Có đơn phản ánh đang được xác minh.' } },
    ],
  },
  {
    nominator: 'ttyt.nominator',
    unitId: 'cdcs-ttyt-chau-thanh-a',
    awardCode: 'GK',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Võ Thị Bích Ngọc', 'female', 'Dược sĩ'),
    actions: [
      {
        as: 'ttyt.nominator',
        path: 'withdrawal',
        body: { reason: 'Cá nhân đang được xem xét khen thưởng ở hình thức khác.' },
      },
    ],
  },
  // The thematic campaign "Giỏi việc nước, đảm việc nhà" (rule set 2025.1): the steps of each level.
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Kiều Thị Thanh Xuân', 'female', 'Nữ hộ sinh, Khoa Sản'),
    actions: [],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Phan Thị Mai Hương', 'female', 'Kế toán viên'),
    actions: [appraisal('bvdp.reviewer')],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Đặng Thị Hồng Vân', 'female', 'Điều dưỡng, Khoa Nhi'),
    actions: [heldOnPaper('bvdp.chair'), appraisal('bvdp.reviewer')],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Nguyễn Thị Bích Thủy', 'female', 'Dược sĩ, Khoa Dược'),
    actions: [
      heldOnPaper('bvdp.chair'),
      appraisal('bvdp.reviewer'),
      approve('bvdp.chair', '21/TTr-CĐCS'),
      intake('xdp.reviewer'),
    ],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Lê Thị Ngọc Ánh', 'female', 'Kỹ thuật viên chẩn đoán hình ảnh'),
    actions: [
      appraisal('bvdp.reviewer'),
      { as: 'bvdp.chair', path: 'hold', body: { kind: 'complaint', reason: 'Có đơn phản ánh đang được xác minh.' } },
    ],
  },
  // Forwarded to the commune union, not yet taken in.
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Phùng Văn Hải', 'male', 'Bác sĩ khoa Cấp cứu'),
    actions: [heldOnPaper('bvdp.chair'), appraisal('bvdp.reviewer'), approve('bvdp.chair', '23/TTr-CĐCS')],
  },
  // Granted by the commune union (Giấy khen).
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Nguyễn Văn Toản', 'male', 'Kỹ sư thiết bị y tế'),
    actions: [
      heldOnPaper('bvdp.chair'),
      appraisal('bvdp.reviewer'),
      approve('bvdp.chair', '24/TTr-CĐCS'),
      intake('xdp.reviewer'),
      appraisal('xdp.reviewer'),
      approve('xdp.chair', '119/QĐ-CĐX'),
    ],
  },
  // Waiting at the city federation, claimed by one of its reviewers (the inbox shows who holds it).
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'BK_TINH_CD',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Nguyễn Thị Hồng Nhung', 'female', 'Điều dưỡng, Khoa Hồi sức'),
    actions: [
      heldOnPaper('bvdp.chair'),
      appraisal('bvdp.reviewer'),
      approve('bvdp.chair', '25/TTr-CĐCS'),
      intake('xdp.reviewer'),
      appraisal('xdp.reviewer'),
      approve('xdp.chair', '34/TTr-CĐX'),
      { as: 'hn.reviewer', path: 'claim', body: {} },
    ],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Trần Thị Thu Hiền', 'female', 'Hộ lý'),
    actions: [
      heldOnPaper('bvdp.chair'),
      appraisal('bvdp.reviewer'),
      approve('bvdp.chair', '22/TTr-CĐCS'),
      intake('xdp.reviewer'),
      appraisal('xdp.reviewer'),
      approve('xdp.chair', '118/QĐ-CĐX'),
      {
        as: 'xdp.chair',
        path: 'revocation',
        body: { reason: 'Thành tích kê khai không đúng theo kết luận 12/KL.', decisionNumber: '131/QĐ-CĐX' },
      },
    ],
  },
];

/** How long a demo step waits for the read model to show the previous one. */
const STALE_READ_RETRY_MS = 60_000;

class DemoClient {
  private tokens = new Map<string, string>();
  constructor(private readonly apiUrl: string) {}

  private async token(username: string): Promise<string> {
    const known = this.tokens.get(username);
    if (known) return known;
    const res = await this.call('POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD });
    const token = (res as { accessToken: string }).accessToken;
    this.tokens.set(username, token);
    return token;
  }

  async call(method: string, path: string, as?: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': randomUUID() };
    if (as) headers.authorization = `Bearer ${await this.token(as)}`;
    // A command answers once the read model shows it, or after a bounded wait; on a busy machine
    // the next step can reach the API before the read model has the nomination (404) or its new
    // task (409). The seeder retries that step with the same Idempotency-Key, so it acts once.
    const deadline = Date.now() + STALE_READ_RETRY_MS;
    for (;;) {
      const res = await fetch(`${this.apiUrl}${path}`, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      if (res.ok) return text ? JSON.parse(text) : undefined;
      const stale = method === 'POST' && path.startsWith('/api/') && (res.status === 404 || res.status === 409);
      if (!stale || Date.now() > deadline)
        throw new Error(`${method} ${path} as ${as ?? 'anonymous'}: ${res.status} ${text.slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Creates the demo nominations through the API unless nominations already exist; returns how many. */
export async function seedDemoNominations(
  apiUrl: string,
  log: (line: string) => void,
  now: () => Date = () => new Date(),
): Promise<number> {
  const client = new DemoClient(apiUrl);
  const existing = (await client.call('GET', '/api/nominations?limit=1', 'tld.auditor')) as { items: unknown[] };
  if (existing.items.length > 0) return 0;
  log('creating demo nominations in every state through the API…');
  for (const d of demo) {
    const created = (await client.call('POST', '/api/nominations', d.nominator, {
      nominatingUnitId: d.unitId,
      awardCode: d.awardCode,
      campaignId: d.campaignId,
      dossier: (() => {
        const dossier = sampleDossier();
        const extra = (d.extraAttachments ?? []).map((kind) => sampleAttachment(kind));
        return { ...dossier, nominee: d.nominee, attachments: [...dossier.attachments, ...extra] };
      })(),
    })) as { nominationId?: string };
    const id = created.nominationId;
    if (!id) throw new Error(`POST /api/nominations returned no id: ${JSON.stringify(created).slice(0, 300)}`);
    for (const action of d.actions) {
      const base = action.admin ? '/api/admin/nominations' : '/api/nominations';
      if (action.path === 'objections') await disclosureOpen(client, id, action.as);
      const res = (await client.call('POST', `${base}/${id}/${action.path}`, action.as, action.body)) as {
        objectionId?: string;
      };
      if (action.answer && res.objectionId) {
        const answer = `${base}/${id}/objections/${res.objectionId}/answer`;
        await client.call('POST', answer, action.answer.as, action.answer.body);
      }
    }
  }
  await delegateWhileOnLeave(client, now());
  return demo.length;
}

/** Waits until the workflow has posted the nomination publicly (it does so right after the submission). */
async function disclosureOpen(client: DemoClient, id: string, as: string): Promise<void> {
  const deadline = Date.now() + STALE_READ_RETRY_MS;
  for (;;) {
    // A read model a moment behind answers 404 or shows no posting yet: both are retried.
    const view = (await client.call('GET', `/api/nominations/${id}`, as).catch(() => undefined)) as
      { disclosure?: { state?: string } } | undefined;
    if (view?.disclosure?.state === 'open') return;
    if (Date.now() > deadline) throw new Error(`nomination ${id} was not posted publicly`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** The Cao Bằng province chair is on leave: their reviewer acts for them for two weeks (on behalf of). */
async function delegateWhileOnLeave(client: DemoClient, now: Date): Promise<void> {
  const page = (await client.call('GET', '/api/admin/users?q=cb.reviewer', 'sysadmin')) as {
    items: Array<{ id: string; username: string }>;
  };
  const delegate = page.items.find((u) => u.username === 'cb.reviewer');
  if (!delegate) throw new Error('demo user cb.reviewer not found');
  await client.call('POST', '/api/delegations', 'cb.chair', {
    delegateUserId: delegate.id,
    unitId: 'ldld-cao-bang',
    endsAt: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
    reason: 'Nghỉ phép năm; đồng chí Đàm Thị Lan xử lý hồ sơ thay trong thời gian vắng mặt.',
  });
}
