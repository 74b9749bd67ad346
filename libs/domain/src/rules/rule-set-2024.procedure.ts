import type { ProcedureRules } from './procedure-rules.schema';

/**
 * The procedure at each level under the 2024 regulation (domain.md "Procedure at each level"):
 * intake, appraisal, council vote and the chair's sign-off; the nominating unit prepared the
 * dossier itself, so it skips intake; the simplified procedure (BK_DX) skips appraisal and vote.
 * Thresholds count all council members, absent members voting in writing (NĐ 98/2023 Art. 30(7)).
 */
export const procedure2024: ProcedureRules = {
  defaultSteps: ['intake', 'appraisal', 'vote', 'signoff'],
  simplifiedSteps: ['intake', 'signoff'],
  nominatingLevelSkips: ['intake'],
  onVoteFailed: 'reject',
  voteThresholds: {
    majority: { minShare: 0.5, strict: true },
    percent80: { minShare: 0.8 },
    percent90: { minShare: 0.9 },
  },
};
