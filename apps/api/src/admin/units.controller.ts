import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import {
  CreateUnitRequest,
  DissolveUnitRequest,
  RenameUnitRequest,
  ReparentUnitRequest,
  UnitIdParam,
  type UnitChangeResult,
  type UnitView,
} from './units.schemas';
import { UnitsService } from './units.service';

const UNIT_EXAMPLE: UnitView = {
  id: 'cdcs-truong-th-hong-viet',
  code: 'CB-HV',
  name: 'Công đoàn cơ sở Trường Tiểu học Hồng Việt',
  kind: 'CDCS',
  level: 1,
  memberCount: 42,
  dissolvedOn: null,
  parents: [
    {
      parentId: 'ldld-hoa-an',
      parentName: 'Liên đoàn Lao động huyện Hòa An',
      validFrom: '2015-01-01',
      validTo: '2025-07-01',
    },
    { parentId: 'cd-xa-hoa-an', parentName: 'Công đoàn xã Hòa An', validFrom: '2025-07-01', validTo: null },
  ],
};
const CHANGE_EXAMPLE: UnitChangeResult = {
  unit: UNIT_EXAMPLE,
  reorganisation: {
    id: '0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f',
    href: '/api/admin/reorganisations/0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f',
  },
};
const IDEMPOTENCY = { name: 'Idempotency-Key', required: true, description: 'One key per action; reuse it on retry.' };
const REFUSED = {
  status: 422,
  description:
    'ORG.CYCLE / ORG.PARENT_LEVEL_NOT_ABOVE / ORG.OVERLAPPING_PARENTS …: the changed tree is invalid; `errors[0].field` names the field.',
};

/**
 * Quản trị đơn vị: the effective-dated org tree. System admin: any unit; unit admin: units in
 * their subtree (re-parent and dissolve only below their own unit). Every change is an event on
 * `unit-<id>`; re-parenting and dissolution start a reorganisation that moves waiting nominations.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/units')
@RequirePermission('admin.org')
export class AdminUnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Đơn vị — one unit with its whole parent history' })
  @ApiResponse({ status: 200, content: { 'application/json': { example: UNIT_EXAMPLE } } })
  get(@ZodParam('id', UnitIdParam) id: string): Promise<UnitView> {
    return this.units.get(id);
  }

  @Post()
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({ summary: 'Thành lập đơn vị — create a unit under a parent from a date (kind fixes the level)' })
  @ApiResponse({
    status: 201,
    content: { 'application/json': { example: { ...CHANGE_EXAMPLE, reorganisation: null } } },
  })
  @ApiResponse(REFUSED)
  create(
    @CurrentUser() user: Principal,
    @ZodBody(CreateUnitRequest) body: CreateUnitRequest,
    @IdempotencyKey() key: string,
  ): Promise<UnitChangeResult> {
    return this.units.create(user, body, key);
  }

  @Patch(':id')
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({ summary: 'Đổi tên đơn vị — rename a unit' })
  @ApiResponse({ status: 200, content: { 'application/json': { example: UNIT_EXAMPLE } } })
  rename(
    @CurrentUser() user: Principal,
    @ZodParam('id', UnitIdParam) id: string,
    @ZodBody(RenameUnitRequest) body: RenameUnitRequest,
    @IdempotencyKey() key: string,
  ): Promise<UnitView> {
    return this.units.rename(user, id, body, key);
  }

  @Post(':id/parent')
  @HttpCode(202)
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({
    summary: 'Chuyển cấp trên — re-parent a unit from a date; nominations waiting at the old chain move (202)',
    description:
      'The link valid that day is closed and a new one opened. When the chain above the unit changes at a level, a ' +
      'reorganisation moves pending steps of nominations through this unit to the new unit at that level; poll ' +
      '`reorganisation.href`.',
  })
  @ApiResponse({ status: 202, content: { 'application/json': { example: CHANGE_EXAMPLE } } })
  @ApiResponse(REFUSED)
  reparent(
    @CurrentUser() user: Principal,
    @ZodParam('id', UnitIdParam) id: string,
    @ZodBody(ReparentUnitRequest) body: ReparentUnitRequest,
    @IdempotencyKey() key: string,
  ): Promise<UnitChangeResult> {
    return this.units.reparent(user, id, body, key);
  }

  @Post(':id/dissolution')
  @HttpCode(202)
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({
    summary: 'Giải thể đơn vị — dissolve from a date; children and waiting nominations move to the successor (202)',
    description:
      'The successor must be at the same level. Children are re-parented to it from that date, role grants at the ' +
      'unit end, and a reorganisation moves every nomination with a pending step at the unit (tasks included).',
  })
  @ApiResponse({ status: 202, content: { 'application/json': { example: CHANGE_EXAMPLE } } })
  @ApiResponse(REFUSED)
  dissolve(
    @CurrentUser() user: Principal,
    @ZodParam('id', UnitIdParam) id: string,
    @ZodBody(DissolveUnitRequest) body: DissolveUnitRequest,
    @IdempotencyKey() key: string,
  ): Promise<UnitChangeResult> {
    return this.units.dissolve(user, id, body, key);
  }
}
