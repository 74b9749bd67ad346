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
