import { DomainError } from '../shared/domain-error';

/** One field of a delegation request the rules refuse. */
export interface DelegationProblem {
  field: 'delegateUserId' | 'startsAt' | 'endsAt';
  rule: string;
  messageVi: string;
  messageEn: string;
}

/** Stable codes of delegation refusals. */
export type DelegationErrorCode =
  | 'DELEGATION.INVALID_PERIOD'
  | 'DELEGATION.OVERLAPS'
  | 'DELEGATION.ALREADY_REVOKED'
  | 'DELEGATION.ENDED'
  | 'DELEGATION.NOT_FOUND';

/** A delegation command the rules refuse. */
export class DelegationError extends DomainError {
  constructor(
    readonly code: DelegationErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }
}
