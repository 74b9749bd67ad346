import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import {
  CreateDelegationRequest,
  DelegationIdParam,
  MAX_DELEGATION_DAYS,
  RevokeDelegationRequest,
} from './delegations.schemas';
import { DelegationsService } from './delegations.service';
import type { DelegationView } from './delegations.view';

/** Ủy quyền: lend one's approver roles at a unit to a colleague while on leave. */
@ApiTags('delegations')
@ApiBearerAuth()
@Controller('delegations')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ủy quyền — delegate my approver roles at a unit to a colleague for a time box',
    description:
      `Reviewer/chair roles the caller holds at unitId, from startsAt (now when absent) to endsAt, at most ` +
      `${MAX_DELEGATION_DAYS} days. While active the delegate sees the caller's inbox there and acts on it; every ` +
      'event records actor = the delegate and onBehalfOf = the caller. 400 naming the field (self, endsAt ≤ startsAt, ' +
      'too long, start in the past); 409 DELEGATION.OVERLAPS.',
  })
  @ApiIdempotencyKey()
  @ApiBody({
    schema: {
      example: {
        delegateUserId: '0b6c2b9e-3f7a-4a51-9b8e-2d0f6f1c9a11',
        unitId: 'ldld-dan-phuong',
        endsAt: '2026-07-15T17:00:00+07:00',
        reason: 'Nghỉ phép năm từ 01/7 đến 15/7/2026',
      },
    },
  })
  create(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(CreateDelegationRequest) body: CreateDelegationRequest,
  ): Promise<DelegationView> {
    return this.delegations.create(user, key, body);
  }

  @Get()
  @ApiOperation({ summary: 'Ủy quyền của tôi — the delegations I gave and received, with their status now' })
  list(@CurrentUser() user: Principal): Promise<{ given: DelegationView[]; received: DelegationView[] }> {
    return this.delegations.list(user);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Thu hồi ủy quyền — end a delegation early (the delegator or a system admin)',
    description: '409 DELEGATION.ALREADY_REVOKED / DELEGATION.ENDED.',
  })
  @ApiIdempotencyKey()
  revoke(
    @CurrentUser() user: Principal,
    @ZodParam('id', DelegationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(RevokeDelegationRequest) body: RevokeDelegationRequest,
  ): Promise<DelegationView> {
    return this.delegations.revoke(user, id, key, body);
  }
}
