import type { RuleSet } from './rule-set.schema';
import { ruleSet2024 } from './rule-set-2024';

/**
 * 2024.2 plus public disclosure (công khai, domain.md procedure step 5): the nominating unit posts
 * each proposed nomination for 5 working days before it may forward it; objections are recorded
 * and answered there. Everything else is 2024.2's. Effective from 2028-01-01 so campaigns already
 * opened (or planned for 2027) under 2024.2 keep it; to be confirmed against the signed decision.
 */
export const ruleSet2026: RuleSet = {
  ...ruleSet2024,
  version: '2026.1',
  title: 'Danh mục khen thưởng theo Quy chế 999/QĐ-TLĐ — quy trình đầy đủ và công khai tại đơn vị đề nghị',
  effectiveFrom: '2028-01-01',
  effectiveTo: null,
  disclosure: { level: 'nominating', workingDays: 5 },
};
