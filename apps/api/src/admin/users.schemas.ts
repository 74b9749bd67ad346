import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';
import { USER_ROLES } from '@vinhdanh/db';

const text = (field: string, max: number) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });

/** Why an administrator changed something; kept on the record. */
export const AdminReason = text('reason', 4000);

/** A role name. */
export const RoleName = z.enum(USER_ROLES, {
  error: `role must be one of ${USER_ROLES.join(', ')}`,
});

/** A unit id in a body. */
export const UnitIdField = (field: string) => text(field, 128);

/** A user id in a path. */
export const UserIdParam = z.uuid({ error: 'id must be a user id (UUID)' });

const roleGrant = z.strictObject({ role: RoleName, unitId: UnitIdField('unitId') });

/** Body of `POST /api/admin/users`. The initial password is set by the administrator and never returned. */
export const CreateUserRequest = z
  .strictObject({
    username: safeString({ error: 'username must be text' })
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/i, {
        error: 'username must be 3–64 letters, digits or . _ - (starting with a letter or digit)',
      }),
    fullName: text('fullName', 200),
    email: z.email({ error: 'email must be an e-mail address' }).max(320).optional(),
    initialPassword: safeString({ error: 'initialPassword must be text' })
      .min(10, { error: 'initialPassword must be at least 10 characters' })
      .max(200, { error: 'initialPassword must be at most 200 characters' }),
    roles: z.array(roleGrant).max(20, { error: 'roles must list at most 20 grants' }).default([]),
    reason: AdminReason,
  })
  .meta({
    examples: [
      {
        username: 'xdp.chair',
        fullName: 'Ngô Thị Mai',
        email: 'mai.nt@congdoan.vn',
        initialPassword: 'Doi-mat-khau-2026',
        roles: [{ role: 'chair', unitId: 'cd-xa-dan-phuong' }],
        reason: 'Chủ tịch Công đoàn xã mới thành lập theo Quyết định 12/QĐ-LĐLĐ.',
      },
    ],
  });
/** Body of `POST /api/admin/users`. */
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

/** Body of `POST /api/admin/users/:id/roles` (grant) and `/roles/revocation` (revoke). */
export const RoleChangeRequest = z
  .strictObject({ role: RoleName, unitId: UnitIdField('unitId'), reason: AdminReason })
  .meta({ examples: [{ role: 'reviewer', unitId: 'ldld-cao-bang', reason: 'Phân công theo Quyết định 45/QĐ.' }] });
/** Body of a role grant or revocation. */
export type RoleChangeRequest = z.infer<typeof RoleChangeRequest>;

/** Body of `POST /api/admin/users/:id/deactivation` and `/reactivation`. */
export const ReasonRequest = z
  .strictObject({ reason: AdminReason })
  .meta({ examples: [{ reason: 'Nghỉ hưu từ 01/12/2026.' }] });
/** Body with only a reason. */
export type ReasonRequest = z.infer<typeof ReasonRequest>;

/** Query of `GET /api/admin/users`. */
export const ListUsersQuery = z.strictObject({
  q: safeString().trim().max(100, { error: 'q must be at most 100 characters' }).optional(),
  unitId: UnitIdField('unitId').optional(),
  role: RoleName.optional(),
  active: z.enum(['true', 'false'], { error: 'active must be "true" or "false"' }).optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(200, { error: 'limit must be at most 200' })
    .default(50),
  offset: z.coerce
    .number({ error: 'offset must be a number' })
    .int({ error: 'offset must be a whole number' })
    .min(0, { error: 'offset must not be negative' })
    .default(0),
});
/** Query of `GET /api/admin/users`. */
export type ListUsersQuery = z.infer<typeof ListUsersQuery>;

/** A role grant as administrators see it. */
export interface RoleGrantView {
  role: string;
  unitId: string;
  unitName: string;
  validFrom: string;
  validTo: string | null;
  current: boolean;
}

/** A user as administrators see it; never the password hash. */
export interface UserView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  createdAt: string;
  roles: RoleGrantView[];
}

/** A page of users. */
export interface UserPage {
  items: UserView[];
  total: number;
  limit: number;
  offset: number;
}
