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
} as const;

/**
 * The annual round (TLĐ council meets mid-December, so provinces submit in late November) and
 * the thematic "Giỏi việc nước, đảm việc nhà" round. Cut-offs are per level (1–4). The annual
 * round follows the law in force in 2026: rule set 2025.1 (NĐ 152/2025: intake → appraisal →
 * sign-off at each level, the council vote for Chiến sĩ thi đua and Cờ thi đua, five working days
 * of public disclosure at the nominating unit). The thematic round opened on 2026-03-01 under
 * 2024.2 (intake, appraisal and council vote at every level) and stays pinned to it.
 */
export const demoCampaigns: readonly DemoCampaign[] = [
  {
    id: demoCampaignIds.annual2026,
    code: 'LDG-LDST-2026',
    name: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026',
    kind: 'annual',
    ruleSetVersion: ruleSet2025Nd152.version,
    awardCodes: ['GK', 'BK_TINH', 'BK_TLD', 'LDST', 'CSTD_TLD', 'CO_TINH', 'CO_TLD', 'KNC'],
    opensOn: '2026-01-01',
    closesOn: '2026-12-31',
    cutoffs: { '1': '2026-10-31', '2': '2026-11-10', '3': '2026-11-25', '4': '2026-12-15' },
  },
  {
    id: demoCampaignIds.gioiViecNuoc2026,
    code: 'GVN-DVN-2026',
    name: 'Phong trào thi đua "Giỏi việc nước, đảm việc nhà" năm 2026',
    kind: 'thematic',
    ruleSetVersion: ruleSet2024.version,
    awardCodes: ['GK', 'BK_TINH', 'BK_CD'],
    opensOn: '2026-03-01',
    closesOn: '2026-12-31',
    cutoffs: { '3': '2026-10-15', '4': '2026-11-15' },
  },
];

/**
 * The demo campaigns as the engine's specs and benchmarks use them: the annual round pinned to
 * 2024.1 (one sign-off per level), as it was before the demo followed NĐ 152/2025. Those specs
 * exercise the engine's mechanics (climbs, quotas, bulk work, replays) with single-step levels;
 * a test-only pin keeps their meaning when the demo's rules change.
 */
export const signOffSpecCampaigns: readonly DemoCampaign[] = demoCampaigns.map((c) =>
  c.id === demoCampaignIds.annual2026 ? { ...c, ruleSetVersion: ruleSet2024SignOff.version } : c,
);
