import { DomainError } from '../shared/domain-error';

/** Thrown when a council vote's counts do not add up; `details.problems` lists each one. */
export class VoteError extends DomainError {
  readonly code = 'VOTE.INVALID_TALLY';
  constructor(
    readonly problems: readonly string[],
    tally: unknown,
  ) {
    super(
      `Kết quả bỏ phiếu không hợp lệ — ${problems.join('; ')}`,
      `The vote tally does not add up — ${problems.join('; ')}`,
      { problems, tally },
    );
  }
}
