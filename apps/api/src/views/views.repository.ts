import type { ColumnType, JSONColumnType, Kysely } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import type { RoleGrant } from '../auth/principal';
import type { SavedView, ViewShare, ViewTarget } from './views.schemas';

/** `saved_views` (migration 0730): a user's named filter and sort for a list. */
interface SavedViewsTable {
  id: string;
  owner_id: string;
  name: string;
  target: ViewTarget;
  filter: JSONColumnType<Record<string, unknown>, string, string>;
  sort: JSONColumnType<SavedView['sort'], string, string>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, string | undefined, string>;
}
/** `saved_view_shares`: everyone holding `role` at `unit_id` sees the view. */
interface SavedViewSharesTable {
  view_id: string;
  role: UserRole;
  unit_id: string;
}
// The tables belong to this feature only, so they extend the database type here, not in @vinhdanh/db.
type ViewsDb = Kysely<Database & { saved_views: SavedViewsTable; saved_view_shares: SavedViewSharesTable }>;
const viewsDb = (db: Kysely<Database>): ViewsDb =>
  db.withTables<{ saved_views: SavedViewsTable; saved_view_shares: SavedViewSharesTable }>();

/** A view as stored, before the caller's perspective (`mine`) and the share names are added. */
export interface StoredView {
  id: string;
  ownerId: string;
  ownerName: string;
  name: string;
  target: ViewTarget;
  filter: Record<string, unknown>;
  sort: SavedView['sort'];
  createdAt: Date;
  updatedAt: Date;
}

function selectViews(db: Kysely<Database>) {
  return viewsDb(db)
    .selectFrom('saved_views as v')
    .innerJoin('users as u', 'u.id', 'v.owner_id')
    .select([
      'v.id',
      'v.owner_id as ownerId',
      'u.full_name as ownerName',
      'v.name',
      'v.target',
      'v.filter',
      'v.sort',
      'v.created_at as createdAt',
      'v.updated_at as updatedAt',
    ]);
}

/** Views a user owns (a user keeps at most `MAX_VIEWS_PER_USER`, so the list is bounded). */
export async function listOwnViews(db: Kysely<Database>, ownerId: string, target?: ViewTarget): Promise<StoredView[]> {
  let q = selectViews(db).where('v.owner_id', '=', ownerId);
  if (target) q = q.where('v.target', '=', target);
  return q.orderBy('v.name').orderBy('v.id').execute();
}

/** Views others shared with a role the user holds at a unit, at most `limit`. */
export async function listSharedViews(
  db: Kysely<Database>,
  userId: string,
  grants: readonly Pick<RoleGrant, 'role' | 'unitId'>[],
  target: ViewTarget | undefined,
  limit: number,
): Promise<StoredView[]> {
  if (grants.length === 0) return [];
  let q = selectViews(db)
    .where('v.owner_id', '<>', userId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('saved_view_shares as s')
          .select('s.view_id')
          .whereRef('s.view_id', '=', 'v.id')
          .where((eb) => eb.or(grants.map((g) => eb.and([eb('s.unit_id', '=', g.unitId), eb('s.role', '=', g.role)])))),
      ),
    );
  if (target) q = q.where('v.target', '=', target);
  return q.orderBy('v.name').orderBy('v.id').limit(limit).execute();
}

/** One view by id, whoever owns it (the service decides who may see it). */
export async function findView(db: Kysely<Database>, id: string): Promise<StoredView | undefined> {
  return selectViews(db).where('v.id', '=', id).executeTakeFirst();
}

/** The audiences of the given views, with unit names, by view id. */
export async function sharesOf(
  db: Kysely<Database>,
  viewIds: readonly string[],
): Promise<Map<string, SavedView['shares']>> {
  const out = new Map<string, SavedView['shares']>();
  if (viewIds.length === 0) return out;
  const rows = await viewsDb(db)
    .selectFrom('saved_view_shares as s')
    .leftJoin('units as u', 'u.id', 's.unit_id')
    .select(['s.view_id', 's.role', 's.unit_id', 'u.name'])
    .where('s.view_id', 'in', viewIds)
    .orderBy('s.unit_id')
    .orderBy('s.role')
    .execute();
  for (const r of rows) {
    const list = out.get(r.view_id) ?? [];
    list.push({ role: r.role, unitId: r.unit_id, unitName: r.name });
    out.set(r.view_id, list);
  }
  return out;
}

/** How many views a user owns. */
export async function countOwnViews(db: Kysely<Database>, ownerId: string): Promise<number> {
  const row = await viewsDb(db)
    .selectFrom('saved_views')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The fields of a new or changed view. */
export interface ViewWrite {
  name?: string;
  filter?: Record<string, unknown>;
  sort?: SavedView['sort'];
  shares?: ViewShare[];
}

/**
 * Inserts a view under a caller-chosen id; false when that id exists already (a retried request).
 * A duplicate name surfaces as the unique violation `saved_views_owner_name_key`.
 */
export async function insertView(
  db: Kysely<Database>,
  view: { id: string; ownerId: string; target: ViewTarget } & Required<ViewWrite>,
): Promise<boolean> {
  return viewsDb(db)
    .transaction()
    .execute(async (trx) => {
      const inserted = await trx
        .insertInto('saved_views')
        .values({
          id: view.id,
          owner_id: view.ownerId,
          name: view.name,
          target: view.target,
          filter: JSON.stringify(view.filter),
          sort: JSON.stringify(view.sort),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) await replaceShares(trx, view.id, view.shares);
      return inserted !== undefined;
    });
}

/** Applies the given changes to a view (shares replaced as a whole when given). */
export async function updateView(db: Kysely<Database>, id: string, change: ViewWrite, now: Date): Promise<void> {
  await viewsDb(db)
    .transaction()
    .execute(async (trx) => {
      await trx
        .updateTable('saved_views')
        .set({
          updated_at: now.toISOString(),
          ...(change.name !== undefined ? { name: change.name } : {}),
          ...(change.filter !== undefined ? { filter: JSON.stringify(change.filter) } : {}),
          ...(change.sort !== undefined ? { sort: JSON.stringify(change.sort) } : {}),
        })
        .where('id', '=', id)
        .execute();
      if (change.shares) await replaceShares(trx, id, change.shares);
    });
}

async function replaceShares(trx: ViewsDb, viewId: string, shares: readonly ViewShare[]): Promise<void> {
  await trx.deleteFrom('saved_view_shares').where('view_id', '=', viewId).execute();
  const unique = new Map(shares.map((s) => [`${s.role}\u0000${s.unitId}`, s]));
  if (unique.size === 0) return;
  await trx
    .insertInto('saved_view_shares')
    .values([...unique.values()].map((s) => ({ view_id: viewId, role: s.role, unit_id: s.unitId })))
    .execute();
}

/** Deletes a view and its shares. */
export async function deleteView(db: Kysely<Database>, id: string): Promise<void> {
  await viewsDb(db).deleteFrom('saved_views').where('id', '=', id).execute();
}

/** The unit ids among `ids` that exist. */
export async function existingUnits(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('units').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
