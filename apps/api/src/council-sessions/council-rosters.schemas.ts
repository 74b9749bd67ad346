import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

const text = (field: string, max: number) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });
const day = (field: string) => z.iso.date({ error: `${field} must be a date, e.g. 2026-01-01` });

/** Body of `POST /api/council-rosters/:unitId/members`: one membership, from a day (to a day, or open). */
export const AppointCouncilMemberRequest = z.strictObject({
  memberId: text('memberId', 128),
  name: text('name', 200),
  position: text('position', 300),
  role: z.enum(['chair', 'secretary', 'member'], { error: 'role must be chair, secretary or member' }),
  from: day('from'),
  to: day('to').optional(),
});
export type AppointCouncilMemberRequest = z.infer<typeof AppointCouncilMemberRequest>;

/** Body of `POST /api/council-rosters/:unitId/members/:memberId/end`: the last day in office. */
export const EndCouncilMembershipRequest = z.strictObject({ to: day('to') });
export type EndCouncilMembershipRequest = z.infer<typeof EndCouncilMembershipRequest>;

export const RosterUnitParam = text('unitId', 128);
export const RosterMemberParam = text('memberId', 128);
export const RosterAsOfQuery = z.strictObject({ asOf: day('asOf').optional() });
export type RosterAsOfQuery = z.infer<typeof RosterAsOfQuery>;
