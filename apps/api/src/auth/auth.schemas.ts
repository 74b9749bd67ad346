import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

/** Body of `POST /api/auth/login`. */
export const LoginRequest = z.strictObject({
  username: safeString().trim().min(1).max(100),
  password: safeString().min(1).max(200),
});
/** Body of `POST /api/auth/login`. */
export type LoginRequest = z.infer<typeof LoginRequest>;
