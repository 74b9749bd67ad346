import type { Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { DelegationEvent } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/** The `delegations` read model (what the inbox and guards lend roles from), written only here. */
export async function projectDelegationEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<DelegationEvent>[],
): Promise<void> {
  for (const { event, metadata, occurredAt } of events) {
    if (event.type === 'DelegationGranted') {
      const d = event.data;
      await trx
        .insertInto('delegations')
        .values({
          id: d.delegationId,
          delegator_id: d.delegatorId,
          delegate_id: d.delegateId,
          unit_id: d.unitId,
          roles: d.roles as never,
          starts_at: d.startsAt,
          ends_at: d.endsAt,
          reason: d.reason,
          created_at: occurredAt,
          // The id derives from the Idempotency-Key, so it is as unique per delegator as the key.
          create_key: d.delegationId,
        })
        .execute();
    } else {
      await trx
        .updateTable('delegations')
        .set({
          revoked_at: event.data.revokedAt,
          revoked_by: typeof metadata.actor === 'string' ? metadata.actor : null,
          revoke_reason: event.data.reason ?? null,
        })
        .where('id', '=', event.data.delegationId)
        .execute();
    }
  }
}
