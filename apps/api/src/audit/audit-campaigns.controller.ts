import { once } from 'node:events';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { findCampaign, type Database } from '@vinhdanh/db';
import {
  CAMPAIGN_EXPORT_FORMAT,
  CampaignExportWriter,
  campaignStreamIds,
  readStreams,
  type AuditSigner,
} from '@vinhdanh/audit';
import { nominationIdOfStream } from '@vinhdanh/projections';
import type { RecordedEvent } from '@vinhdanh/event-store';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '../core/http.types';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { ZodParam } from '../validation/zod.pipe';
import { ApiAuditProblems } from './audit.openapi';
import { AuditService } from './audit.service';
import { attachmentHeader, reportFileName } from '../reports/report-download';
import { ReportExportsService } from '../reports/report-exports.service';
import { AUDIT_SIGNER } from './audit.tokens';
import { z } from 'zod';

const CampaignIdParam = z.uuid({ error: 'id must be a campaign id (UUID)' });
const PAGE = 200;

/** Xuất cả đợt: every nomination of a campaign, streamed as signed JSON Lines. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/campaigns')
export class AuditCampaignsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_SIGNER) private readonly signer: AuditSigner,
    private readonly audit: AuditService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get(':id/export')
  @RequirePermission('audit.read')
  @ApiOperation({
    summary: 'Xuất cả đợt có chữ ký — every nomination of a campaign as signed JSON Lines',
    description:
      `\`application/x-ndjson\`, streamed with bounded memory. Line 1: \`{ kind: "header", format: "${CAMPAIGN_EXPORT_FORMAT}", ` +
      'campaignId, exportedAt, exportedBy }`; then one line per nomination `{ kind: "nomination", …the nomination ' +
      'export payload }` (events with hashes, finalState); last line `{ kind: "signature", manifest: { campaignId, ' +
      'nominations, sha256 }, signature, publicKey, keyId, algorithm }` where sha256 covers every byte before it and ' +
      'the Ed25519 signature covers canonical JSON of the manifest. Nominations are found from their submission ' +
      'events, not from a read model. Check offline with `npm run verify-export -- <file.jsonl>`.',
  })
  @ApiProduces('application/x-ndjson')
  @ApiAuditProblems()
  async export(
    @CurrentUser() user: Principal,
    @ZodParam('id', CampaignIdParam) id: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const campaign = await findCampaign(this.db, id);
    if (!campaign) throw new ResourceNotFoundError('CAMPAIGN', id, 'đợt thi đua');
    const exportId = await this.exports.record(user, {
      report: 'audit_signed_campaign',
      format: 'jsonl',
      filters: { campaignId: id },
      rows: 0,
      personalData: true,
    });
    const writer = new CampaignExportWriter(
      {
        kind: 'header',
        format: CAMPAIGN_EXPORT_FORMAT,
        formatVersion: 1,
        campaignId: id,
        exportedAt: this.clock().toISOString(),
        exportedBy: user.id,
      },
      this.signer,
    );
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      attachmentHeader(reportFileName('Hồ sơ đợt thi đua có chữ ký', campaign.name), 'jsonl'),
    );
    res.setHeader('X-Vinhdanh-Export-Id', exportId);
    const write = async (chunk: string) => {
      if (!res.write(chunk)) await once(res, 'drain');
    };
    try {
      await write(writer.start());
      for (let after = ''; ;) {
        const streamIds = await campaignStreamIds(this.db, id, after, PAGE);
        const byStream = new Map<string, RecordedEvent[]>();
        for (const e of await readStreams(this.db, streamIds)) {
          const list = byStream.get(e.streamId);
          if (list) list.push(e);
          else byStream.set(e.streamId, [e]);
        }
        for (const streamId of streamIds) {
          const events = byStream.get(streamId) ?? [];
          await write(writer.nomination(this.audit.exportPayload(user, nominationIdOfStream(streamId), events)));
        }
        if (streamIds.length < PAGE) break;
        after = streamIds[streamIds.length - 1] ?? after;
      }
      res.end(writer.finish());
    } catch (err) {
      // Headers are gone: cut the stream so the file lacks its signed trailer and never verifies.
      res.destroy(err as Error);
    }
  }
}
