import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { sql, type Kysely } from 'kysely';
import { containsPattern, type Database, type UserRole } from '@vinhdanh/db';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { POLICY } from '../auth/policy';
import { withDelegatedRoles, type Principal } from '../auth/principal';
import { ApiError } from '../errors/api-error';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ZodQuery } from '../validation/zod.pipe';
import { PeopleQuery, type DirectoryPerson } from './directory.schemas';
import { buildLabels, type Labels } from './labels';

/** Roles that see every unit's people (oversight). */
const SEE_ALL: readonly UserRole[] = POLICY['directory.seeAll'].roles;

/** The caller asked for a unit where they hold no role (403). */
export class DirectoryScopeError extends ApiError {
  constructor(unitId: string) {
    super(
      'AUTH.FORBIDDEN',
      'Bạn chỉ xem được danh bạ của đơn vị mình đang công tác.',
      'You may only look up people at a unit where you hold a role.',
      { unitId },
    );
    this.name = 'DirectoryScopeError';
  }
}

const LABELS = buildLabels();

/**
 * Danh bạ: labels of the codes the API sends, and the people of a unit to choose from (assign a
 * task, delegate). A caller sees the people of units where they hold a role (own or lent);
 * auditors and system administrators see every unit.
 */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory')
export class DirectoryController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('labels')
  @Public()
  @ApiOperation({
    summary: 'Nhãn — names of awards (per rule-set version), attachment kinds, events, roles and levels',
  })
  labels(): Labels {
    return LABELS;
  }

  @Get('people')
  @ApiOperation({
    summary: 'Danh bạ — people with a current role at a unit (role, name search), for choosing an assignee or delegate',
  })
  async people(
    @CurrentUser() user: Principal,
    @ZodQuery(PeopleQuery) query: PeopleQuery,
  ): Promise<{ items: DirectoryPerson[] }> {
    const roles = withDelegatedRoles(user).roles;
    const seesAll = roles.some((g) => SEE_ALL.includes(g.role));
    if (!seesAll && !roles.some((g) => g.unitId === query.unitId)) throw new DirectoryScopeError(query.unitId);
    const now = this.clock();
    let q = this.db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select([
        'u.id',
        'u.full_name',
        sql<string[]>`array_agg(distinct r.role::text order by r.role::text)`.as('roles'),
      ])
      .where('r.unit_id', '=', query.unitId)
      .where('u.active', '=', true)
      .where('r.valid_from', '<=', now)
      .where((e) => e.or([e('r.valid_to', 'is', null), e('r.valid_to', '>', now)]));
    if (query.role) q = q.where('r.role', '=', query.role);
    if (query.permission) q = q.where('r.role', 'in', [...POLICY[query.permission].roles]);
    if (query.q) q = q.where('u.full_name', 'ilike', containsPattern(query.q));
    const rows = await q.groupBy(['u.id', 'u.full_name']).orderBy('u.full_name').limit(50).execute();
    return { items: rows.map((r) => ({ userId: r.id, fullName: r.full_name, roles: r.roles })) };
  }
}
