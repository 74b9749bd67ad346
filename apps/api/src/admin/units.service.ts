import { Inject, Injectable } from '@nestjs/common';
import type { Kysely, Transaction } from 'kysely';
import { loadOrgTreeData, type Database } from '@vinhdanh/db';
import { levelOfKind, vietnamDateOf, type OrgTreeData } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { rolesFor, unitsWhere } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler, followUp, type FollowUp } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { deterministicUuid } from '../nominations/idempotency';
import { findReorganisation } from '../reorganisation/reorganisation.repository';
import { ReorganisationService } from '../reorganisation/reorganisation.service';
import { unitCommand, userCommand } from './org.commands';
import { activeUnit, checkedTree, relink, replacementsOf, type Replacement } from './units.changes';
import { unitCodeTaken, unitViewOf } from './units.repository';
import type {
  CreateUnitRequest,
  DissolveUnitRequest,
  RenameUnitRequest,
  ReparentUnitRequest,
  UnitChangeResult,
  UnitView,
} from './units.schemas';
import { adminScopeOf, inScope, type AdminScope } from './units.scope';
import { FieldRuleError } from './users.errors';

/**
 * The effective-dated org tree, administered: create, rename, re-parent from a date, dissolve
 * from a date into a successor. Each change is checked with the domain's org-tree validation on
 * the whole changed tree (the facts the command carries), decided by the unit aggregate and written
 * through the command handler on `unit-<id>` with its read model in one transaction; a dissolution
 * also moves the children and ends the roles held there, on their own streams in the same
 * transaction. A re-parenting or dissolution starts the reorganisation job that moves waiting
 * nominations. Ids of what a request creates derive from its Idempotency-Key, so a retry finds them.
 */
