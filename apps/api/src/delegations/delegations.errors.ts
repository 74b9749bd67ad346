import { ApiError } from '../errors/api-error';

/** The delegator already lends their roles at that unit for an overlapping period (409, naming it). */
export class DelegationOverlapsError extends ApiError {
  constructor(existing: { id: string; startsAt: string; endsAt: string; delegateName: string }) {
    super(
      'DELEGATION.OVERLAPS',
      `Đã có ủy quyền cho ${existing.delegateName} từ ${existing.startsAt} đến ${existing.endsAt} trùng thời gian; hãy thu hồi trước.`,
      `A delegation to ${existing.delegateName} from ${existing.startsAt} to ${existing.endsAt} overlaps; revoke it first.`,
      { existing },
    );
    this.name = 'DelegationOverlapsError';
  }
}

/** The delegation can no longer be revoked: already revoked, or over (409). */
export class DelegationClosedError extends ApiError {
  constructor(id: string, why: 'revoked' | 'ended', at: string) {
    super(
      why === 'revoked' ? 'DELEGATION.ALREADY_REVOKED' : 'DELEGATION.ENDED',
      why === 'revoked' ? `Ủy quyền đã được thu hồi lúc ${at}.` : `Ủy quyền đã hết hạn lúc ${at}.`,
      why === 'revoked' ? `The delegation was already revoked at ${at}.` : `The delegation already ended at ${at}.`,
      { id, at },
    );
    this.name = 'DelegationClosedError';
  }
}
