import { periodsOverlap } from '../shared/dates';
import { fieldIssues } from '../shared/zod-issues';
import type { OrgProblem } from './org.errors';
import { levelOfKind, OrgTreeData, type OrgUnit, type ParentLink } from './org-unit';

/**
 * Every problem in org-tree data: schema errors, duplicate ids/codes, links to unknown units,
 * empty periods, two parents at once, a parent not above its child, links outliving a dissolved
 * unit, and cycles. An empty list means the tree is usable.
 */
export function validateOrgTree(input: unknown): OrgProblem[] {
  const parsed = OrgTreeData.safeParse(input);
  if (!parsed.success) {
    return fieldIssues(parsed.error).map((i) => ({ code: 'ORG.INVALID_DATA', message: `${i.field}: ${i.message}` }));
  }
  const { units, links } = parsed.data;
  const problems: OrgProblem[] = [];
  const byId = new Map<string, OrgUnit>();
  const codes = new Set<string>();
  for (const unit of units) {
    if (byId.has(unit.id))
      problems.push({
        code: 'ORG.DUPLICATE_UNIT',
        unitId: unit.id,
        message: `unit id "${unit.id}" appears more than once`,
      });
    if (codes.has(unit.code))
      problems.push({
        code: 'ORG.DUPLICATE_CODE',
        unitId: unit.id,
        message: `unit code "${unit.code}" appears more than once`,
      });
    byId.set(unit.id, unit);
    codes.add(unit.code);
  }
  for (const link of links) problems.push(...checkLink(link, byId));
  problems.push(...overlappingParents(links));
  problems.push(...cycles(links));
  return problems;
}

function checkLink(link: ParentLink, byId: ReadonlyMap<string, OrgUnit>): OrgProblem[] {
  const problems: OrgProblem[] = [];
  const what = `link ${link.unitId} → ${link.parentId} from ${link.validFrom}`;
  const child = byId.get(link.unitId);
  const parent = byId.get(link.parentId);
  if (!child)
    problems.push({ code: 'ORG.UNKNOWN_UNIT', unitId: link.unitId, message: `${what}: unknown unit "${link.unitId}"` });
  if (!parent)
    problems.push({
      code: 'ORG.UNKNOWN_UNIT',
      unitId: link.parentId,
      message: `${what}: unknown parent "${link.parentId}"`,
    });
  if (link.validTo !== null && link.validTo <= link.validFrom) {
    problems.push({
      code: 'ORG.INVALID_PERIOD',
      unitId: link.unitId,
      message: `${what}: validTo ${link.validTo} is not after validFrom`,
    });
  }
  if (child && parent && levelOfKind(parent.kind) <= levelOfKind(child.kind)) {
    problems.push({
      code: 'ORG.PARENT_LEVEL_NOT_ABOVE',
      unitId: link.unitId,
      message: `${what}: parent "${parent.name}" (level ${levelOfKind(parent.kind)}) is not above "${child.name}" (level ${levelOfKind(child.kind)})`,
    });
  }
  for (const unit of [child, parent]) {
    if (unit?.dissolvedOn && (link.validTo === null || link.validTo > unit.dissolvedOn)) {
      problems.push({
        code: 'ORG.LINK_AFTER_DISSOLUTION',
        unitId: unit.id,
        message: `${what}: "${unit.name}" is dissolved on ${unit.dissolvedOn} but the link stays valid after it`,
      });
    }
  }
  return problems;
}

function overlappingParents(links: readonly ParentLink[]): OrgProblem[] {
  const problems: OrgProblem[] = [];
  const byChild = new Map<string, ParentLink[]>();
  for (const link of links) byChild.set(link.unitId, [...(byChild.get(link.unitId) ?? []), link]);
  for (const [unitId, own] of byChild) {
    own.forEach((a, i) => {
      for (const b of own.slice(i + 1)) {
        if (periodsOverlap(a, b)) {
          problems.push({
            code: 'ORG.OVERLAPPING_PARENTS',
            unitId,
            message: `unit "${unitId}" has two parents at once: ${a.parentId} from ${a.validFrom} and ${b.parentId} from ${b.validFrom}`,
          });
        }
      }
    });
  }
  return problems;
}

// Level ordering already rules cycles out; this check keeps the guarantee explicit and independent.
function cycles(links: readonly ParentLink[]): OrgProblem[] {
  const problems: OrgProblem[] = [];
  const reported = new Set<string>();
  for (const start of links) {
    const day = start.validFrom;
    const seen = [start.unitId];
    let current: string | undefined = start.parentId;
    while (current !== undefined && seen.length <= links.length) {
      if (seen.includes(current)) {
        const key = [...seen].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({
            code: 'ORG.CYCLE',
            unitId: current,
            message: `cycle on ${day}: ${[...seen, current].join(' → ')}`,
          });
        }
        break;
      }
      seen.push(current);
      const at: string = current;
      current = links.find(
        (l) => l.unitId === at && l.validFrom <= day && (l.validTo === null || day < l.validTo),
      )?.parentId;
    }
  }
  return problems;
}
