import { z } from 'zod';
import { IsoDateTime } from '../shared/dates';

/** A trimmed, non-empty identifier of at most 128 characters. */
export const id = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(128, { error: `${field} must be at most 128 characters` });

/** A reason people will read later: non-empty, at most 4000 characters. */
export const reasonText = z
  .string({ error: 'reason must be text' })
  .trim()
  .min(1, { error: 'reason must not be empty' })
  .max(4000, { error: 'reason must be at most 4000 characters' });

/** Who acts: the signed-in user and the unit they act for. */
export const Actor = z.object({ userId: id('userId'), name: id('name'), unitId: id('unitId') });
/** Who acts. */
export type Actor = z.infer<typeof Actor>;

/** Fields every command carries: the nomination, the actor and the instant it acts at. */
export const commandBase = { nominationId: id('nominationId'), actor: Actor, now: IsoDateTime };

/** The inbox task a caller saw; a stale click on a since-reopened task is then refused. */
export const taskSeq = z.number().int().min(1).optional();
