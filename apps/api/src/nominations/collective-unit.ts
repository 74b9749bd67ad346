import type { Dossier, OrgTree } from '@vinhdanh/domain';
import { RequestValidationError } from '../errors/api-error';

const FIELD = 'dossier.nominee.unitId';

function refuse(rule: string, vi: string, en: string): never {
  throw new RequestValidationError([{ field: FIELD, in: 'body', rule, message: vi, message_en: en }]);
}

/**
 * A collective named by its unit (`nominee.unitId`) must be a unit of the tree that exists on the
 * submission day and is the nominating unit or sits below it — the same rule as a batch row. Its
 * award history is then read by that id, whatever its name or parent later becomes.
 */
export function assertCollectiveUnit(
  tree: OrgTree,
  nominatingUnitId: string,
  nominee: Dossier['nominee'],
  today: string,
): void {
  if (nominee.kind !== 'collective' || nominee.unitId === undefined) return;
  const unit = tree.findUnit(nominee.unitId);
  if (!unit) {
    refuse('known-unit', `Không tìm thấy đơn vị "${nominee.unitId}".`, `Unknown unit "${nominee.unitId}".`);
  }
  if (!tree.isActiveAsOf(unit.id, today)) {
    refuse(
      'active-unit',
      `Đơn vị "${unit.name}" không còn hoạt động vào ngày đề nghị.`,
      `Unit "${unit.name}" does not exist on the day of the nomination.`,
    );
  }
  if (!tree.ancestryAsOf(unit.id, today).some((u) => u.id === nominatingUnitId)) {
    refuse(
      'unit-not-below-submitter',
      `Tập thể "${unit.name}" không phải đơn vị đề nghị hoặc đơn vị trực thuộc đơn vị đề nghị.`,
      `Collective "${unit.name}" is neither the nominating unit nor a unit under it.`,
    );
  }
}
