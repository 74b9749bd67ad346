import { demoUnitIds as u, DEFAULT_BLOC_RULES } from '@vinhdanh/domain';
import { DEMO_PASSWORD } from '@vinhdanh/seed';

/*
 * The demo's emulation blocs (khối thi đua) of Cao Bằng's district-level unions, through the public
 * HTTP API as LĐLĐ tỉnh Cao Bằng's emulation office would record them (seed 000 names Khối II with
 * Hòa An; Nghị quyết 07/NQ-TLĐ ngày 15/01/2020):
 * - Khối I (Công đoàn Viên chức tỉnh and the Giáo dục, Y tế sector unions): three years of paper
 *   history in which the flag went to each member in turn although Viên chức scored highest every
 *   year — the rotation the system flags;
 * - Khối II: LĐLĐ huyện Hòa An, Hà Quảng, Nguyên Bình, Thạch An until the 2025 reorganisation
 *   (01/07/2025: Hòa An's federation dissolved), re-formed from the communes' unions after it; Hòa An, the best,
 *   won twice (no alarm); 2026 running as the bloc-year workflow: covenants signed, self-scoring open.
 * Only on a system without them (the first bloc's GET answers 404).
 */

const ORGANISER = 'cb.admin';
const KHOI_I = 'cao-bang-khoi-i';
const KHOI_II = 'cao-bang-khoi-ii';
const pts = (minus: number) =>
  Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints - minus]));

class Client {
  private tokens = new Map<string, string>();
  constructor(private readonly apiUrl: string) {}

