import { UNIT_KINDS } from '../org/org-unit';
import { z } from 'zod';
import type { IsoDate } from '../shared/dates';
import { OrgLevel } from '../org/org-unit';
import type { OrgTree } from '../org/org-tree';
import type { AwardRule, NomineeKind } from '../rules/rule-set.schema';
import { ProcedureSteps } from '../rules/procedure-rules.schema';
import { RouteError } from './route.errors';

/**
 * One level a nomination passes through: the unit whose council/chair reviews it there, and, when
 * the route was computed with the procedure (`computeProcedureRoute`), the ordered steps it runs.
 */
export const RouteStep = z.object({
  level: OrgLevel,
  unitId: z.string().min(1, { error: 'unitId must not be empty' }),
  steps: ProcedureSteps.optional(),
});
/** One level a nomination passes through. */
export type RouteStep = z.infer<typeof RouteStep>;

/** A route: the nominating unit first, then each reviewing unit up to the granting one (last). */
export const Route = z
  .array(RouteStep)
  .min(1, { error: 'route must have at least one step' })
  .superRefine((steps, ctx) => {
    steps.forEach((step, i) => {
      const previous = steps[i - 1];
      if (previous && step.level <= previous.level) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'level'],
          message: `route levels must rise: step ${i} (level ${step.level}) is not above step ${i - 1}`,
        });
      }
    });
  });
/** A route. */
export type Route = z.infer<typeof Route>;

/**
 * The route of a nomination: the nominating unit (its own council/chair reviews first and
 * forwards), then its ancestors as of `asOf`, up to and including the unit at the award's granting
 * level. Levels may be skipped where the tree skips them (a CĐCS directly under a level-3 union).
 * Throws `RouteError` for an unknown or dissolved unit, an award not open to the unit's level or
 * the nominee kind, an ancestry that stops short, or one that jumps over the granting level.
 */
export function computeRoute(
  tree: OrgTree,
  nominatingUnitId: string,
  award: AwardRule,
  asOf: IsoDate,
  nomineeKind?: NomineeKind,
): RouteStep[] {
  const unit = tree.findUnit(nominatingUnitId);
  if (!unit) {
    throw new RouteError(
      'ROUTE.UNKNOWN_UNIT',
      `Không tìm thấy đơn vị "${nominatingUnitId}".`,
      `Unknown unit "${nominatingUnitId}".`,
      {
        unitId: nominatingUnitId,
      },
    );
  }
  if (!tree.isActiveAsOf(unit.id, asOf)) {
    throw new RouteError(
      'ROUTE.UNIT_NOT_ACTIVE',
      `Đơn vị "${unit.name}" đã giải thể từ ngày ${unit.dissolvedOn}.`,
      `Unit "${unit.name}" was dissolved on ${unit.dissolvedOn}.`,
      { unitId: unit.id, dissolvedOn: unit.dissolvedOn, asOf },
    );
  }
  const startLevel = tree.levelOf(unit.id);
  if (!award.routeStartLevels.includes(startLevel)) {
    throw new RouteError(
      'ROUTE.START_LEVEL_NOT_ALLOWED',
      `Đơn vị cấp ${startLevel} không được đề nghị "${award.nameVi}" (chỉ cấp ${award.routeStartLevels.join(', ')}).`,
      `A level-${startLevel} unit cannot nominate for ${award.code} (allowed: level ${award.routeStartLevels.join(', ')}).`,
      { unitId: unit.id, level: startLevel, awardCode: award.code, allowedLevels: award.routeStartLevels },
    );
  }
  // Unit kinds are rule-set data: an award may name the kinds of unit that nominate for it.
  if (award.nominatingUnitKinds && !award.nominatingUnitKinds.includes(unit.kind)) {
    throw new RouteError(
      'ROUTE.UNIT_KIND_NOT_ALLOWED',
      `Đơn vị "${unit.name}" không thuộc loại đơn vị được đề nghị "${award.nameVi}" (chỉ: ${award.nominatingUnitKinds
        .map((k) => (UNIT_KINDS as Readonly<Record<string, { labelVi: string }>>)[k]?.labelVi ?? k)
        .join('; ')}).`,
      `Unit "${unit.name}" (${unit.kind}) may not nominate for ${award.code} (allowed: ${award.nominatingUnitKinds.join(', ')}).`,
      { unitId: unit.id, unitKind: unit.kind, awardCode: award.code, allowedKinds: award.nominatingUnitKinds },
    );
  }
  if (nomineeKind && !award.nomineeKinds.includes(nomineeKind)) {
    throw new RouteError(
      'ROUTE.NOMINEE_KIND_NOT_ALLOWED',
      `"${award.nameVi}" không xét cho ${nomineeKind === 'person' ? 'cá nhân' : 'tập thể'}.`,
      `${award.code} is not awarded to a ${nomineeKind}.`,
      { awardCode: award.code, nomineeKind, allowedKinds: award.nomineeKinds },
    );
  }
  const steps: RouteStep[] = [];
  for (const reviewer of tree.ancestryAsOf(unit.id, asOf)) {
    const level = tree.levelOf(reviewer.id);
    if (level > award.grantingLevel) {
      throw new RouteError(
        'ROUTE.GRANTING_LEVEL_SKIPPED',
        `Không có đơn vị cấp ${award.grantingLevel} trên "${unit.name}" ngày ${asOf} để xét "${award.nameVi}".`,
        `No level-${award.grantingLevel} unit above "${unit.name}" on ${asOf} to grant ${award.code}.`,
        { unitId: unit.id, awardCode: award.code, grantingLevel: award.grantingLevel, asOf, path: steps },
      );
    }
    steps.push({ level, unitId: reviewer.id });
    if (level === award.grantingLevel) return steps;
  }
  const top = steps[steps.length - 1] ?? { level: startLevel, unitId: unit.id };
  throw new RouteError(
    'ROUTE.BROKEN_ANCESTRY',
    `Đơn vị "${tree.unit(top.unitId).name}" không có đơn vị cấp trên ngày ${asOf}; không tới được cấp ${award.grantingLevel}.`,
    `Unit "${tree.unit(top.unitId).name}" has no parent on ${asOf}; level ${award.grantingLevel} cannot be reached.`,
    { unitId: top.unitId, awardCode: award.code, grantingLevel: award.grantingLevel, asOf, path: steps },
  );
}
