import { isWithinPeriod, type IsoDate } from '../shared/dates';
import { OrgTreeInvalidError, OrgUnitNotFoundError } from './org.errors';
import { levelOfKind, type OrgLevel, type OrgTreeData, type OrgUnit, type ParentLink } from './org-unit';
import { validateOrgTree } from './org-tree.validation';

/**
 * A validated, effective-dated org tree. Built only through `OrgTree.create`, so every instance
 * has one parent per unit at a time, parents above children and no cycles.
 */
export class OrgTree {
  private readonly byId: ReadonlyMap<string, OrgUnit>;
  private readonly linksByChild: ReadonlyMap<string, readonly ParentLink[]>;

  private constructor(readonly data: OrgTreeData) {
    this.byId = new Map(data.units.map((u) => [u.id, u]));
    const byChild = new Map<string, ParentLink[]>();
    for (const link of data.links) byChild.set(link.unitId, [...(byChild.get(link.unitId) ?? []), link]);
    this.linksByChild = byChild;
  }

  /** Validates plain data and builds the tree; throws `OrgTreeInvalidError` listing every problem. */
  static create(data: OrgTreeData): OrgTree {
    const problems = validateOrgTree(data);
    if (problems.length > 0) throw new OrgTreeInvalidError(problems);
    return new OrgTree({ units: [...data.units], links: [...data.links] });
  }

  /** All units, in the order given. */
  get units(): readonly OrgUnit[] {
    return this.data.units;
  }

  /** The unit with this id, or undefined. */
  findUnit(unitId: string): OrgUnit | undefined {
    return this.byId.get(unitId);
  }

  /** The unit with this id; throws `OrgUnitNotFoundError` when absent. */
  unit(unitId: string): OrgUnit {
    const unit = this.byId.get(unitId);
    if (!unit) throw new OrgUnitNotFoundError(unitId);
    return unit;
  }

  /** The level of a unit, from its kind. */
  levelOf(unitId: string): OrgLevel {
    return levelOfKind(this.unit(unitId).kind);
  }

  /** True when the unit exists on that date (it is not dissolved yet). */
  isActiveAsOf(unitId: string, date: IsoDate): boolean {
    const { dissolvedOn } = this.unit(unitId);
    return dissolvedOn == null || date < dissolvedOn;
  }

  /** The unit's parent on a date, or null (the top of the tree, or no link valid that day). */
  parentAsOf(unitId: string, date: IsoDate): OrgUnit | null {
    this.unit(unitId);
    const link = (this.linksByChild.get(unitId) ?? []).find((l) => isWithinPeriod(date, l.validFrom, l.validTo));
    return link ? this.unit(link.parentId) : null;
  }

  /** The unit itself, then its parent, grandparent … as of a date, up to the first unit with no parent. */
  ancestryAsOf(unitId: string, date: IsoDate): OrgUnit[] {
    const chain = [this.unit(unitId)];
    for (let parent = this.parentAsOf(unitId, date); parent; parent = this.parentAsOf(parent.id, date)) {
      chain.push(parent);
    }
    return chain;
  }

  /** The units whose parent is this unit on a date. */
  childrenAsOf(unitId: string, date: IsoDate): OrgUnit[] {
    this.unit(unitId);
    return this.data.links
      .filter((l) => l.parentId === unitId && isWithinPeriod(date, l.validFrom, l.validTo))
      .map((l) => this.unit(l.unitId));
  }
}
