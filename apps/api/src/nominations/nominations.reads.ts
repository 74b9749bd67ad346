import type { Kysely } from 'kysely';
import {
  inboxCounts,
  listInbox,
  listNominations,
  type Database,
  type InboxCounts,
  type InboxTask,
  type NominationSummary,
  type Page,
} from '@vinhdanh/db';
import type { InboxScope } from './access';
import type { InboxRequest, ListNominationsRequest } from './nominations.schemas';

// The queries live in @vinhdanh/db's nominations repository (one implementation); these adapters
// only turn an API request plus the caller's access scope into the repository's query.

/** Newest submitted first, keyset-paginated, within the caller's units (`null`: all, for oversight roles). */
export function listScopedNominations(
  db: Kysely<Database>,
  unitIds: readonly string[] | null,
  q: ListNominationsRequest,
): Promise<Page<NominationSummary>> {
  return listNominations(db, { ...q, ...(unitIds === null ? {} : { touchingUnitIds: [...unitIds] }) });
}

/** Open tasks the caller may act on, oldest first; every other request field is a filter passed through. */
export function listScopedInbox(
  db: Kysely<Database>,
  scope: InboxScope,
  q: InboxRequest & { now?: Date },
): Promise<Page<InboxTask>> {
  const { kind, ...filters } = q;
  return listInbox(db, { ...filters, kinds: kind ? [kind] : undefined, scope });
}

/** Counts of the caller's whole inbox (filters aside), read from `inbox_counts`. */
export type ScopedInboxCounts = InboxCounts;

/** Counts of the caller's whole inbox (filters aside). */
export function scopedInboxCounts(db: Kysely<Database>, scope: InboxScope): Promise<ScopedInboxCounts> {
  return inboxCounts(db, { scope });
}

/** Names of units, for showing a route. */
export async function unitNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
