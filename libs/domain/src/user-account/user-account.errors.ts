import { DomainError } from '../shared/domain-error';

/** Stable codes of account refusals. */
export type UserAccountErrorCode =
  'USER.NOT_FOUND' | 'USER.ALREADY_EXISTS' | 'USER.CONFLICT' | 'USER_ROLE.ALREADY_EXISTS' | 'USER_ROLE.NOT_FOUND';

/** An account command its history refuses. */
export class UserAccountError extends DomainError {
  constructor(
    readonly code: UserAccountErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }
}
