import { DomainError } from '../../shared/domain-error';

/** Stable codes of the interventions' own refusals (the others are the decider's `NominationError`s). */
export type InterventionErrorCode = 'NOMINATION.ALREADY_AT_NOMINATING_UNIT';

/** An administrator's intervention the nomination refuses. */
export class InterventionError extends DomainError {
  constructor(
    readonly code: InterventionErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }

  /** A forced return has nothing to do: the nominating unit already holds the revision. */
  static alreadyAtNominatingUnit(nominatingUnitId: string, taskSeq: number): InterventionError {
    return new InterventionError(
      'NOMINATION.ALREADY_AT_NOMINATING_UNIT',
      `Hồ sơ đã ở đơn vị đề nghị (${nominatingUnitId}) chờ bổ sung; không cần trả lại.`,
      `The nominating unit (${nominatingUnitId}) already holds the revision; nothing to return.`,
      { nominatingUnitId, taskSeq },
    );
  }
}