  async call(
    method: string,
    path: string,
    as: string,
    body?: unknown,
    key?: string,
  ): Promise<{ status: number; body: any }> {
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
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Polls a GET until `done` (the workflow acts asynchronously), for at most two minutes. */
  async until(path: string, done: (body: any) => boolean): Promise<void> {
    for (let waited = 0; waited < 120_000; waited += 500) {
      const res = await this.call('GET', path, ORGANISER);
      if (res.status === 200 && done(res.body)) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`${path}: the bloc-year workflow did not move on (is the worker running?)`);
  }

  async post(path: string, as: string, body: unknown, key: string): Promise<void> {
    const res = await this.call('POST', path, as, body, `demo-bloc:${key}`);
    if (res.status >= 300)
      throw new Error(`POST ${path} as ${as}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  }
}

const result = (unitId: string, selfTotal: number, crossTotal: number) => ({ unitId, selfTotal, crossTotal });

/** Records the demo blocs; returns how many it created (0 when they were there already). */
export async function seedDemoBlocs(apiUrl: string, log: (line: string) => void): Promise<number> {
  const c = new Client(apiUrl);
  if ((await c.call('GET', `/api/blocs/${KHOI_I}`, ORGANISER)).status === 200) return 0;
  log('recording the Cao Bằng emulation blocs through the API…');

  // Khối I: the flag went round — Viên chức, then Giáo dục, then Y tế — while Viên chức led on scores.
  await c.post(
    '/api/blocs',
    ORGANISER,
    {
      id: KHOI_I,
      name: 'Khối I – Công đoàn Viên chức và công đoàn ngành tỉnh',
      organiserUnitId: u.ldldCaoBang,
      formedOn: '2020-01-01',
      memberUnitIds: [u.cdVienChucCaoBang, u.cdGiaoDucCaoBang, u.cdYTeCaoBang],
    },
    'k1-form',
  );
  const khoiI: [number, string, [number, number][]][] = [
    [
      2023,
      u.cdVienChucCaoBang,
      [
        [96, 94],
        [92, 88],
        [90, 85],
      ],
    ],
    [
      2024,
      u.cdGiaoDucCaoBang,
      [
        [97, 95],
        [95, 89],
        [91, 86],
      ],
    ],
    [
      2025,
      u.cdYTeCaoBang,
      [
        [97, 96],
        [93, 87],
        [94, 88],
      ],
    ],
  ];
  for (const [year, winner, totals] of khoiI) {
    await c.post(
      `/api/blocs/${KHOI_I}/years/${year}/import`,
      ORGANISER,
      {
        maxTotal: 100,
        results: [u.cdVienChucCaoBang, u.cdGiaoDucCaoBang, u.cdYTeCaoBang].map((unitId, i) =>
          result(unitId, totals[i]?.[0] ?? 0, totals[i]?.[1] ?? 0),
        ),
        winnerUnitId: winner,
        reason: null,
        source: `Biên bản họp bình xét, suy tôn Khối I năm ${year} (hồ sơ giấy của LĐLĐ tỉnh Cao Bằng)`,
      },
      `k1-${year}`,
    );
  }

  // Khối II before the reorganisation: the district federations; Hòa An leads and wins twice.
  const districts = [u.ldldHoaAn, u.ldldHaQuang, u.ldldNguyenBinh, u.ldldThachAn];
  const communes = [u.cdXaHoaAn, u.cdXaHaQuang, u.cdXaNguyenBinh, u.cdXaThachAn];
  await c.post(
    '/api/blocs',
    ORGANISER,
    {
      id: KHOI_II,
      name: 'Khối II – các huyện Hòa An, Hà Quảng, Nguyên Bình, Thạch An',
      organiserUnitId: u.ldldCaoBang,
      formedOn: '2015-01-01',
      memberUnitIds: districts,
    },
    'k2-form',
  );
  for (const [year, totals] of [
    [
      2023,
      [
        [95, 93],
        [90, 86],
        [89, 84],
        [86, 83],
      ],
    ],
    [
      2024,
      [
        [96, 94],
        [91, 88],
        [90, 87],
        [88, 85],
      ],
    ],
  ] as const) {
    await c.post(
      `/api/blocs/${KHOI_II}/years/${year}/import`,
      ORGANISER,
      {
        maxTotal: 100,
        results: districts.map((unitId, i) => result(unitId, totals[i]?.[0] ?? 0, totals[i]?.[1] ?? 0)),
        winnerUnitId: u.ldldHoaAn,
        reason: null,
        source: `Biên bản họp bình xét, suy tôn Khối II năm ${year} (hồ sơ giấy của LĐLĐ tỉnh Cao Bằng)`,
      },
      `k2-${year}`,
    );
  }
  // 01/07/2025: Hòa An's federation is dissolved and the bloc is re-formed from the communes' unions.
  for (const [i, unitId] of districts.entries()) {
    const dissolved = unitId === u.ldldHoaAn;
    await c.post(
      `/api/blocs/${KHOI_II}/members/${unitId}/leave`,
      ORGANISER,
      {
        on: '2025-07-01',
        reason: dissolved
          ? 'Giải thể Liên đoàn Lao động huyện Hòa An khi sắp xếp tổ chức công đoàn từ 01/07/2025'
          : 'Khối II được tổ chức lại từ công đoàn các xã sau sắp xếp tổ chức công đoàn từ 01/07/2025',
        dissolved,
      },
      `k2-leave-${i}`,
    );
  }
  for (const [i, unitId] of communes.entries()) {
    await c.post(
      `/api/blocs/${KHOI_II}/members`,
      ORGANISER,
      {
        unitId,
        from: '2025-07-01',
        reason: 'Khối II được tổ chức lại từ công đoàn các xã sau sắp xếp đơn vị hành chính',
      },
      `k2-join-${i}`,
    );
  }
  await c.post(
    `/api/blocs/${KHOI_II}/years/2025/import`,
    ORGANISER,
    {
      maxTotal: 100,
      results: communes.map((unitId, i) => result(unitId, [94, 90, 89, 87][i] ?? 0, [92, 87, 86, 84][i] ?? 0)),
      winnerUnitId: u.cdXaHoaAn,
      reason: null,
      source: 'Biên bản họp bình xét, suy tôn Khối II năm 2025 (khối đã tổ chức lại, hồ sơ giấy)',
    },
    'k2-2025',
  );

  // 2026 running: every member registered and signed before 31/03/2026; scoring open, two sheets in.
  await c.post(
    `/api/blocs/${KHOI_II}/years`,
    ORGANISER,
    {
      year: 2026,
      covenantDeadline: '2026-03-31',
      headUnitId: u.cdXaNguyenBinh,
      deputyUnitId: u.cdXaThachAn,
    },
    'k2-2026-open',
  );
  for (const [i, unitId] of communes.entries()) {
    await c.post(
      `/api/blocs/${KHOI_II}/years/2026/registrations`,
      ORGANISER,
      { unitId, on: '2026-02-25' },
      `k2-2026-reg-${i}`,
    );
    await c.post(
      `/api/blocs/${KHOI_II}/years/2026/covenants`,
      ORGANISER,
      { unitId, on: `2026-03-${10 + i}` },
      `k2-2026-cov-${i}`,
    );
  }
  // The year runs as the bloc-year workflow from here: all have signed, so it opens the self round at
  // once; its deadlines fall in the coming weeks (within 2026) so the demo shows scoring open.
  const soon = (days: number) => {
    const d = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
    return d < '2026-04-01' ? '2026-04-01' : d > '2026-12-31' ? '2026-12-31' : d;
  };
  await c.post(
    `/api/blocs/${KHOI_II}/years/2026/workflow`,
    ORGANISER,
    {
      selfScoreDeadline: soon(10),
      crossScoreDeadline: soon(17),
      reviewDeadline: soon(20),
      meetingDeadline: soon(24),
    },
    'k2-2026-workflow',
  );
  await c.until(`/api/blocs/${KHOI_II}`, (bloc) =>
    bloc.years.some((y: { year: number; phase: string }) => y.year === 2026 && y.phase === 'scoring'),
  );
  await c.post(
    `/api/blocs/${KHOI_II}/years/2026/self-scores`,
    'xha.chair',
    { unitId: u.cdXaHoaAn, points: pts(1) },
    'k2-2026-self-0',
  );
  await c.post(
    `/api/blocs/${KHOI_II}/years/2026/self-scores`,
    ORGANISER,
    { unitId: u.cdXaNguyenBinh, points: pts(2) },
    'k2-2026-self-2',
  );
  return 2;
}
