/**
 * Stable error code → HTTP status. The first matching rule wins; `*` matches one code segment
 * prefix or suffix. Add a line here when a new code family appears; unknown codes become 500.
 */
export const ERROR_STATUS_RULES: ReadonlyArray<readonly [pattern: string, status: number]> = [
  ['REQUEST.VALIDATION_FAILED', 400],
  ['REQUEST.MALFORMED_JSON', 400],
  ['REQUEST.*', 400],
  ['AUTH.INVALID_CREDENTIALS', 401],
  ['AUTH.UNAUTHENTICATED', 401],
  ['AUTH.TOKEN_EXPIRED', 401],
  ['AUTH.TOKEN_INVALID', 401],
  ['AUTH.USER_INACTIVE', 401],
  ['AUTH.TOKEN_REVOKED', 401],
  ['AUTH.REFRESH_INVALID', 401],
  ['AUTH.PASSWORD_CHANGE_REQUIRED', 403],
  ['AUTH.FORBIDDEN', 403],
  ['AUTH.RATE_LIMITED', 429],
  ['EVENT_STORE.VERSION_CONFLICT', 409],
  // Text the event store cannot encode (NUL, a lone surrogate) that got past the request schemas.
  ['EVENT_STORE.UNENCODABLE_TEXT', 400],
  ['IDEMPOTENCY.*', 409],
  ['*.NOT_FOUND', 404],
  // Uploads: a file over the size limit, a type the dossier does not take, other refusals name the header or body.
  ['ATTACHMENT.TOO_LARGE', 413],
  ['ATTACHMENT.UNSUPPORTED_TYPE', 415],
  ['ATTACHMENT.*', 400],
  ['*.CONFLICT', 409],
  ['*.ALREADY_DECIDED', 409],
  ['*.ALREADY_EXISTS', 409],
  ['*.STALE_READ_MODEL', 503],
  ['TEMPORAL.UNAVAILABLE', 503],
  // The nomination moved on (task closed, decided, final): the request conflicts with its current state.
  ['NOMINATION.TASK_NOT_OPEN', 409],
  ['NOMINATION.NOT_AT_THIS_LEVEL', 409],
  ['NOMINATION.ALREADY_FINAL', 409],
  ['NOMINATION.ALREADY_SUBMITTED', 409],
  // The procedure is elsewhere (an earlier step pending, this one done, paused, not granted): retry later or elsewhere.
  ['NOMINATION.STEP_PENDING', 409],
  ['NOMINATION.STEP_ALREADY_DONE', 409],
  ['NOMINATION.ON_HOLD', 409],
  ['NOMINATION.NOT_ON_HOLD', 409],
  ['NOMINATION.NOT_GRANTED', 409],
  ['NOMINATION.CONCURRENT_CHANGE', 409],
  // Public disclosure still running or objections pending: forwarding waits for them, like a hold.
  ['NOMINATION.DISCLOSURE_OPEN', 409],
  ['NOMINATION.OBJECTION_UNANSWERED', 409],
  ['NOMINATION.OBJECTION_UPHELD', 409],
  ['NOMINATION.DISCLOSURE_ALREADY_ENDED', 409],
  // A force return of a nomination already waiting at its nominating unit: nothing to return.
  ['NOMINATION.ALREADY_AT_NOMINATING_UNIT', 409],
  // A quota is used up: a conflict with other nominations' reservations, not with this request's content.
  ['QUOTA.EXCEEDED', 409],
  ['QUOTA.*', 422],
  ['ELIGIBILITY.*', 422],
  // A tally or calendar entry that does not add up is a malformed request.
  ['VOTE.INVALID_TALLY', 400],
  ['VOTE.*', 422],
  ['CALENDAR.*', 400],
  // A conflicted or recused person may not act (403); a task someone else holds is a conflict (409).
  ['CONFLICT_OF_INTEREST.*', 403],
  ['NOMINATION.RECUSED', 403],
  ['NOMINATION.TASK_HELD', 409],
  ['NOMINATION.TASK_NOT_HELD', 409],
  ['DELEGATION.*', 409],
  ['TASK.*', 422],
  // Business refusals from the pure domain: the request was understood but the rules say no.
  ['NOMINATION.*', 422],
  ['AWARD_DECISION.ALREADY_ISSUED', 409],
  ['AWARD_DECISION.NOT_FOUND', 404],
  ['DOCUMENT.NOT_FOUND', 404],
  ['AWARD_DECISION.*', 422],
  ['DOCUMENT_TEMPLATE.*', 422],
  ['ROUTE.*', 422],
  ['RULES.*', 422],
  // Rule-set versions: a published version is final (409); an invalid draft cannot be published (422).
  ['RULE_SET.IMMUTABLE', 409],
  ['RULE_SET.INVALID', 422],
  ['CAMPAIGN.*', 422],
  // Emulation blocs: a refusal names its rule (late covenant, score out of range, self cross-score, ballots).
  ['BLOC.*', 422],
  // Submission batches: a second submission of the same batch is a conflict; bad rows are 422 naming each row.
  ['BATCH.ALREADY_EXISTS', 409],
  ['BATCH.*', 422],
  // Council sessions: a second convening is a conflict; a tally that does not add up is malformed.
  ['COUNCIL.ALREADY_EXISTS', 409],
  ['COUNCIL.INVALID_TALLY', 400],
  ['COUNCIL.*', 422],
  ['COUNCIL_ROSTER.*', 422],
  ['ORG.UNKNOWN_UNIT', 404],
  ['ORG.*', 422],
];

function matches(pattern: string, code: string): boolean {
  if (pattern.startsWith('*.')) return code.endsWith(pattern.slice(1));
  if (pattern.endsWith('.*')) return code.startsWith(pattern.slice(0, -1));
  return pattern === code;
}

/** The HTTP status for an error code, or undefined when no rule knows the code. */
export function statusForCode(code: string): number | undefined {
  return ERROR_STATUS_RULES.find(([pattern]) => matches(pattern, code))?.[1];
}
