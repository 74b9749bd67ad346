import { z } from 'zod';

/** Body of `POST /api/auth/login`. */
export const LoginRequest = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
/** Body of `POST /api/auth/login`. */
export type LoginRequest = z.infer<typeof LoginRequest>;
