import { sql, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { levelOfKind, UnitKind, type ParentLink, type UnitEvent } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';
import { insertReorganisation } from '../reorganisation/reorganisation.repository';
import { relink } from './units.changes';

const key = (l: ParentLink) => `${l.unitId}|${l.validFrom}`;
const same = (a: ParentLink, b: ParentLink) => a.parentId === b.parentId && a.validTo === b.validTo;

/**
 * Writes the difference between two versions of the parent links: removed and changed rows are
 * deleted first, so the no-overlap constraint never sees the old and the new period at once.
 */
async function writeLinkDiff(
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

async function linksOf(trx: Transaction<Database>, unitId: string): Promise<ParentLink[]> {
  const rows = await trx
    .selectFrom('unit_parents')
    .select(['unit_id', 'parent_id', 'valid_from', 'valid_to'])
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, parentId: r.parent_id, validFrom: r.valid_from, validTo: r.valid_to }));
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The job that moves waiting nominations, recorded with the change that needs it. */
async function recordReorganisation(
  trx: Transaction<Database>,
  unitId: string,
  kind: 'dissolve' | 'reparent',
  e: StoredEvent<UnitEvent>,
  data: {
    reorganisationId: string | null;
    effectiveFrom: string;
    replacements?: { fromUnitId: string; toUnitId: string | null }[];
  },
): Promise<void> {
  // A child moved by its parent's dissolution carries the dissolution's job id but no replacements.
  if (!data.reorganisationId || !data.replacements) return;
  await insertReorganisation(trx, {
    id: data.reorganisationId,
    kind,
    unitId,
    effectiveFrom: data.effectiveFrom,
    replacements: data.replacements,
    reason: e.metadata.reason ?? '',
    operatorId: e.metadata.actor ?? '',
    operatorName: text(e.metadata['actorName']) ?? e.metadata.actor ?? '',
    operatorUnitId: text(e.metadata['actorUnitId']) ?? 'unknown',
    createdAt: e.occurredAt,
  });
}

/** The `units` and `unit_parents` rows (and a reorganisation job) of a unit's new events. */
export async function projectUnitEvents(
  trx: Transaction<Database>,
  unitId: string,
  events: readonly StoredEvent<UnitEvent>[],
): Promise<void> {
  for (const e of events) {
    const { event } = e;
    switch (event.type) {
      case 'UnitRecorded':
        break;
      case 'UnitCreated': {
        const d = event.data;
        const kind = UnitKind.parse(d.kind);
        await trx
          .insertInto('units')
          .values({
            id: unitId,
            code: d.code,
            name: d.name,
            kind,
            level: levelOfKind(kind),
            member_count: d.memberCount ?? 0,
            dissolved_on: null,
          })
          .execute();
        await writeLinkDiff(trx, [], [{ unitId, parentId: d.parentId, validFrom: d.effectiveFrom, validTo: null }]);
        break;
      }
      case 'UnitRenamed':
        await trx.updateTable('units').set({ name: event.data.to }).where('id', '=', unitId).execute();
        break;
      case 'UnitReparented': {
        const before = await linksOf(trx, unitId);
        await writeLinkDiff(trx, before, relink(before, unitId, event.data.parentId, event.data.effectiveFrom));
        await recordReorganisation(trx, unitId, 'reparent', e, event.data);
        break;
      }
      case 'UnitDissolved': {
        const date = event.data.effectiveFrom;
        await trx.updateTable('units').set({ dissolved_on: date }).where('id', '=', unitId).execute();
        const before = await linksOf(trx, unitId);
        const after = before
          .filter((l) => l.validFrom < date)
          .map((l) => (l.validTo === null || l.validTo > date ? { ...l, validTo: date } : l));
        await writeLinkDiff(trx, before, after);
        await recordReorganisation(trx, unitId, 'dissolve', e, event.data);
        break;
      }
    }
  }
}

/** What the `units` table holds for a unit, as the event that adopts it into its stream (none when unknown). */
export async function recordedUnit(trx: Transaction<Database>, unitId: string): Promise<UnitEvent[]> {
  const row = await trx
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'member_count', sql<string | null>`dissolved_on::text`.as('dissolved_on')])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!row) return [];
  const { id, code, name, kind } = row;
  return [
    {
      type: 'UnitRecorded',
      data: { id, code, name, kind, memberCount: row.member_count, dissolvedOn: row.dissolved_on },
    },
  ];
}
