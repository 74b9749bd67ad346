import { DomainError } from '../shared/domain-error';

/** Why a route cannot be computed. */
export type RouteErrorCode =
  | 'ROUTE.UNKNOWN_UNIT'
  | 'ROUTE.UNIT_NOT_ACTIVE'
  | 'ROUTE.START_LEVEL_NOT_ALLOWED'
  | 'ROUTE.NOMINEE_KIND_NOT_ALLOWED'
  | 'ROUTE.UNIT_KIND_NOT_ALLOWED'
  | 'ROUTE.BROKEN_ANCESTRY'
  | 'ROUTE.GRANTING_LEVEL_SKIPPED';

/** Thrown when a nomination's route cannot be computed; `code` says why. */
export class RouteError extends DomainError {
  constructor(
    readonly code: RouteErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown>,
  ) {
    super(messageVi, messageEn, details);
  }
}
