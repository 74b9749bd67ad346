import { z } from 'zod';
import { USER_ROLES } from '@vinhdanh/db';

/** Query of `GET /api/directory/people`: who holds a role at one unit now, searchable by name. */
export const PeopleQuery = z.strictObject({
  unitId: z.string({ error: 'unitId must be text' }).trim().min(1, { error: 'unitId must not be empty' }).max(128),
  role: z.enum(USER_ROLES, { error: `role must be one of ${USER_ROLES.join(', ')}` }).optional(),
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
