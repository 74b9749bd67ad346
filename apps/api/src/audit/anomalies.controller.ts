import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';
import { ANOMALY_KINDS, campaignAnomalies, type Anomaly } from '@vinhdanh/audit';
import { findCampaign, type Database } from '@vinhdanh/db';
import { RequirePermission } from '../auth/auth.decorators';
import { DB } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { ProblemNames } from '../errors/problem-names';
import { decodeKeyset, encodeKeyset } from '../nominations/keyset';
import { ZodQuery } from '../validation/zod.pipe';
import { ApiAuditProblems } from './audit.openapi';

const CURSOR_TAG = 'audit-anomalies';

/** Query of `GET /api/audit/anomalies`. */
export const AnomaliesQuery = z.strictObject({
  campaignId: z.uuid({ error: 'campaignId must be a campaign id (UUID)' }),
  kind: z.enum(ANOMALY_KINDS, { error: `kind must be one of ${ANOMALY_KINDS.join(', ')}` }).optional(),
  limit: z.coerce
    .number({ error: 'limit must be 1–2000' })
    .int({ error: 'limit must be 1–2000' })
    .min(1, { error: 'limit must be 1–2000' })
    .max(2000, { error: 'limit must be 1–2000' })
    .default(500),
  cursor: safeString().max(400).optional(),
});
/** Query of `GET /api/audit/anomalies`. */
export type AnomaliesQuery = z.infer<typeof AnomaliesQuery>;

/** Answer of `GET /api/audit/anomalies`. */
export interface AnomaliesResponse {
  campaignId: string;
  items: Anomaly[];
  /** Nominations this page scanned (`limit` at most); items may be empty while nextCursor is not. */
  scannedNominations: number;
  nextCursor: string | null;
}

const EXAMPLE: AnomaliesResponse = {
  campaignId: '0b6f3a52-7c1e-4c43-9a55-2026a0000001',
  items: [
    {
      kind: 'late_decision',
      nominationId: '5f0c2a7e-0000-4000-8000-000000000001',
      streamId: 'nomination-5f0c2a7e-0000-4000-8000-000000000001',
      streamVersion: 6,
      globalPosition: '1842',
      type: 'NominationForwarded',
      occurredAt: '2026-11-12T03:00:00.000Z',
      actor: { id: '7c1d…', name: 'Phùng Thị Nga', unitId: 'ldld-dan-phuong' },
      details: { taskSeq: 2, dueAt: '2026-11-10T10:00:00.000Z', hoursLate: 41 },
      explanation: {
        vi: 'Phùng Thị Nga ghi nhận Đồng ý, chuyển cấp trên lúc 10:00:00 12/11/2026, sau hạn xử lý 17:00:00 10/11/2026 của nhiệm vụ số 2.',
        en: "Phùng Thị Nga recorded NominationForwarded at 2026-11-12T03:00:00.000Z, after task 2's due time 2026-11-10T10:00:00.000Z.",
      },
    },
  ],
  scannedNominations: 500,
  nextCursor: 'WyJhdWRpdC1hbm9tYWxpZXMiLC…',
};

/** Bất thường: facts of a campaign an auditor should look at, computed from the event store. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/anomalies')
@RequirePermission('audit.read')
export class AnomaliesController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly names: ProblemNames,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Bất thường trong đợt thi đua — anomalies of a campaign, from the events',
    description:
      'Kinds: late_decision (a decision or step recorded after the open task’s due time), quota_change_in_round (a ' +
      'quota override changed while the campaign window was open; first page only), on_behalf (an event whose ' +
      'metadata names onBehalfOf), multi_level_decider (one person deciding at two levels of a nomination), bloc_alert (an emulation bloc’s ' +
      'rotation or formalism alert for the years the campaign covers; first page only). Each ' +
      'page scans at most `limit` nominations of the campaign in stream order, so a page may hold no item yet ' +
      'carry a nextCursor; keep paging until nextCursor is null.',
  })
  @ApiQuery({ name: 'campaignId', required: true })
  @ApiQuery({ name: 'kind', required: false, enum: ANOMALY_KINDS })
  @ApiQuery({ name: 'limit', required: false, example: 500 })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiResponse({ status: 200, content: { 'application/json': { example: EXAMPLE } } })
  @ApiAuditProblems()
  async list(@ZodQuery(AnomaliesQuery) q: AnomaliesQuery): Promise<AnomaliesResponse> {
    const campaign = await findCampaign(this.db, q.campaignId);
    if (!campaign) throw new ResourceNotFoundError('CAMPAIGN', q.campaignId, 'đợt thi đua');
    // The cursor's position is the last stream scanned; its instant is unused (keyset cursors carry one).
    const after = q.cursor ? decodeKeyset(CURSOR_TAG, q.cursor).id : undefined;
    const page = await campaignAnomalies(
      this.db,
      { id: campaign.id, opensOn: campaign.opensOn, closesOn: campaign.closesOn },
      q.kind ? [q.kind] : ANOMALY_KINDS,
      after,
      q.limit,
    );
    // The explanation is read on screen: event types, award codes and units by name, dates dd/mm/yyyy.
    const vi = await this.names.texts(page.items.map((a) => a.explanation.vi));
    return {
      campaignId: campaign.id,
      items: page.items.map((a, i) => ({ ...a, explanation: { ...a.explanation, vi: vi[i] ?? a.explanation.vi } })),
      scannedNominations: page.scannedNominations,
      nextCursor: page.nextAfter ? encodeKeyset(CURSOR_TAG, { at: '1970-01-01T00:00:00Z', id: page.nextAfter }) : null,
    };
  }
}
