import type { RuleSet } from './rule-set.schema';
import { ruleSet2024, ruleSet2024SignOff } from './rule-set-2024';
import { ruleSet2026 } from './rule-set-2026';
import { ruleSet2024Law, ruleSet2025Nd152 } from './rule-set-2025';

/** Every rule-set version the project ships, oldest first (seeded by `npm start`). */
export const defaultRuleSets: readonly RuleSet[] = [
  ruleSet2024SignOff,
  ruleSet2024,
  ruleSet2026,
  ruleSet2024Law,
  ruleSet2025Nd152,
];
