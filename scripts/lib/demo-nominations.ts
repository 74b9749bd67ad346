import { randomUUID } from 'node:crypto';
import { sampleDossier, type Dossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';

/*
 * Demo nominations in every state the engine has, created through the public HTTP API as the
 * demo users would (so they are real workflows with real event histories), only on an empty system.
 */

/** One request a demo user makes on a nomination: POST /api/nominations/:id/<path> (or /api/admin/nominations/…). */
type Action = { as: string; path: string; body: object; admin?: true };

interface DemoNomination {
  nominator: string;
  unitId: string;
  awardCode: string;
  campaignId: string;
  nominee: Dossier['nominee'];
  actions: Action[];
}

// The four-level chains of the demo tree (CĐCS chair → district → province → Tổng LĐLĐ).
const danPhuong = ['bvdp.chair', 'dp.chair', 'hn.chair', 'tld.chair'];
const vienChucCaoBang = ['snv.chair', 'vccb.chair', 'cb.chair', 'tld.chair'];
const chauThanhA = ['ttyt.chair', 'cta.chair', 'hg.chair', 'tld.chair'];
const hoaAn = ['hv.chair', 'xha.chair', 'cb.chair', 'tld.chair'];

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
// Under rule set 2024.2 (the thematic campaign) each level records its steps before the sign-off.
const council = {
  membersTotal: 9,
  present: 8,
  votesFor: 7,
  votesAgainst: 1,
  abstentions: 0,
  writtenFor: 1,
  writtenAgainst: 0,
};
const intake = (as: string): Action => ({ as, path: 'intake', body: { complete: true } });
const appraisal = (as: string): Action => ({
  as,
  path: 'appraisal',
  body: { note: 'Đã đối chiếu hồ sơ và điều kiện.' },
});
const vote = (as: string, minutesNumber: string): Action => ({ as, path: 'vote', body: { ...council, minutesNumber } });
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

const demo: DemoNomination[] = [
  // Granted at the national level, and at the province.
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Nguyễn Thị Lan Anh', 'female', 'Điều dưỡng trưởng khoa Nội'),
    actions: [...danPhuong.slice(0, 3).map((a) => approve(a)), approve('tld.chair', '2318/QĐ-TLĐ')],
  },
  {
    nominator: 'snv.nominator',
    unitId: 'cdcs-so-noi-vu-cao-bang',
    awardCode: 'BK_TINH',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Nông Văn Thạch', 'male', 'Chuyên viên Phòng Tổ chức biên chế', false),
    actions: [approve('snv.chair'), approve('vccb.chair'), approve('cb.chair', '412/QĐ-LĐLĐ')],
  },
  // Waiting at each level.
  {
    nominator: 'ttyt.nominator',
    unitId: 'cdcs-ttyt-chau-thanh-a',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Lê Thị Cẩm Tú', 'female', 'Hộ sinh, Khoa Sản'),
    actions: [],
  },
  {
    nominator: 'ttyt.nominator',
    unitId: 'cdcs-ttyt-chau-thanh-a',
    awardCode: 'BK_TINH',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Huỳnh Văn Nghĩa', 'male', 'Kỹ thuật viên xét nghiệm'),
    actions: [approve(chauThanhA[0])],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Phùng Văn Hải', 'male', 'Bác sĩ khoa Cấp cứu'),
    actions: danPhuong.slice(0, 2).map((a) => approve(a)),
  },
  {
    nominator: 'hv.nominator',
    unitId: 'cdcs-th-hong-viet',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Hoàng Thị Pấu', 'female', 'Giáo viên Tiểu học'),
    actions: hoaAn.slice(0, 3).map((a) => approve(a)),
  },
  // Waiting at the province, claimed by one of its reviewers (the inbox shows who holds it).
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'BK_TINH',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Nguyễn Văn Toản', 'male', 'Kỹ sư thiết bị y tế'),
    actions: [approve('bvdp.chair'), approve('dp.chair'), { as: 'hn.reviewer', path: 'claim', body: {} }],
  },
  // Cancelled by an administrator (an intervention on the record, with its reason).
  {
    nominator: 'snv.nominator',
    unitId: 'cdcs-so-noi-vu-cao-bang',
    awardCode: 'GK',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Đàm Văn Lực', 'male', 'Lái xe cơ quan'),
    actions: [
      approve('snv.chair'),
      {
        as: 'sysadmin',
        path: 'cancellation',
        admin: true,
        body: { reason: 'Hồ sơ lập trùng với hồ sơ đã gửi ở đợt chuyên đề; hủy theo đề nghị của đơn vị.' },
      },
    ],
  },
  // Returned for revision, rejected, withdrawn.
  {
    nominator: 'snv.nominator',
    unitId: 'cdcs-so-noi-vu-cao-bang',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Bế Thị Duyên', 'female', 'Chuyên viên Văn phòng Sở', false),
    actions: [
      approve(vienChucCaoBang[0]),
      decide('vccb.chair', 'return', 'Biên bản họp bình xét thiếu chữ ký thư ký; đề nghị bổ sung.'),
    ],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'BK_TINH',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Trần Văn Dũng', 'male', 'Nhân viên bảo vệ'),
    actions: [
      approve('bvdp.chair'),
      decide('dp.chair', 'reject', 'Chưa đủ hai năm liền hoàn thành xuất sắc nhiệm vụ.'),
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
  {
    nominator: 'hv.nominator',
    unitId: 'cdcs-th-hong-viet',
    awardCode: 'GK',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Lương Văn Cường', 'male', 'Giáo viên Thể dục'),
    actions: [approve('hv.chair'), approve('xha.chair', '15/QĐ-CĐX')],
  },
  // The thematic campaign "Giỏi việc nước, đảm việc nhà" (rule set 2024.2): the steps of each level.
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
    actions: [appraisal('bvdp.reviewer'), vote('bvdp.chair', '07/BB-CĐCS')],
  },
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Nguyễn Thị Bích Thủy', 'female', 'Dược sĩ, Khoa Dược'),
    actions: [
      appraisal('bvdp.reviewer'),
      vote('bvdp.chair', '08/BB-CĐCS'),
      approve('bvdp.chair', '21/TTr-CĐCS'),
      intake('dp.reviewer'),
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
  {
    nominator: 'bvdp.nominator',
    unitId: 'cdcs-bvdk-dan-phuong',
    awardCode: 'GK',
    campaignId: demoCampaignIds.gioiViecNuoc2026,
    nominee: person('Trần Thị Thu Hiền', 'female', 'Hộ lý'),
    actions: [
      appraisal('bvdp.reviewer'),
      vote('bvdp.chair', '09/BB-CĐCS'),
      approve('bvdp.chair', '22/TTr-CĐCS'),
      intake('dp.reviewer'),
      appraisal('dp.reviewer'),
      vote('dp.chair', '31/BB-LĐLĐ'),
      approve('dp.chair', '118/QĐ-LĐLĐ'),
      {
        as: 'dp.chair',
        path: 'revocation',
        body: { reason: 'Thành tích kê khai không đúng theo kết luận 12/KL.', decisionNumber: '131/QĐ-LĐLĐ' },
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
      dossier: { ...sampleDossier(), nominee: d.nominee },
    })) as { nominationId?: string };
    const id = created.nominationId;
    if (!id) throw new Error(`POST /api/nominations returned no id: ${JSON.stringify(created).slice(0, 300)}`);
    for (const action of d.actions) {
      const base = action.admin ? '/api/admin/nominations' : '/api/nominations';
      await client.call('POST', `${base}/${id}/${action.path}`, action.as, action.body);
    }
  }
  await delegateWhileOnLeave(client, now());
  return demo.length;
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