@Injectable()
export class UnitsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
    private readonly reorganisations: ReorganisationService,
  ) {}

  /** One unit with its parent history; 404 when unknown. */
  async get(id: string): Promise<UnitView> {
    const view = unitViewOf(await loadOrgTreeData(this.db), id);
    if (!view) throw new ResourceNotFoundError('UNIT', id, 'đơn vị');
    return view;
  }

  async create(user: Principal, body: CreateUnitRequest, key: string): Promise<UnitChangeResult> {
    const id = deterministicUuid('unit-create', user.id, key);
    const scope = await this.scope(user);
    if (unitViewOf(scope.tree.data, id)) return { unit: await this.get(id), reorganisation: null };
    activeUnit(scope.tree, body.parentId, body.effectiveFrom, 'parentId');
    if (!inScope(scope, body.parentId)) throw new ForbiddenError(rolesFor('admin.org'), body.parentId);
    if (await unitCodeTaken(this.db, body.code)) {
      throw new FieldRuleError(
        'code',
        'unique',
        `Mã đơn vị "${body.code}" đã được dùng.`,
        `Unit code "${body.code}" is taken.`,
      );
    }
    const before = scope.tree.data;
    const unit = { id, code: body.code, name: body.name, kind: body.kind, memberCount: body.memberCount };
    const link = { unitId: id, parentId: body.parentId, validFrom: body.effectiveFrom, validTo: null };
    checkedTree({ units: [...before.units, unit], links: [...before.links, link] }, 'parentId');
    const command = {
      type: 'CreateUnit' as const,
      now: this.clock().toISOString(),
      unit: { ...unit, memberCount: body.memberCount ?? null },
      parentId: body.parentId,
      effectiveFrom: body.effectiveFrom,
    };
    await this.commands.execute({
      ...unitCommand(id, command),
      actor: actorOf(user),
      reason: body.reason,
      idempotency: { purpose: 'unit-create', key },
    });
    return { unit: await this.get(id), reorganisation: null };
  }

  async rename(user: Principal, id: string, body: RenameUnitRequest, key: string): Promise<UnitView> {
    const view = await this.get(id);
    const scope = await this.scope(user);
    if (!inScope(scope, id)) throw new ForbiddenError(rolesFor('admin.org'), id);
    if (view.name === body.name) return view;
    await this.commands.execute({
      ...unitCommand(id, { type: 'RenameUnit', now: this.clock().toISOString(), name: body.name }),
      actor: actorOf(user),
      reason: body.reason,
      idempotency: { purpose: 'unit-rename', key },
    });
    return this.get(id);
  }

  async reparent(user: Principal, id: string, body: ReparentUnitRequest, key: string): Promise<UnitChangeResult> {
    const idempotency = { purpose: 'unit-reparent', key };
    if (await this.commands.alreadyDone(actorOf(user), idempotency)) return this.replay(user, id, key);
    const scope = await this.scope(user);
    const date = body.effectiveFrom;
    this.assertMayReorganise(user, scope, id);
    activeUnit(scope.tree, id, date, 'id');
    activeUnit(scope.tree, body.parentId, date, 'parentId');
    if (!inScope(scope, body.parentId)) throw new ForbiddenError(rolesFor('admin.org'), body.parentId);
    const current = scope.tree.parentAsOf(id, date);
    if (current?.id === body.parentId) {
      throw new FieldRuleError(
        'parentId',
        'changes',
        `Đơn vị đã trực thuộc "${current.name}" vào ngày ${date}.`,
        `The unit already has that parent on ${date}.`,
      );
    }
    const before = scope.tree.data;
    const after: OrgTreeData = { units: before.units, links: relink(before.links, id, body.parentId, date) };
    const tree = checkedTree(after, 'parentId');
    const replacements = replacementsOf({ tree: scope.tree, unitId: id }, { tree, unitId: id }, date);
    const reorganisationId = replacements.length > 0 ? reorganisationIdOf(user, key) : null;
    const command = {
      type: 'ReparentUnit' as const,
      now: this.clock().toISOString(),
      fromParentId: current?.id ?? null,
      parentId: body.parentId,
      effectiveFrom: date,
      reorganisationId,
      replacements,
    };
    await this.commands.execute({
      ...unitCommand(id, command),
      actor: actorOf(user),
      reason: body.reason,
      idempotency,
    });
    return this.started(id, reorganisationId);
  }

  async dissolve(user: Principal, id: string, body: DissolveUnitRequest, key: string): Promise<UnitChangeResult> {
    const idempotency = { purpose: 'unit-dissolve', key };
    if (await this.commands.alreadyDone(actorOf(user), idempotency)) return this.replay(user, id, key);
    const scope = await this.scope(user);
    const date = body.effectiveFrom;
    this.assertMayReorganise(user, scope, id);
    const unit = activeUnit(scope.tree, id, date, 'id');
    if (unit.dissolvedOn) {
      throw new FieldRuleError(
        'id',
        'not-dissolved',
        `Đơn vị đã giải thể từ ${unit.dissolvedOn}.`,
        `The unit is already dissolved from ${unit.dissolvedOn}.`,
      );
    }
    if (body.successorId === id) {
      throw new FieldRuleError(
        'successorId',
        'other-unit',
        'Đơn vị kế thừa phải là đơn vị khác.',
        'The successor must be another unit.',
      );
    }
    const successor = activeUnit(scope.tree, body.successorId, date, 'successorId');
    if (!inScope(scope, successor.id)) throw new ForbiddenError(rolesFor('admin.org'), successor.id);
    if (levelOfKind(successor.kind) !== levelOfKind(unit.kind)) {
      throw new FieldRuleError(
        'successorId',
        'same-level',
        `Đơn vị kế thừa phải cùng cấp ${levelOfKind(unit.kind)} với đơn vị giải thể.`,
        `The successor must be at the dissolved unit's level ${levelOfKind(unit.kind)}.`,
      );
    }
    const before = scope.tree.data;
    let links = before.links.filter((l) => !(l.unitId === id && l.validFrom >= date));
    links = links.map((l) =>
      l.unitId === id && (l.validTo === null || l.validTo > date) ? { ...l, validTo: date } : l,
    );
    const children = scope.tree.childrenAsOf(id, date).map((c) => c.id);
    for (const child of children) links = relink(links, child, successor.id, date);
    const units = before.units.map((u) => (u.id === id ? { ...u, dissolvedOn: date } : u));
    const tree = checkedTree({ units, links }, 'successorId');
    const first: Replacement = { fromUnitId: id, toUnitId: successor.id };
    const replacements = replacementsOf({ tree: scope.tree, unitId: id }, { tree, unitId: successor.id }, date, first);
    const reorganisationId = reorganisationIdOf(user, key);
    const now = this.clock().toISOString();
    const command = {
      type: 'DissolveUnit' as const,
      now,
      effectiveFrom: date,
      successorId: successor.id,
      children,
      reorganisationId,
      replacements,
    };
    await this.commands.execute({
      ...unitCommand(id, command),
      actor: actorOf(user),
      reason: body.reason,
      idempotency,
      followUps: async (trx) => [
        ...children.map((child) =>
          followUp(
            unitCommand(child, {
              type: 'ReparentUnit',
              now,
              fromParentId: id,
              parentId: successor.id,
              effectiveFrom: date,
              reorganisationId,
            }),
          ),
        ),
        ...(await this.rolesEndedBy(trx, id, date, now)),
      ],
    });
    return this.started(id, reorganisationId);
  }

  /** Every account holding a role at the dissolved unit past the start of its dissolution day loses it then. */
  private async rolesEndedBy(
    trx: Transaction<Database>,
    unitId: string,
    date: string,
    now: string,
  ): Promise<FollowUp[]> {
    const boundary = new Date(`${date}T00:00:00+07:00`);
    const holders = await trx
      .selectFrom('user_roles')
      .select('user_id')
      .distinct()
      .where('unit_id', '=', unitId)
      .where('valid_from', '<', boundary)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', boundary)]))
      .orderBy('user_id')
      .execute();
    return holders.map((h) =>
      followUp(
        userCommand(h.user_id, { type: 'EndRolesAtDissolvedUnit', now, unitId, endsAt: boundary.toISOString() }),
      ),
    );
  }

  /** Starts the reorganisation job (if any) after the change committed. */
  private async started(unitId: string, reorganisationId: string | null): Promise<UnitChangeResult> {
    if (reorganisationId) this.reorganisations.start(reorganisationId);
    return this.result(unitId, reorganisationId);
  }

  /** The answer to a retried change: its job, when it recorded one. */
  private async replay(user: Principal, unitId: string, key: string): Promise<UnitChangeResult> {
    const id = reorganisationIdOf(user, key);
    return this.result(unitId, (await findReorganisation(this.db, id)) ? id : null);
  }

  private async result(unitId: string, reorganisationId: string | null): Promise<UnitChangeResult> {
    const reorganisation = reorganisationId
      ? { id: reorganisationId, href: `/api/admin/reorganisations/${reorganisationId}` }
      : null;
    return { unit: await this.get(unitId), reorganisation };
  }

  private scope(user: Principal): Promise<AdminScope> {
    return adminScopeOf(this.db, user, vietnamDateOf(this.clock().toISOString()));
  }

  /** A unit admin reorganises units below their own, never the unit they administer from. */
  private assertMayReorganise(user: Principal, scope: AdminScope, unitId: string): void {
    if (scope.all) return;
    if (!inScope(scope, unitId) || unitsWhere(user, 'admin.org').includes(unitId)) {
      throw new ForbiddenError(rolesFor('admin.org'), unitId);
    }
  }
}

/** The reorganisation a unit change records, derived from its Idempotency-Key so a retry finds it. */
function reorganisationIdOf(user: Principal, key: string): string {
  return deterministicUuid('reorganisation', user.id, key);
}
