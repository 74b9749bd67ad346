import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody } from '../validation/zod.pipe';
import { RelativeRequest, RelativesService, type RelativeView } from './relatives.service';

/** Kê khai người thân: the caller's declared relatives, whose nominations they may not act on. */
@ApiTags('conflict of interest')
@ApiBearerAuth()
@Controller('me/relatives')
export class RelativesController {
  constructor(private readonly relatives: RelativesService) {}

  @Get()
  @ApiOperation({ summary: 'Người thân đã kê khai — my declared relatives' })
  list(@CurrentUser() user: Principal): Promise<RelativeView[]> {
    return this.relatives.list(user);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Kê khai người thân — declare a relative (conflict of interest)',
    description:
      'On the record as a RelativeDeclared event. From then on the caller cannot act on a nomination whose nominee ' +
      'has this personKey (403 CONFLICT_OF_INTEREST.RELATIVE). 409 RELATIVE.ALREADY_EXISTS when already declared.',
  })
  @ApiIdempotencyKey()
  @ApiBody({ schema: { example: { personKey: 'DV-0100-2231', fullName: 'Nông Thị Lan', relation: 'vợ' } } })
  declare(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(RelativeRequest) body: RelativeRequest,
  ): Promise<RelativeView> {
    return this.relatives.declare(user, key, body);
  }
}
