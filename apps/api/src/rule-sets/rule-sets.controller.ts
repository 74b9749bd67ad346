import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import {
  DraftRuleSetRequest,
  PublishRuleSetRequest,
  ReviseRuleSetDraftRequest,
  RuleSetVersionParam,
} from './rule-sets.schemas';
import { RuleSetsService } from './rule-sets.service';
import type { RuleSetVersionSummary, RuleSetVersionView } from './rule-sets.view';

/**
 * Bộ quy định khen thưởng: the award catalogue, procedure and quotas as versioned data. A province
 * that adds a local title drafts a new version and publishes it; no release is needed.
 */
@ApiTags('rule-sets')
@ApiBearerAuth()
@Controller('admin/rule-sets')
@RequirePermission('admin.system')
export class RuleSetsController {
  constructor(private readonly ruleSets: RuleSetsService) {}

  @Get()
  @ApiOperation({ summary: 'Các phiên bản bộ quy định — every version, published (API or built-in) and drafts' })
  list(): Promise<RuleSetVersionSummary[]> {
    return this.ruleSets.list();
  }

  @Get(':version')
  @ApiOperation({
    summary: 'Một phiên bản — its body and status; a draft also carries every validation issue by field',
  })
  get(@ZodParam('version', RuleSetVersionParam) version: string): Promise<RuleSetVersionView> {
    return this.ruleSets.get(version);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Soạn phiên bản mới — draft a new rule-set version (system admin)',
    description:
      'The body may be incomplete while drafting; GET shows what is missing. 409 RULE_SET.ALREADY_EXISTS when ' +
      'the name is taken (a draft, a published or a built-in version).',
  })
  @ApiIdempotencyKey()
  @ApiBody({
    schema: {
      example: {
        version: '2026.HN-1',
        reason: 'Bổ sung danh hiệu "Công nhân giỏi Thủ đô" của LĐLĐ TP Hà Nội',
        body: { title: 'Bộ quy định khen thưởng của LĐLĐ TP Hà Nội', effectiveFrom: '2026-01-01', awards: [] },
      },
    },
  })
  draft(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(DraftRuleSetRequest) body: DraftRuleSetRequest,
  ): Promise<RuleSetVersionView> {
    return this.ruleSets.draft(user, key, body);
  }

  @Put(':version/draft')
  @ApiOperation({
    summary: 'Sửa bản thảo — replace a draft’s body (system admin)',
    description:
      '409 RULE_SET.IMMUTABLE once published (draft a new version instead); 409 EVENT_STORE.VERSION_CONFLICT when ' +
      'expectedRevision is stale (someone else edited it).',
  })
  @ApiIdempotencyKey()
  revise(
    @CurrentUser() user: Principal,
    @ZodParam('version', RuleSetVersionParam) version: string,
    @IdempotencyKey() key: string,
    @ZodBody(ReviseRuleSetDraftRequest) body: ReviseRuleSetDraftRequest,
  ): Promise<RuleSetVersionView> {
    return this.ruleSets.revise(user, version, key, body);
  }

  @Post(':version/publication')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ban hành — publish a valid draft (system admin); final from then on, campaigns may pin it',
  })
  @ApiResponse({ status: 422, description: 'RULE_SET.INVALID with errors[] naming every field (body.awards[3]…).' })
  @ApiResponse({ status: 409, description: 'RULE_SET.IMMUTABLE: already published.' })
  @ApiIdempotencyKey()
  publish(
    @CurrentUser() user: Principal,
    @ZodParam('version', RuleSetVersionParam) version: string,
    @IdempotencyKey() key: string,
    @ZodBody(PublishRuleSetRequest) body: PublishRuleSetRequest,
  ): Promise<RuleSetVersionView> {
    return this.ruleSets.publish(user, version, key, body);
  }
}
