import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

/** Body of `POST /api/auth/login`. */
export const LoginRequest = z.strictObject({
  username: safeString().trim().min(1).max(100),
  password: safeString().min(1).max(200),
});
/** Body of `POST /api/auth/login`. */
export type LoginRequest = z.infer<typeof LoginRequest>;

/** Body of `POST /api/auth/refresh`. */
export const RefreshRequest = z.strictObject({
  refreshToken: z.string().min(16).max(200),
});
/** Body of `POST /api/auth/refresh`. */
export type RefreshRequest = z.infer<typeof RefreshRequest>;

/** Body of `POST /api/auth/password`: the current password and the new one (checked against the policy). */
export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
/** Body of `POST /api/auth/password`. */
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;
