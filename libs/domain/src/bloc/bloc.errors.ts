import { DomainError } from '../shared/domain-error';

/** Stable codes of emulation-bloc refusals; `details.rule` names the rule and `details.source` its source. */
export type BlocErrorCode =
  | 'BLOC.NOT_FOUND'
  | 'BLOC.ALREADY_EXISTS'
  | 'BLOC.INVALID'
  | 'BLOC.NOT_A_MEMBER'
  | 'BLOC.WRONG_PHASE'
  | 'BLOC.LATE_COVENANT'
  | 'BLOC.SCORE_OUT_OF_RANGE'
  | 'BLOC.CROSS_SCORE_SELF'
  | 'BLOC.BALLOTS_EXCEED_PRESENT'
  | 'BLOC.NOT_HEAD';

/** A bloc command the rules refuse, with the rule named. */
export class BlocError extends DomainError {
  constructor(
    readonly code: BlocErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }
}
