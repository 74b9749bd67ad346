import type { UserRole } from '@vinhdanh/db';
import { POLICY } from '../auth/policy';

/** The roles a delegation may lend: a colleague stands in as an approver, never as an administrator. */
export const DELEGABLE_ROLES: readonly UserRole[] = POLICY['delegation.lend'].roles;
