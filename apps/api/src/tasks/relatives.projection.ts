import type { Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { RelativesEvent } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/** The `relative_declarations` read model (conflict-of-interest checks read it), written only here. */
export async function projectRelativesEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<RelativesEvent>[],
  userId: string,
): Promise<void> {
  for (const { event, occurredAt } of events) {
    const d = event.data;
    await trx
      .insertInto('relative_declarations')
      .values({
        id: d.declarationId,
        user_id: userId,
        person_key: d.personKey,
        full_name: d.fullName,
        relation: d.relation,
        declared_at: occurredAt,
      })
      .execute();
  }
}
