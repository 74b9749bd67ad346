import { z } from 'zod';

/** A delegator lent their approver roles at one unit to a colleague for a time box. */
export const DelegationGranted = z.object({
  type: z.literal('DelegationGranted'),
  data: z.object({
    delegationId: z.string(),
    delegatorId: z.string(),
    delegateId: z.string(),
    delegateName: z.string(),
    unitId: z.string(),
    roles: z.array(z.string()),
    startsAt: z.string(),
    endsAt: z.string(),
    reason: z.string(),
  }),
});

/** The delegation was ended before its time (by the delegator or a system administrator). */
export const DelegationRevoked = z.object({
  type: z.literal('DelegationRevoked'),
  data: z.object({ delegationId: z.string(), revokedAt: z.string(), reason: z.string().optional() }),
});

/** Every event of a delegation stream. */
export const DelegationEvent = z.discriminatedUnion('type', [DelegationGranted, DelegationRevoked]);
/** Every event of a delegation stream. */
export type DelegationEvent = z.infer<typeof DelegationEvent>;
