import { Controller, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Campaign } from '@vinhdanh/db';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import { BucketKeyParam, CreateCampaignRequest, QuotaOverrideRequest, UpdateCampaignRequest } from './admin.schemas';
import { CampaignsService } from './campaigns.service';
import { QuotasService, type QuotaView } from './quotas.service';

const CampaignIdParam = z.uuid({ error: 'id must be a campaign id (UUID)' });

/** Quản trị đợt thi đua: campaigns (system admin) and their quota overrides (system admin, or unit admin above the unit). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/campaigns')
export class AdminCampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly quotas: QuotasService,
  ) {}

  @Post()
  @RequirePermission('admin.system')
  @ApiOperation({
    summary: 'Tạo đợt thi đua — create a campaign (system admin)',
    description:
      'Kind, awards offered (all in the pinned rule set), nomination window, cut-off per level (not before the ' +
      'window opens, not earlier at a higher level) and the rule-set version in effect when it opens.',
  })
  @ApiResponse({ status: 201, description: 'Created.' })
  @ApiResponse({ status: 409, description: 'CAMPAIGN.ALREADY_EXISTS: the code is taken.' })
  @ApiResponse({ status: 422, description: 'CAMPAIGN.INVALID / RULES.RULE_SET_MISSING.' })
  create(
    @CurrentUser() user: Principal,
    @ZodBody(CreateCampaignRequest) body: CreateCampaignRequest,
  ): Promise<Campaign> {
    return this.campaigns.create(user, body);
  }

  @Patch(':id')
  @RequirePermission('admin.system')
  @ApiOperation({
    summary: 'Sửa đợt thi đua — change a campaign (system admin)',
    description: 'Checked merged with the stored campaign. Submitted nominations keep what they were submitted with.',
  })
  update(
    @CurrentUser() user: Principal,
    @ZodParam('id', CampaignIdParam) id: string,
    @ZodBody(UpdateCampaignRequest) body: UpdateCampaignRequest,
  ): Promise<Campaign> {
    return this.campaigns.update(user, id, body);
  }

  @Get(':id/quotas')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Chỉ tiêu — quota buckets of a campaign with limit, usage and override (who, when, why)',
    description: 'A unit admin sees the buckets of the units below theirs.',
  })
  listQuotas(@CurrentUser() user: Principal, @ZodParam('id', CampaignIdParam) id: string): Promise<QuotaView[]> {
    return this.quotas.listFor(user, id);
  }

  @Put(':id/quotas/:bucketKey')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Điều chỉnh chỉ tiêu — set a campaign × bucket limit with a reason',
    description:
      'System admin: any bucket; unit admin: buckets of units below theirs (never their own, never a national ' +
      'cap). The limit never drops below the slots already used; the answer shows limit and usage.',
  })
  @ApiResponse({
    status: 200,
    content: {
      'application/json': {
        example: {
          bucketKey: 'BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026',
          unitId: 'ldld-cao-bang',
          limit: 6,
          used: 4,
          override: {
            limit: 6,
            reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.',
            changedBy: 'sysadmin (Lê Minh Tuấn)',
          },
        },
      },
    },
  })
  setQuota(
    @CurrentUser() user: Principal,
    @ZodParam('id', CampaignIdParam) id: string,
    @ZodParam('bucketKey', BucketKeyParam) bucketKey: string,
    @ZodBody(QuotaOverrideRequest) body: QuotaOverrideRequest,
  ): Promise<QuotaView> {
    return this.quotas.setOverride(user, id, bucketKey, body);
  }
}
