import type { Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { WorkingCalendarEvent } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/** The `working_calendar_days` read model (what due dates are computed from), written only here. */
export async function projectWorkingCalendarEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<WorkingCalendarEvent>[],
): Promise<void> {
  for (const { event, metadata, occurredAt } of events) {
    switch (event.type) {
      case 'WorkingCalendarDaySet': {
        const username = typeof metadata['actorUsername'] === 'string' ? metadata['actorUsername'] : metadata.actor;
        const d = event.data;
        const change = {
          kind: d.kind,
          name_vi: d.nameVi,
          name_en: d.nameEn,
          note: d.note,
          updated_by: `${username} (${String(metadata['actorName'])})`,
          updated_at: new Date(occurredAt),
        };
        await trx
          .insertInto('working_calendar_days')
          .values({ date: d.date, ...change })
          .onConflict((oc) => oc.column('date').doUpdateSet(change))
          .execute();
        break;
      }
      case 'WorkingCalendarDayCleared':
        await trx.deleteFrom('working_calendar_days').where('date', '=', event.data.date).execute();
        break;
      case 'WorkingCalendarRecorded':
        // Recorded from the rows themselves: they already say this.
        break;
    }
  }
}
