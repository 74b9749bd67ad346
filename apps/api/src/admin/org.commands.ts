import {
  unitAggregate,
  userAccountAggregate,
  type UnitCommand,
  type UnitEvent,
  type UnitState,
  type UserAccountCommand,
  type UserAccountEvent,
  type UserAccountState,
} from '@vinhdanh/domain';
import { unitStreamId, userStreamId } from '@vinhdanh/contracts';
import type { CommandRequest } from '../core/command-handler';
import { projectUnitEvents, recordedUnit } from './units.projection';
import { projectUserEvents, recordedUser } from './users.projection';

type Target<S, C extends UnitCommand | UserAccountCommand, E extends UnitEvent | UserAccountEvent> = Pick<
  CommandRequest<S, C, E>,
  'aggregate' | 'streamId' | 'command' | 'adopt' | 'adoptWhen' | 'project'
>;

/**
 * A command on unit `unitId`: its stream, its read model, and the adoption of a unit the table held
 * before its stream recorded its creation (seeded, or changed before units were typed).
 */
export function unitCommand(unitId: string, command: UnitCommand): Target<UnitState, UnitCommand, UnitEvent> {
  return {
    aggregate: unitAggregate,
    streamId: unitStreamId(unitId),
    command,
    adopt: (trx) => recordedUnit(trx, unitId),
    adoptWhen: (state) => state === null,
    project: (trx, events) => projectUnitEvents(trx, unitId, events),
  };
}

/** A command on user account `userId` (see `unitCommand`); `credentials` only with `CreateUser`. */
export function userCommand(
  userId: string,
  command: UserAccountCommand,
  credentials?: { passwordHash: string },
): Target<UserAccountState, UserAccountCommand, UserAccountEvent> {
  return {
    aggregate: userAccountAggregate,
    streamId: userStreamId(userId),
    command,
    adopt: (trx) => recordedUser(trx, userId),
    adoptWhen: (state) => state === null,
    project: (trx, events) => projectUserEvents(trx, userId, events, credentials),
  };
}
