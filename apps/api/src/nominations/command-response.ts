import { Logger } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database, NominationDetail } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { nominationView, type NominationView } from './nomination.view';
import type { CommandResult } from './workflow-updates';

/**
 * Answer of a command: the Temporal outcome and the nomination once the read model shows it —
 * null when it could not be read after the command was taken (`readModelCaughtUp` is then false).
 */
export interface CommandResponse extends Omit<CommandResult, 'nomination'> {
  nomination: NominationView | null;
}

const logger = new Logger('CommandResponse');

/**
 * The detail view of a nomination after a command, or null when it cannot be read now: the
 * command was taken, so a database gone right after the append must not turn its answer into an error.
 */
export async function viewAfterCommand(
  db: Kysely<Database>,
  store: EventStore,
  detail: NominationDetail | null,
): Promise<NominationView | null> {
  if (!detail) return null;
  try {
    return await nominationView(db, store, detail);
  } catch (err) {
    logger.warn(`nomination ${detail.id} not shown after its command: ${(err as Error).message}`);
    return null;
  }
}

/** A command's result as the API answers it (2xx, whatever the read model does after the command). */
export async function presentCommand(
  db: Kysely<Database>,
  store: EventStore,
  result: CommandResult,
): Promise<CommandResponse> {
  const nomination = await viewAfterCommand(db, store, result.nomination);
  return { ...result, readModelCaughtUp: result.readModelCaughtUp && nomination !== null, nomination };
}
