import { DomainError } from '../shared/domain-error';
import type { EligibilityCheck } from './eligibility.schema';

/** Thrown where a caller requires eligibility (e.g. at submission); lists every failed rule with its reason. */
export class NotEligibleError extends DomainError {
  readonly code = 'ELIGIBILITY.NOT_ELIGIBLE';
  constructor(
    readonly awardCode: string,
    readonly failed: readonly EligibilityCheck[],
  ) {
    super(
      `Không đủ điều kiện đề nghị ${awardCode}: ${failed.map((f) => f.reasonVi).join(' ')}`,
      `Not eligible for ${awardCode}: ${failed.map((f) => f.reasonEn).join(' ')}`,
      { awardCode, failed },
    );
  }
}

const pct = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** A submission would leave the unit's person nominations below the rule set's share of direct workers. */
export class DirectWorkerShareError extends DomainError {
  readonly code = 'ELIGIBILITY.DIRECT_WORKER_SHARE';
  constructor(
    readonly facts: {
      ruleSetVersion: string;
      unitId: string;
      minShare: number;
      required: number;
      directWorkers: number;
      total: number;
      /** Before this nomination; null when it would be the unit's first. */
      currentShare: number | null;
    },
  ) {
    const f = facts;
    const now = f.currentShare === null ? 'chưa có đề nghị nào' : `hiện ${pct(f.currentShare)}`;
    const nowEn = f.currentShare === null ? 'none submitted yet' : `currently ${pct(f.currentShare)}`;
    super(
      `Quy định ưu tiên người lao động trực tiếp (bộ quy định ${f.ruleSetVersion}): ít nhất ${pct(f.minShare)} cá nhân được đề nghị của đơn vị phải là người lao động trực tiếp; ${now} (${f.directWorkers}/${f.total - 1}). Thêm đề nghị này cần ${f.required}/${f.total} người lao động trực tiếp. Hãy đề nghị người lao động trực tiếp trước.`,
      `Direct-worker priority rule (rule set ${f.ruleSetVersion}): at least ${pct(f.minShare)} of the unit's person nominations must be direct workers; ${nowEn} (${f.directWorkers}/${f.total - 1}). Adding this nomination needs ${f.required}/${f.total} direct workers. Nominate direct workers first.`,
      { rule: 'ELIGIBILITY.DIRECT_WORKER_SHARE', ...facts },
    );
  }
}
