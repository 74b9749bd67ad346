import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { loadOrgTreeData, type Database } from '@vinhdanh/db';
import { levelOfKind, vietnamDateOf, type OrgTreeData } from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';
import { ForbiddenError } from '../auth/auth.errors';
import { unitsWithRole, type Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { EVENT_STORE } from '../projector/projector.tokens';
import { AdminRecord, notifyAll, unitStreamId, userStreamId, type AdminFact } from '../reorganisation/admin-events';
import { insertReorganisation } from '../reorganisation/reorganisation.repository';
import { ReorganisationService } from '../reorganisation/reorganisation.service';
import { activeUnit, checkedTree, relink, replacementsOf, type Replacement } from './units.changes';
import { endGrantsAt, unitCodeTaken, unitViewOf, writeLinkDiff } from './units.repository';
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
 * the whole changed tree, written with its events on `unit-<id>` in one transaction, and a
 * re-parenting or dissolution starts the reorganisation job that moves waiting nominations.
 */
@Injectable()
export class UnitsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reorganisations: ReorganisationService,
  ) {}

  /** One unit with its parent history; 404 when unknown. */
  async get(id: string): Promise<UnitView> {
    const view = unitViewOf(await loadOrgTreeData(this.db), id);
    if (!view) throw new ResourceNotFoundError('UNIT', id, 'đơn vị');
    return view;
  }

  async create(user: Principal, body: CreateUnitRequest, key: string): Promise<UnitChangeResult> {
    const rec = new AdminRecord(user, 'unit-create', key, body.reason, this.clock());
    const done = await rec.alreadyDone(this.db);
    if (done) return { unit: await this.get(done.streamId.slice('unit-'.length)), reorganisation: null };
    const scope = await this.scope(user);
    activeUnit(scope.tree, body.parentId, body.effectiveFrom, 'parentId');
    if (!inScope(scope, body.parentId)) throw new ForbiddenError(['system_admin', 'unit_admin'], body.parentId);
    if (await unitCodeTaken(this.db, body.code)) {
      throw new FieldRuleError(
        'code',
        'unique',
        `Mã đơn vị "${body.code}" đã được dùng.`,
        `Unit code "${body.code}" is taken.`,
      );
    }
    const id = randomUUID();
    const before = scope.tree.data;
    const unit = { id, code: body.code, name: body.name, kind: body.kind, memberCount: body.memberCount };
    const link = { unitId: id, parentId: body.parentId, validFrom: body.effectiveFrom, validTo: null };
    checkedTree({ units: [...before.units, unit], links: [...before.links, link] }, 'parentId');
    const results = await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('units')
        .values({
          id,
          code: body.code,
          name: body.name,
          kind: body.kind,
          level: levelOfKind(body.kind),
          member_count: body.memberCount,
          dissolved_on: null,
        })
        .execute();
      await writeLinkDiff(trx, [], [link]);
      const data = { ...unit, parentId: body.parentId, effectiveFrom: body.effectiveFrom };
      return rec.append(this.store, trx, [{ streamId: unitStreamId(id), type: 'UnitCreated', data }]);
    });
    notifyAll(this.store, results);
    return { unit: await this.get(id), reorganisation: null };
  }

  async rename(user: Principal, id: string, body: RenameUnitRequest, key: string): Promise<UnitView> {
    const rec = new AdminRecord(user, 'unit-rename', key, body.reason, this.clock());
    if (await rec.alreadyDone(this.db)) return this.get(id);
    const view = await this.get(id);
    const scope = await this.scope(user);
    if (!inScope(scope, id)) throw new ForbiddenError(['system_admin', 'unit_admin'], id);
    if (view.name === body.name) return view;
    const results = await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('units').set({ name: body.name }).where('id', '=', id).execute();
      const data = { from: view.name, to: body.name };
      return rec.append(this.store, trx, [{ streamId: unitStreamId(id), type: 'UnitRenamed', data }]);
    });
    notifyAll(this.store, results);
    return this.get(id);
  }

  async reparent(user: Principal, id: string, body: ReparentUnitRequest, key: string): Promise<UnitChangeResult> {
    const rec = new AdminRecord(user, 'unit-reparent', key, body.reason, this.clock());
    const done = await rec.alreadyDone(this.db);
    if (done) return this.replay(id, done.data);
    const scope = await this.scope(user);
    const date = body.effectiveFrom;
    this.assertMayReorganise(user, scope, id);
    activeUnit(scope.tree, id, date, 'id');
    activeUnit(scope.tree, body.parentId, date, 'parentId');
    if (!inScope(scope, body.parentId)) throw new ForbiddenError(['system_admin', 'unit_admin'], body.parentId);
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
    const reorganisationId = replacements.length > 0 ? randomUUID() : null;
    const data = { fromParentId: current?.id ?? null, parentId: body.parentId, effectiveFrom: date, reorganisationId };
    return this.commit(
      rec,
      before.links,
      after.links,
      [{ streamId: unitStreamId(id), type: 'UnitReparented', data }],
      id,
      {
        reorganisationId,
        kind: 'reparent',
        date,
        replacements,
      },
    );
  }

  async dissolve(user: Principal, id: string, body: DissolveUnitRequest, key: string): Promise<UnitChangeResult> {
    const rec = new AdminRecord(user, 'unit-dissolve', key, body.reason, this.clock());
    const done = await rec.alreadyDone(this.db);
    if (done) return this.replay(id, done.data);
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
    if (!inScope(scope, successor.id)) throw new ForbiddenError(['system_admin', 'unit_admin'], successor.id);
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
    const reorganisationId = randomUUID();
    const facts: AdminFact[] = [
      {
        streamId: unitStreamId(id),
        type: 'UnitDissolved',
        data: { effectiveFrom: date, successorId: successor.id, children, reorganisationId },
      },
      ...children.map((c) => ({
        streamId: unitStreamId(c),
        type: 'UnitReparented',
        data: { fromParentId: id, parentId: successor.id, effectiveFrom: date, reorganisationId },
      })),
    ];
    return this.commit(
      rec,
      before.links,
      links,
      facts,
      id,
      { reorganisationId, kind: 'dissolve', date, replacements },
      date,
    );
  }

  /** Writes links, the dissolution (when `dissolvedOn`), the reorganisation and the events; starts the job. */
  private async commit(
    rec: AdminRecord,
    beforeLinks: OrgTreeData['links'],
    afterLinks: OrgTreeData['links'],
    facts: AdminFact[],
    unitId: string,
    reorg: {
      reorganisationId: string | null;
      kind: 'dissolve' | 'reparent';
      date: string;
      replacements: Replacement[];
    },
    dissolvedOn?: string,
  ): Promise<UnitChangeResult> {
    const results = await this.db.transaction().execute(async (trx) => {
      if (dissolvedOn)
        await trx.updateTable('units').set({ dissolved_on: dissolvedOn }).where('id', '=', unitId).execute();
      await writeLinkDiff(trx, beforeLinks, afterLinks);
      const ended = dissolvedOn ? await endGrantsAt(trx, unitId, dissolvedOn) : [];
      const roleFacts = ended.map((g) => ({
        streamId: userStreamId(g.userId),
        type: 'UserRoleRevoked',
        data: {
          role: g.role,
          unitId,
          validFrom: g.validFrom,
          validTo: `${dissolvedOn}T00:00:00+07:00`,
          dissolution: true,
        },
      }));
      if (reorg.reorganisationId) {
        await insertReorganisation(trx, {
          id: reorg.reorganisationId,
          kind: reorg.kind,
          unitId,
          effectiveFrom: reorg.date,
          replacements: reorg.replacements,
          reason: rec.reason,
          operatorId: rec.operator.id,
          operatorName: rec.operator.fullName,
          operatorUnitId: rec.operatorUnitId(),
          createdAt: rec.now.toISOString(),
        });
      }
      return rec.append(this.store, trx, [...facts, ...roleFacts]);
    });
    notifyAll(this.store, results);
    if (reorg.reorganisationId) this.reorganisations.start(reorg.reorganisationId);
    return this.result(unitId, reorg.reorganisationId);
  }

  private async replay(unitId: string, data: Record<string, unknown>): Promise<UnitChangeResult> {
    const id = typeof data['reorganisationId'] === 'string' ? data['reorganisationId'] : null;
    return this.result(unitId, id);
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
    if (!inScope(scope, unitId) || unitsWithRole(user, ['unit_admin']).includes(unitId)) {
      throw new ForbiddenError(['system_admin', 'unit_admin'], unitId);
    }
  }
}
