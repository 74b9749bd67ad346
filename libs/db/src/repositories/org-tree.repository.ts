import { sql, type Kysely } from 'kysely';
import { OrgTree, type OrgTreeData, type OrgUnit, type UnitKind } from '@vinhdanh/domain';
import type { Database } from '../database';

/**
 * Options for loading the org tree; `asOf` (YYYY-MM-DD) keeps only the units that exist that day
 * and the links valid that day (their own validity periods are kept as stored).
 */
export interface LoadOrgTreeOptions {
  asOf?: string;
}

/**
 * Reads units and effective-dated parent links as the domain's plain `OrgTreeData`. Without
 * `asOf` the whole history is returned, so one tree answers "parent as of" for any date.
 */
export async function loadOrgTreeData(db: Kysely<Database>, options: LoadOrgTreeOptions = {}): Promise<OrgTreeData> {
  const { asOf } = options;
  let unitsQuery = db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'member_count', sql<string | null>`dissolved_on::text`.as('dissolved_on')])
    .orderBy('level', 'desc')
    .orderBy('code');
  if (asOf) {
    // The model has no founding date: a unit that has parent links, none of them valid that day,
    // did not exist yet (e.g. commune unions before 2025-07-01) or is detached; leave it out.
    unitsQuery = unitsQuery
      .where((eb) => eb.or([eb('dissolved_on', 'is', null), eb('dissolved_on', '>', asOf)]))
      .where((eb) =>
        eb.or([
          eb.not(
            eb.exists(eb.selectFrom('unit_parents as p').select('p.unit_id').whereRef('p.unit_id', '=', 'units.id')),
          ),
          eb.exists(
            eb
              .selectFrom('unit_parents as p')
              .select('p.unit_id')
              .whereRef('p.unit_id', '=', 'units.id')
              .where('p.valid_from', '<=', asOf)
              .where((e) => e.or([e('p.valid_to', 'is', null), e('p.valid_to', '>', asOf)])),
          ),
        ]),
      );
  }
  let linksQuery = db
    .selectFrom('unit_parents')
    .select([
      'unit_id',
      'parent_id',
      sql<string>`valid_from::text`.as('valid_from'),
      sql<string | null>`valid_to::text`.as('valid_to'),
    ])
    .orderBy('unit_id')
    .orderBy('valid_from');
  if (asOf) {
    linksQuery = linksQuery
      .where('valid_from', '<=', asOf)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]));
  }
  const [unitRows, linkRows] = await Promise.all([unitsQuery.execute(), linksQuery.execute()]);
  const units: OrgUnit[] = unitRows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    // Rows are written only through the seed and admin commands, which validate the kind.
    kind: r.kind as UnitKind,
    memberCount: r.member_count,
    ...(r.dissolved_on ? { dissolvedOn: r.dissolved_on } : {}),
  }));
  const present = new Set(units.map((u) => u.id));
  const links = linkRows
    .filter((r) => !asOf || (present.has(r.unit_id) && present.has(r.parent_id)))
    .map((r) => ({ unitId: r.unit_id, parentId: r.parent_id, validFrom: r.valid_from, validTo: r.valid_to }));
  return { units, links };
}

/** Loads and validates the org tree (throws the domain's `OrgTreeInvalidError` on inconsistent rows). */
export async function loadOrgTree(db: Kysely<Database>, options: LoadOrgTreeOptions = {}): Promise<OrgTree> {
  return OrgTree.create(await loadOrgTreeData(db, options));
}
