import { Controller, Get, Inject, Injectable, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@vinhdanh/db';
import { AwardCode, allotmentBucketKey, parseAllotmentBucketKey, safeString } from '@vinhdanh/domain';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { DB } from '../core/tokens';
import { RequestValidationError } from '../errors/api-error';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import { CampaignsService } from './campaigns.service';
import { QuotasService, type QuotaView } from './quotas.service';

const CampaignIdParam = z.uuid({ error: 'id must be a campaign id (UUID)' });

/** Body of `PUT /api/admin/campaigns/{id}/allotments`: the unit, the award, how many slots and why. */
export const AllotmentRequest = z.strictObject({
  unitId: safeString({ error: 'unitId must be text' })
    .trim()
    .min(1, { error: 'unitId must not be empty' })
    .max(128, { error: 'unitId must be at most 128 characters' }),
  awardCode: AwardCode,
  limit: z
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(0, { error: 'limit must not be negative' })
    .max(1_000_000, { error: 'limit must be at most 1000000' }),
  reason: safeString({ error: 'reason must be text' })
    .trim()
    .min(1, { error: 'reason must not be empty' })
    .max(4000, { error: 'reason must be at most 4000 characters' }),
});
/** Body of an allotment. */
export type AllotmentRequest = z.infer<typeof AllotmentRequest>;

/** A unit's allotment (chỉ tiêu giao) for an award in a campaign: the limit, the slots used, who set it and why. */
export interface AllotmentView extends QuotaView {
  unitId: string;
  unitName: string | null;
  awardCode: string;
}

const fieldError = (field: string, rule: string, message: string, message_en: string) =>
  new RequestValidationError([{ field, in: 'body', rule, message, message_en }]);

/**
 * Chỉ tiêu giao cho đơn vị (1689/QĐ-TLĐ Art. 14.3, 15 [S3][S4]): a unit's quota for any award of a
 * campaign. Stored as the limit of the bucket `AWARD|unit:<unitId>|campaign:<campaignId>` through
 * the campaign's quota-limit aggregate (one command handler, `QuotaLimitChanged`), so it has the
 * quota history, the anomaly report and the slot counter of every other quota; the approval that
 * would take the unit past it is refused (`QUOTA.EXCEEDED`).
 */
@Injectable()
export class QuotaAllotmentsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly campaigns: CampaignsService,
    private readonly quotas: QuotasService,
  ) {}

  /** Allots (or changes) a unit's quota for an award of the campaign. Same access as any unit quota. */
  async allot(user: Principal, campaignId: string, body: AllotmentRequest): Promise<AllotmentView> {
    const campaign = await this.campaigns.get(campaignId);
    if (!campaign.awardCodes.includes(body.awardCode)) {
      throw fieldError(
        'awardCode',
        'campaign_award',
        `Danh hiệu ${body.awardCode} không thuộc đợt thi đua này (${campaign.awardCodes.join(', ')}).`,
        `Award ${body.awardCode} is not one of this campaign's awards (${campaign.awardCodes.join(', ')}).`,
      );
    }
    const unit = await this.db.selectFrom('units').select(['id']).where('id', '=', body.unitId).executeTakeFirst();
    if (!unit) {
      throw fieldError('unitId', 'unit_exists', `Không có đơn vị "${body.unitId}".`, `No unit "${body.unitId}".`);
    }
    const key = allotmentBucketKey(campaignId, body.unitId, body.awardCode);
    const view = await this.quotas.setOverride(user, campaignId, key, { limit: body.limit, reason: body.reason });
    const [named] = await this.named(campaignId, [view]);
    if (!named) throw new Error(`allotment ${key} has no unit`);
    return named;
  }

  /** The campaign's allotments the caller administers (a unit admin: units below theirs). */
  async list(user: Principal, campaignId: string): Promise<AllotmentView[]> {
    return this.named(campaignId, await this.quotas.listFor(user, campaignId));
  }

  private async named(campaignId: string, views: readonly QuotaView[]): Promise<AllotmentView[]> {
    const parsed = views.flatMap((v) => {
      const a = v.override ? parseAllotmentBucketKey(campaignId, v.bucketKey) : null;
      return a ? [{ ...v, ...a }] : [];
    });
    if (parsed.length === 0) return [];
    const units = await this.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where(
        'id',
        'in',
        parsed.map((p) => p.unitId),
      )
      .execute();
    const names = new Map(units.map((u) => [u.id, u.name]));
    return parsed.map((p) => ({ ...p, unitName: names.get(p.unitId) ?? null }));
  }
}

/** Chỉ tiêu giao cho đơn vị: allot a unit's quota for any award of a campaign, and read them. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/campaigns')
export class QuotaAllotmentsController {
  constructor(private readonly allotments: QuotaAllotmentsService) {}

  @Get(':id/allotments')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Chỉ tiêu giao cho đơn vị — every unit × award allotment of a campaign with limit and slots used',
    description: 'A unit admin sees the allotments of the units below theirs.',
  })
  list(@CurrentUser() user: Principal, @ZodParam('id', CampaignIdParam) id: string): Promise<AllotmentView[]> {
    return this.allotments.list(user, id);
  }

  @Put(':id/allotments')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Giao chỉ tiêu — allot a unit’s quota for an award of the campaign, with a reason',
    description:
      'Any award of the campaign, whether or not the rule set defines a quota for it. A slot is taken when the ' +
      'unit approves (forwards or grants) a nomination of that award; an approval past the limit is refused ' +
      '(QUOTA.EXCEEDED). System admin: any unit; unit admin: units below theirs. Recorded as QuotaLimitChanged ' +
      'of stream quota-<campaignId> (history: GET …/quotas/{bucketKey}/history).',
  })
  @ApiResponse({
    status: 200,
    content: {
      'application/json': {
        example: {
          bucketKey: 'BK_TLD|unit:ldld-ha-noi|campaign:6f1c…',
          unitId: 'ldld-ha-noi',
          unitName: 'Liên đoàn Lao động Thành phố Hà Nội',
          awardCode: 'BK_TLD',
          limit: 12,
          used: 0,
          override: {
            limit: 12,
            reason: 'Chỉ tiêu năm 2026 theo Công văn 123/TLĐ.',
            changedBy: 'sysadmin (Lê Minh Tuấn)',
          },
        },
      },
    },
  })
  allot(
    @CurrentUser() user: Principal,
    @ZodParam('id', CampaignIdParam) id: string,
    @ZodBody(AllotmentRequest) body: AllotmentRequest,
  ): Promise<AllotmentView> {
    return this.allotments.allot(user, id, body);
  }
}
