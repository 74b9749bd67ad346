import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { levelOfKind, type OrgTreeData, type ParentLink } from '@vinhdanh/domain';
import type { UnitView } from './units.schemas';

const key = (l: ParentLink) => `${l.unitId}|${l.validFrom}`;
const same = (a: ParentLink, b: ParentLink) => a.parentId === b.parentId && a.validTo === b.validTo;

/**
 * Writes the difference between two versions of the parent links: removed and changed rows are
 * deleted first, so the no-overlap constraint never sees the old and the new period at once.
 */
export async function writeLinkDiff(
  trx: Transaction<Database>,
  before: readonly ParentLink[],
  after: readonly ParentLink[],
): Promise<void> {
  const next = new Map(after.map((l) => [key(l), l]));
  const prev = new Map(before.map((l) => [key(l), l]));
  const removed = before.filter((l) => {
    const n = next.get(key(l));
    return !n || !same(l, n);
  });
  const added = after.filter((l) => {
    const p = prev.get(key(l));
    return !p || !same(l, p);
  });
  for (const l of removed) {
    await trx
      .deleteFrom('unit_parents')
      .where('unit_id', '=', l.unitId)
      .where('valid_from', '=', l.validFrom)
      .execute();
  }
  if (added.length > 0) {
    await trx
      .insertInto('unit_parents')
      .values(
        added.map((l) => ({ unit_id: l.unitId, parent_id: l.parentId, valid_from: l.validFrom, valid_to: l.validTo })),
      )
      .execute();
  }
}

/** One unit with its parent history, from the full tree data; undefined when unknown. */
export function unitViewOf(data: OrgTreeData, unitId: string): UnitView | undefined {
  const unit = data.units.find((u) => u.id === unitId);
  if (!unit) return undefined;
  const names = new Map(data.units.map((u) => [u.id, u.name]));
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    level: levelOfKind(unit.kind),
    memberCount: unit.memberCount,
    dissolvedOn: unit.dissolvedOn ?? null,
    parents: data.links
      .filter((l) => l.unitId === unitId)
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
      .map((l) => ({
        parentId: l.parentId,
        parentName: names.get(l.parentId) ?? l.parentId,
        validFrom: l.validFrom,
        validTo: l.validTo,
      })),
  };
}

/**
 * Ends the open role grants at a dissolved unit at the start of its dissolution day (Vietnam
 * time); returns who lost which role, for the record.
 */
export async function endGrantsAt(
  trx: Transaction<Database>,
  unitId: string,
  date: string,
): Promise<{ userId: string; role: string; validFrom: string }[]> {
  const boundary = new Date(`${date}T00:00:00+07:00`);
  const rows = await trx
    .updateTable('user_roles')
    .set({ valid_to: boundary })
    .where('unit_id', '=', unitId)
    .where('valid_from', '<', boundary)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', boundary)]))
    .returning(['user_id', 'role', 'valid_from'])
    .execute();
  return rows.map((r) => ({ userId: r.user_id, role: r.role, validFrom: r.valid_from.toISOString() }));
}

/** True when another unit already uses the code. */
export async function unitCodeTaken(db: Kysely<Database>, code: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select 1 as n from units where code = ${code}`.execute(db);
  return rows.length > 0;
}
