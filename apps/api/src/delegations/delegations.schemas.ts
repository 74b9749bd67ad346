import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

const instant = (field: string) =>
  z.iso.datetime({ offset: true, error: `${field} must be an ISO 8601 date-time, e.g. 2026-07-01T00:00:00+07:00` });

/** Body of `POST /api/delegations`: lend my approver roles at `unitId` to a colleague for [startsAt, endsAt). */
export const CreateDelegationRequest = z.strictObject({
  delegateUserId: z.uuid({ error: 'delegateUserId must be a user id (UUID)' }),
  unitId: safeString({ error: 'unitId must be text' }).trim().min(1, { error: 'unitId must not be empty' }).max(128),
  /** From now when absent. */
  startsAt: instant('startsAt').optional(),
  endsAt: instant('endsAt'),
  reason: safeString({ error: 'reason must be text' })
    .trim()
    .min(1, { error: 'reason must not be empty' })
    .max(2000, { error: 'reason must be at most 2000 characters' }),
});
/** Body of a delegation. */
export type CreateDelegationRequest = z.infer<typeof CreateDelegationRequest>;

/** Body of `POST /api/delegations/:id/revoke`. */
export const RevokeDelegationRequest = z.strictObject({
  reason: safeString({ error: 'reason must be text' }).trim().min(1).max(2000).optional(),
});
/** Body of a revocation. */
export type RevokeDelegationRequest = z.infer<typeof RevokeDelegationRequest>;

/** A delegation id in a path. */
export const DelegationIdParam = z.uuid({ error: 'id must be a delegation id (UUID)' });

/** How long a delegation may last (the domain's rule). */
export { MAX_DELEGATION_DAYS } from '@vinhdanh/domain';
