import { DomainError } from '../shared/domain-error';

/** Stable codes for problems found in org-tree data. */
export type OrgProblemCode =
  | 'ORG.INVALID_DATA'
  | 'ORG.DUPLICATE_UNIT'
  | 'ORG.DUPLICATE_CODE'
  | 'ORG.UNKNOWN_UNIT'
  | 'ORG.INVALID_PERIOD'
  | 'ORG.OVERLAPPING_PARENTS'
  | 'ORG.PARENT_LEVEL_NOT_ABOVE'
  | 'ORG.LINK_AFTER_DISSOLUTION'
  | 'ORG.CYCLE';

/** One thing wrong with org-tree data, naming the unit it concerns. */
export interface OrgProblem {
  readonly code: OrgProblemCode;
  readonly unitId?: string;
  readonly message: string;
}

/** Thrown when org-tree data is inconsistent; lists every problem, not just the first. */
export class OrgTreeInvalidError extends DomainError {
  readonly code = 'ORG.INVALID_TREE';
  constructor(readonly problems: readonly OrgProblem[]) {
    super(
      `Cây tổ chức không hợp lệ:\n  ${problems.map((p) => p.message).join('\n  ')}`,
      `Invalid org tree:\n  ${problems.map((p) => `${p.code}: ${p.message}`).join('\n  ')}`,
      { problems },
    );
  }
}

/** Thrown when a lookup names a unit the tree does not contain. */
export class OrgUnitNotFoundError extends DomainError {
  readonly code = 'ORG.UNKNOWN_UNIT';
  constructor(readonly unitId: string) {
    super(`Không tìm thấy đơn vị "${unitId}".`, `Unknown org unit "${unitId}".`, { unitId });
  }
}
