import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { listCampaigns, loadOrgTree, type Campaign, type Database } from '@vinhdanh/db';
import { levelOfKind, vietnamDateOf, type OrgTree } from '@vinhdanh/domain';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ZodQuery } from '../validation/zod.pipe';
import { CampaignsQuery, UnitsQuery, type UnitNode } from './org.schemas';

function toNode(tree: OrgTree, unitId: string, asOf: string): UnitNode {
  const unit = tree.unit(unitId);
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    level: levelOfKind(unit.kind),
    memberCount: unit.memberCount,
    children: tree.childrenAsOf(unitId, asOf).map((c) => toNode(tree, c.id, asOf)),
  };
}

/** Read endpoints for the org tree and campaigns (any authenticated user). */
@ApiTags('org')
@ApiBearerAuth()
@Controller()
export class OrgController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('units')
  @ApiOperation({ summary: 'Cây tổ chức — the org tree as of a day (`asOf`, default today in Vietnam)' })
  async units(@ZodQuery(UnitsQuery) query: UnitsQuery): Promise<{ asOf: string; roots: UnitNode[] }> {
    const asOf = query.asOf ?? vietnamDateOf(this.clock().toISOString());
    const tree = await loadOrgTree(this.db, { asOf });
    const roots = tree.units.filter((u) => tree.parentAsOf(u.id, asOf) === null);
    return { asOf, roots: roots.map((r) => toNode(tree, r.id, asOf)) };
  }

  @Get('campaigns')
  @ApiOperation({ summary: 'Đợt thi đua — campaigns, optionally only those open on a day' })
  async campaigns(@ZodQuery(CampaignsQuery) query: CampaignsQuery): Promise<{ items: Campaign[] }> {
    return { items: await listCampaigns(this.db, query) };
  }
}
