import { DomainError } from '../shared/domain-error';

/** Stable codes of unit refusals (the org-tree rules themselves are `ORG.*`). */
export type UnitErrorCode = 'UNIT.NOT_FOUND' | 'UNIT.ALREADY_EXISTS' | 'UNIT.CONFLICT';

/** A unit command its own history refuses; `details.field` names the request field. */
export class UnitError extends DomainError {
  constructor(
    readonly code: UnitErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }
}
