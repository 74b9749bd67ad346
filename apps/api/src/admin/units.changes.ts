import {
  levelOfKind,
  OrgTree,
  validateOrgTree,
  type OrgTreeData,
  type OrgUnit,
  type ParentLink,
} from '@vinhdanh/domain';
import { ApiError } from '../errors/api-error';
import { FieldRuleError } from './users.errors';

/** A unit pair to swap on the routes of nominations still waiting (`toUnitId` null: no counterpart). */
export interface Replacement {
  fromUnitId: string;
  toUnitId: string | null;
}

/** The org tree after a change refuses validation: every problem listed, the field named (422). */
export class OrgChangeRefusedError extends ApiError {
  constructor(field: string, problems: readonly { code: string; message: string }[]) {
    const main = problems.find((p) => p.code === 'ORG.CYCLE') ?? problems[0];
    const code = main?.code ?? 'ORG.INVALID_DATA';
    const list = problems.map((p) => p.message).join('; ');
    super(
      code,
      `Thay đổi làm cây tổ chức không hợp lệ: ${list}`,
      `The change would break the org tree: ${list}`,
      {
        field,
        problems,
      },
      [{ field, in: 'body', rule: code, message: `Cây tổ chức không hợp lệ: ${list}`, message_en: list }],
    );
    this.name = 'OrgChangeRefusedError';
  }
}

/** Validates the changed data with the domain's org-tree rules; throws naming `field`. */
export function checkedTree(data: OrgTreeData, field: string): OrgTree {
  const problems = validateOrgTree(data);
  if (problems.length > 0) throw new OrgChangeRefusedError(field, problems);
  return OrgTree.create(data);
}

/** The unit, or a 400 naming the field when it is unknown or not active on `date`. */
export function activeUnit(tree: OrgTree, unitId: string, date: string, field: string): OrgUnit {
  const unit = tree.findUnit(unitId);
  if (!unit) {
    throw new FieldRuleError(field, 'exists', `Không tìm thấy đơn vị "${unitId}".`, `Unknown unit "${unitId}".`);
  }
  if (!tree.isActiveAsOf(unitId, date)) {
    throw new FieldRuleError(
      field,
      'active',
      `Đơn vị "${unit.name}" đã giải thể trước ngày ${date}.`,
      `Unit "${unit.name}" is dissolved before ${date}.`,
    );
  }
  return unit;
}

/**
 * The links after moving `unitId` to `parentId` from `date`: the link valid that day is closed
 * (or replaced when it starts that day). A later recorded change is refused: edit it first.
 */
export function relink(links: readonly ParentLink[], unitId: string, parentId: string, date: string): ParentLink[] {
  const own = links.filter((l) => l.unitId === unitId);
  const later = own.find((l) => l.validFrom > date);
  if (later) {
    throw new FieldRuleError(
      'effectiveFrom',
      'after-last-change',
      `Đơn vị đã có thay đổi cấp trên từ ngày ${later.validFrom}; ngày hiệu lực phải từ ngày đó trở đi.`,
      `The unit already changes parent on ${later.validFrom}; effectiveFrom must not be earlier.`,
    );
  }
  const current = own.find((l) => l.validFrom <= date && (l.validTo === null || date < l.validTo));
  const rest = links.filter((l) => l !== current);
  const until = current?.validTo ?? null;
  const closed = current && current.validFrom < date ? [{ ...current, validTo: date }] : [];
  return [...rest, ...closed, { unitId, parentId, validFrom: date, validTo: until }];
}

/** Level → unit of an ancestry (the unit itself excluded). */
function byLevel(tree: OrgTree, unitId: string, date: string): Map<number, string> {
  return new Map(
    tree
      .ancestryAsOf(unitId, date)
      .slice(1)
      .map((u) => [levelOfKind(u.kind), u.id]),
  );
}

/**
 * The unit pairs a reorganisation swaps on pending routes: `first` (the dissolved unit and its
 * successor), then every level above where the old chain and the new one name different units.
 */
export function replacementsOf(
  before: { tree: OrgTree; unitId: string },
  after: { tree: OrgTree; unitId: string },
  date: string,
  first?: Replacement,
): Replacement[] {
  const old = byLevel(before.tree, before.unitId, date);
  const now = byLevel(after.tree, after.unitId, date);
  const pairs: Replacement[] = first ? [first] : [];
  for (const [level, fromUnitId] of [...old].sort(([a], [b]) => a - b)) {
    const toUnitId = now.get(level) ?? null;
    if (toUnitId !== fromUnitId && !pairs.some((p) => p.fromUnitId === fromUnitId))
      pairs.push({ fromUnitId, toUnitId });
  }
  return pairs;
}
