import { z } from 'zod';

// The shapes below are the ones written since users were first recorded as events (without a
// schema); every stored event parses unchanged. No secret (password, hash) ever enters an event.

/** A user account was created (its initial password is a credential, not an event). */
export const UserCreated = z.object({
  type: z.literal('UserCreated'),
  data: z.object({ username: z.string(), fullName: z.string(), email: z.string().nullable().optional() }),
});

/** A role at a unit was granted from an instant. */
export const UserRoleGranted = z.object({
  type: z.literal('UserRoleGranted'),
  data: z.object({ role: z.string(), unitId: z.string(), validFrom: z.string() }),
});

/** A grant ended (`dissolution`: because its unit was dissolved). */
export const UserRoleRevoked = z.object({
  type: z.literal('UserRoleRevoked'),
  data: z.object({
    role: z.string(),
    unitId: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    dissolution: z.boolean().optional(),
  }),
});

/** The account was locked: its tokens stop working at once. */
export const UserDeactivated = z.object({
  type: z.literal('UserDeactivated'),
  data: z.object({ username: z.string() }),
});

/** The account was unlocked. */
export const UserReactivated = z.object({
  type: z.literal('UserReactivated'),
  data: z.object({ username: z.string() }),
});

/** One grant as the table held it. */
export const RecordedGrant = z.object({
  role: z.string(),
  unitId: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type RecordedGrant = z.infer<typeof RecordedGrant>;

/**
 * What the `users` and `user_roles` tables held for an account whose stream began before its
 * creation was an event (the demo seed, databases older than the typed aggregate): written once,
 * before the first command on it.
 */
export const UserRecorded = z.object({
  type: z.literal('UserRecorded'),
  data: z.object({
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    active: z.boolean(),
    grants: z.array(RecordedGrant),
  }),
});

/** Every event of a user stream (`user-<id>`). */
export const UserAccountEvent = z.discriminatedUnion('type', [
  UserCreated,
  UserRoleGranted,
  UserRoleRevoked,
  UserDeactivated,
  UserReactivated,
  UserRecorded,
]);
/** Every event of a user stream (`user-<id>`). */
export type UserAccountEvent = z.infer<typeof UserAccountEvent>;
