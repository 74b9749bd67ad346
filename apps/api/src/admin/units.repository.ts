import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { levelOfKind, type OrgTreeData } from '@vinhdanh/domain';
import type { UnitView } from './units.schemas';

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

/** True when another unit already uses the code. */
export async function unitCodeTaken(db: Kysely<Database>, code: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select 1 as n from units where code = ${code}`.execute(db);
  return rows.length > 0;
}
