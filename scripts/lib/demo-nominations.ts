import { randomUUID } from 'node:crypto';
import { sampleDossier, type Dossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';

/*
 * Demo nominations in every state the engine has, created through the public HTTP API as the
 * demo users would (so they are real workflows with real event histories), only on an empty system.
 */

type Step = { as: string; decision?: 'approve' | 'return' | 'reject'; reason?: string; decisionNumber?: string };
type Action = Step | { as: string; resubmit: string } | { as: string; withdraw: string };

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

const approve = (as: string, decisionNumber?: string): Step => ({ as, decision: 'approve', decisionNumber });
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
  // Returned for revision, rejected, withdrawn.
  {
    nominator: 'snv.nominator',
    unitId: 'cdcs-so-noi-vu-cao-bang',
    awardCode: 'BK_TLD',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Bế Thị Duyên', 'female', 'Chuyên viên Văn phòng Sở', false),
    actions: [
      approve(vienChucCaoBang[0]),
      { as: 'vccb.chair', decision: 'return', reason: 'Biên bản họp bình xét thiếu chữ ký thư ký; đề nghị bổ sung.' },
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
      { as: 'dp.chair', decision: 'reject', reason: 'Chưa đủ hai năm liền hoàn thành xuất sắc nhiệm vụ.' },
    ],
  },
  {
    nominator: 'ttyt.nominator',
    unitId: 'cdcs-ttyt-chau-thanh-a',
    awardCode: 'GK',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Võ Thị Bích Ngọc', 'female', 'Dược sĩ'),
    actions: [{ as: 'ttyt.nominator', withdraw: 'Cá nhân đang được xem xét khen thưởng ở hình thức khác.' }],
  },
  {
    nominator: 'hv.nominator',
    unitId: 'cdcs-th-hong-viet',
    awardCode: 'GK',
    campaignId: demoCampaignIds.annual2026,
    nominee: person('Lương Văn Cường', 'male', 'Giáo viên Thể dục'),
    actions: [approve('hv.chair'), { as: 'xha.chair', decision: 'approve', decisionNumber: '15/QĐ-CĐX' }],
  },
];

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
    const res = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} as ${as ?? 'anonymous'}: ${res.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  }
}

/** Creates the demo nominations through the API unless nominations already exist; returns how many. */
export async function seedDemoNominations(apiUrl: string, log: (line: string) => void): Promise<number> {
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
      if ('resubmit' in action) {
        await client.call('POST', `/api/nominations/${id}/resubmission`, action.as, { note: action.resubmit });
      } else if ('withdraw' in action) {
        await client.call('POST', `/api/nominations/${id}/withdrawal`, action.as, { reason: action.withdraw });
      } else {
        const { as, ...decision } = action;
        await client.call('POST', `/api/nominations/${id}/decisions`, as, decision);
      }
    }
  }
  return demo.length;
}
