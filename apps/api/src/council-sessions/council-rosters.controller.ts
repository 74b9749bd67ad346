import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import {
  AppointCouncilMemberRequest,
  EndCouncilMembershipRequest,
  RosterAsOfQuery,
  RosterMemberParam,
  RosterUnitParam,
} from './council-rosters.schemas';
import { CouncilRostersService, type CouncilRosterView } from './council-rosters.service';

/** Thành phần Hội đồng TĐKT of a unit, effective-dated; a session takes the roster in force on its day. */
@ApiTags('council-sessions')
@ApiBearerAuth()
@Controller('council-rosters')
export class CouncilRostersController {
  constructor(private readonly rosters: CouncilRostersService) {}

  @Get(':unitId')
  @ApiOperation({
    summary:
      'Thành phần Hội đồng — every membership of the unit’s council and the members in force on asOf (default today)',
  })
  @ApiQuery({ name: 'asOf', required: false, example: '2026-11-25' })
  get(
    @CurrentUser() user: Principal,
    @ZodParam('unitId', RosterUnitParam) unitId: string,
    @ZodQuery(RosterAsOfQuery) query: RosterAsOfQuery,
  ): Promise<CouncilRosterView> {
    return this.rosters.get(user, unitId, query.asOf);
  }

  @Post(':unitId/members')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Bổ nhiệm thành viên Hội đồng — a member, the chair or the secretary from a day (approver at the unit)',
    description:
      '422 COUNCIL_ROSTER.ROLE_TAKEN names who already chairs (or is secretary) in that period; ' +
      'COUNCIL_ROSTER.ALREADY_MEMBER when the person already sits then. The same appointment again changes nothing.',
  })
  @ApiIdempotencyKey()
  appoint(
    @CurrentUser() user: Principal,
    @ZodParam('unitId', RosterUnitParam) unitId: string,
    @IdempotencyKey() _key: string,
    @ZodBody(AppointCouncilMemberRequest) body: AppointCouncilMemberRequest,
  ): Promise<CouncilRosterView> {
    return this.rosters.appoint(user, unitId, body);
  }

  @Post(':unitId/members/:memberId/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kết thúc tham gia Hội đồng — the member’s last day in office' })
  @ApiIdempotencyKey()
  end(
    @CurrentUser() user: Principal,
    @ZodParam('unitId', RosterUnitParam) unitId: string,
    @ZodParam('memberId', RosterMemberParam) memberId: string,
    @IdempotencyKey() _key: string,
    @ZodBody(EndCouncilMembershipRequest) body: EndCouncilMembershipRequest,
  ): Promise<CouncilRosterView> {
    return this.rosters.end(user, unitId, memberId, body);
  }
}
