import { randomUUID } from 'node:crypto';
import { demoUnitIds as u, sampleDossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';
import { demoPaperDisclosure } from './demo-api-client';

/*
 * The end of a round, through the public HTTP API: four Cao Bằng nominations for the thematic
 * Bằng khen of Tổng LĐLĐ in the "Giỏi việc nước, đảm việc nhà" round (rule set 2025.1: intake,
 * appraisal and sign-off at each level, no council vote for a Bằng khen; the CĐCS held the public
 * disclosure on paper before entering the dossiers and records it, so they climb the day `npm start`
 * runs) climb CĐCS → Công đoàn Viên chức tỉnh → LĐLĐ tỉnh → Tổng LĐLĐ, whose chair issues one
 * quyết định covering them (its number from the register, its PDF/DOCX with checksums), and the
 * certificates are printed.
 */

const NOMINEES = [
  {
    nominator: 'snv.nominator',
    unitId: u.cdcsSoNoiVuCaoBang,
    chair: 'snv.chair',
    fullName: 'Nông Thị Hoa',
    gender: 'female',
    position: 'Chuyên viên phòng Tổ chức – Biên chế',
  },
  {
    nominator: 'snv.nominator',
    unitId: u.cdcsSoNoiVuCaoBang,
    chair: 'snv.chair',
    fullName: 'Lý Văn Thắng',
    gender: 'male',
    position: 'Phó Giám đốc Sở',
  },
  {
    nominator: 'ctk.nominator',
    unitId: u.cdcsCucThongKeCaoBang,
    chair: 'ctk.chair',
    fullName: 'Hoàng Văn Minh',
    gender: 'male',
    position: 'Thống kê viên',
  },
  {
    nominator: 'ctk.nominator',
    unitId: u.cdcsCucThongKeCaoBang,
    chair: 'ctk.chair',
    fullName: 'Triệu Thị Yến',
    gender: 'female',
    position: 'Kế toán trưởng',
  },
] as const;

class Client {
  private tokens = new Map<string, string>();
  constructor(private readonly apiUrl: string) {}

  async call(method: string, path: string, as: string, body?: unknown, key = randomUUID()): Promise<any> {
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
    // A step can reach the API before the read model shows the previous one (404, or 409 for a task
    // not yet open there): retried with the same Idempotency-Key, so it acts once.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const res = await fetch(`${this.apiUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'idempotency-key': key, authorization: `Bearer ${token}` },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      if (res.ok) return text ? JSON.parse(text) : undefined;
      const stale = method === 'POST' && path.startsWith('/api/nominations/') && [404, 409].includes(res.status);
      if (!stale || Date.now() > deadline)
        throw new Error(`${method} ${path} as ${as}: ${res.status} ${text.slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Waits until the nominations read model shows `nominationId` to `as`. */
  async visible(nominationId: string, as: string): Promise<void> {
    for (let i = 0; i < 300; i++) {
      try {
        await this.call('GET', `/api/nominations/${nominationId}`, as);
        return;
      } catch (err) {
        if (!/: 404 /.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`nomination ${nominationId} never appeared in the read model`);
  }
}

/** Runs the round's decision and print run; returns the decision's id and number. */
export async function seedDemoAwardRound(
  apiUrl: string,
  log: (line: string) => void,
): Promise<{ decisionId: string; number: string }> {
  const client = new Client(apiUrl);
  const ids: string[] = [];
  for (const n of NOMINEES) {
    const { nominee: _sample, ...dossier } = sampleDossier();
    const created = await client.call('POST', '/api/nominations', n.nominator, {
      nominatingUnitId: n.unitId,
      awardCode: 'BK_CD',
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      dossier: {
        ...dossier,
        nominee: {
          kind: 'person',
          fullName: n.fullName,
          gender: n.gender,
          birthYear: 1984,
          position: n.position,
          isLeader: n.position.startsWith('Phó'),
          isDirectWorker: !n.position.startsWith('Phó'),
          personKey: `DEMO-ROUND-${n.fullName}`,
        },
      },
    });
    // A loaded machine answers 202 before the read model shows the nomination: wait for it (up to 60 s).
    await client.visible(created.nominationId as string, n.nominator);
    // Rule set 2025.1: the CĐCS records its disclosure, appraises and signs; each level above takes it in first.
    const step = (name: string) => `/api/nominations/${created.nominationId}/${name}`;
    await client.call('POST', step('paper-disclosure'), n.chair, demoPaperDisclosure());
    await client.call('POST', step('appraisal'), n.chair, {});
    await client.call('POST', step('decisions'), n.chair, { decision: 'approve' });
    for (const [reviewer, chair] of [
      ['vccb.reviewer', 'vccb.chair'],
      ['cb.reviewer', 'cb.chair'],
    ] as const) {
      await client.call('POST', step('intake'), reviewer, { complete: true });
      await client.call('POST', step('appraisal'), reviewer, {});
      await client.call('POST', step('decisions'), chair, { decision: 'approve' });
    }
    // Tổng LĐLĐ takes it in and appraises it; the quyết định below is the sign-off.
    await client.call('POST', step('intake'), 'tld.reviewer', { complete: true });
    await client.call('POST', step('appraisal'), 'tld.reviewer', {});
    ids.push(created.nominationId as string);
  }
  const decision = await client.call('POST', '/api/award-decisions', 'tld.chair', {
    issuingUnitId: u.tongLdld,
    date: '2026-12-20',
    place: 'Hà Nội',
    signer: { capacity: 'TM. Đoàn Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn Thành' },
    subject: 'Về việc tặng Bằng khen chuyên đề năm 2026',
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;',
    ],
    proposal: 'Xét đề nghị của Liên đoàn Lao động tỉnh Cao Bằng và Hội đồng Thi đua – Khen thưởng Tổng Liên đoàn,',
    awardName: 'Bằng khen chuyên đề của Tổng Liên đoàn Lao động Việt Nam',
    reason: 'đã có thành tích xuất sắc trong phong trào thi đua "Giỏi việc nước, đảm việc nhà" năm 2026.',
    amounts: { person: 1_490_000, collective: 2_980_000 },
    nominationIds: ids,
  });
  await client.call('POST', `/api/award-decisions/${decision.decisionId}/certificates`, 'tld.chair', {});
  log(
    `quyết định ${decision.number} covers ${ids.length} nominations; certificates print in the background — ` +
      `GET /api/award-decisions/${decision.decisionId} (as tld.chair) lists the PDF/DOCX links`,
  );
  return { decisionId: decision.decisionId as string, number: decision.number as string };
}
