import { DomainError } from '../shared/domain-error';

/** Stable codes of calendar refusals. */
export type CalendarErrorCode =
  | 'CALENDAR.INVALID'
  | 'CALENDAR.INVALID_DATE'
  | 'CALENDAR.INVALID_DAYS'
  | 'CALENDAR.NO_WORKING_DAYS'
  | 'CALENDAR.INVALID_DAY'
  | 'CALENDAR.DAY_NOT_LISTED';

/** Thrown for calendar data or arguments that cannot give a due date. */
export class CalendarError extends DomainError {
  constructor(
    readonly code: CalendarErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }
}
