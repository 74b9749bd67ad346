import { ruleSet2024, ruleSet2024SignOff, ruleSet2025Nd152 } from '@vinhdanh/domain';
import type { CampaignKind } from '@vinhdanh/db';

/** A campaign to seed; ids are fixed so demos and tests can name them. */
export interface DemoCampaign {
  id: string;
  code: string;
  name: string;
  kind: CampaignKind;
  ruleSetVersion: string;
  awardCodes: string[];
  opensOn: string;
  closesOn: string;
  cutoffs: Record<string, string>;
}

/** Fixed ids of the demo campaigns. */
export const demoCampaignIds = {
  annual2026: '0b6f3a52-7c1e-4c43-9a55-2026a0000001',
  gioiViecNuoc2026: '0b6f3a52-7c1e-4c43-9a55-2026a0000002',
  annual2025: '0b6f3a52-7c1e-4c43-9a55-2025a0000001',
} as const;

/**
 * The annual round (TLĐ council meets mid-December, so provinces submit in late November) and
 * the thematic "Giỏi việc nước, đảm việc nhà" round. Cut-offs are per level (1–4). The annual
 * round follows the law in force in 2026: rule set 2025.1 (NĐ 152/2025: intake → appraisal →
 * sign-off at each level, the council vote for Chiến sĩ thi đua and Cờ thi đua, five working days
 * of public disclosure at the nominating unit). The thematic round opened on 2026-03-01, after
 * NĐ 152/2025 took effect (01/07/2025), so it pins 2025.1 too: intake → appraisal → sign-off, no
 * council vote for its Giấy khen and Bằng khen, and the same disclosure, since Law 06/2022 Art. 84(5)
 * makes public every proposed person and collective without excepting thematic awards.
 */
export const demoCampaigns: readonly DemoCampaign[] = [
  {
    id: demoCampaignIds.annual2026,
    code: 'LDG-LDST-2026',
    name: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026',
    kind: 'annual',
    ruleSetVersion: ruleSet2025Nd152.version,
    // Chiến sĩ thi đua cơ sở too: the title the chain to Chiến sĩ thi đua TLĐ starts from (Law Art. 22–23);
    // and both tiers of Bằng Lao động sáng tạo, the second for university-trained non-leaders [S12].
    awardCodes: ['GK', 'BK_TINH', 'BK_TLD', 'LDST', 'LDST_DH', 'CSTD_CS', 'CSTD_TLD', 'CO_TINH', 'CO_TLD', 'KNC'],
    opensOn: '2026-01-01',
    closesOn: '2026-12-31',
    cutoffs: { '1': '2026-10-31', '2': '2026-11-10', '3': '2026-11-25', '4': '2026-12-15' },
  },
  {
    id: demoCampaignIds.gioiViecNuoc2026,
    code: 'GVN-DVN-2026',
    name: 'Phong trào thi đua "Giỏi việc nước, đảm việc nhà" năm 2026',
    kind: 'thematic',
    ruleSetVersion: ruleSet2025Nd152.version,
    // A thematic round gives the thematic Bằng khen of the province and of Tổng LĐLĐ (seeds 000, 001;
    // QĐ 1689 Art. 15), which count as no basis for a comprehensive award (NĐ 152/2025 Art. 4(3)).
    awardCodes: ['GK', 'BK_TINH_CD', 'BK_CD'],
    opensOn: '2026-03-01',
    closesOn: '2026-12-31',
    cutoffs: { '3': '2026-10-15', '4': '2026-11-15' },
  },
];

/** What the engine's specs keep, by campaign: the pins (and awards) before the demo followed NĐ 152/2025. */
const SPEC_PINS: Record<string, Partial<DemoCampaign>> = {
  [demoCampaignIds.annual2026]: {
    ruleSetVersion: ruleSet2024SignOff.version,
    awardCodes: ['GK', 'BK_TINH', 'BK_TLD', 'LDST', 'CSTD_TLD', 'CO_TINH', 'CO_TLD', 'KNC'],
  },
  [demoCampaignIds.gioiViecNuoc2026]: { ruleSetVersion: ruleSet2024.version, awardCodes: ['GK', 'BK_TINH', 'BK_CD'] },
};

/**
 * The demo campaigns as the engine's specs and benchmarks use them: the annual round pinned to
 * 2024.1 (one sign-off per level), the thematic round to 2024.2 (intake, appraisal, council vote
 * and sign-off at every level, no disclosure), as they were before the demo followed NĐ 152/2025.
 * Those specs exercise the engine's mechanics (climbs, quotas, bulk work, councils, replays) with
 * those steps; a test-only pin keeps their meaning when the demo's rules change.
 */
export const signOffSpecCampaigns: readonly DemoCampaign[] = demoCampaigns.map((c) => ({ ...c, ...SPEC_PINS[c.id] }));

/**
 * The 2025 annual round of the demo's history (`scripts/lib/demo-report-history.ts`: Huyện Hòa An's
 * finished Giấy khen nominations, before the reorganisation of 01/07/2025). It opened on 01/01/2025
 * pinned to 2024.1, the version the system had then (one sign-off per level); the Law-conforming
 * 2024.3 was published later for new campaigns and never changes one already pinned. Written with
 * the history, not by `seedDemo`, so the specs' and the live demo's campaign lists stay the 2026 ones.
 */
export const demoHistoryCampaign2025: DemoCampaign = {
  id: demoCampaignIds.annual2025,
  code: 'LDG-LDST-2025',
  name: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2025',
  kind: 'annual',
  ruleSetVersion: ruleSet2024SignOff.version,
  awardCodes: ['GK', 'BK_TINH', 'BK_TLD'],
  opensOn: '2025-01-01',
  closesOn: '2025-12-31',
  cutoffs: { '1': '2025-10-31', '2': '2025-11-10', '3': '2025-11-25', '4': '2025-12-15' },
};
