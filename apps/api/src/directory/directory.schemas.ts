import { z } from 'zod';
import { USER_ROLES } from '@vinhdanh/db';
import { POLICY, type Permission } from '../auth/policy';

const PERMISSIONS = Object.keys(POLICY) as [Permission, ...Permission[]];

/** Query of `GET /api/directory/people`: who holds a role at one unit now, searchable by name. */
export const PeopleQuery = z.strictObject({
  unitId: z.string({ error: 'unitId must be text' }).trim().min(1, { error: 'unitId must not be empty' }).max(128),
  role: z.enum(USER_ROLES, { error: `role must be one of ${USER_ROLES.join(', ')}` }).optional(),
  /** Only people whose roles there grant this permission (e.g. `nomination.decide`: who may be assigned a review). */
  permission: z.enum(PERMISSIONS, { error: 'permission must be a permission of the policy table' }).optional(),
  q: z.string({ error: 'q must be text' }).trim().max(100, { error: 'q must be at most 100 characters' }).optional(),
});
/** Query of the people directory. */
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/** One person of the directory: enough to choose them, nothing more (no email, no username). */
export interface DirectoryPerson {
  userId: string;
  fullName: string;
  /** Their current roles at the unit asked for. */
  roles: string[];
}
