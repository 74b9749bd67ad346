import { z } from 'zod';
import { IsoDateTime } from '../../shared/dates';
import { Text } from '../../shared/text';

/** A trimmed, non-empty identifier of at most 128 characters. */
export const id = (field: string) => Text(field, 128);

/** A reason people will read later: non-empty, at most 4000 characters. */
export const reasonText = Text('reason', 4000);

/** Who acts: the signed-in user and the unit they act for. */
export const Actor = z.object({ userId: id('userId'), name: id('name'), unitId: id('unitId') });
/** Who acts. */
export type Actor = z.infer<typeof Actor>;

/** Fields every command carries: the nomination, the actor and the instant it acts at. */
export const commandBase = { nominationId: id('nominationId'), actor: Actor, now: IsoDateTime };

/** The inbox task a caller saw; a stale click on a since-reopened task is then refused. */
export const taskSeq = z.number().int().min(1).optional();

/** The decision a reviewing level takes on its open review task. */
export const Decision = z.enum(['approve', 'return', 'reject'], {
  error: 'decision must be "approve", "return" or "reject"',
});
/** The decision a reviewing level takes. */
export type Decision = z.infer<typeof Decision>;
