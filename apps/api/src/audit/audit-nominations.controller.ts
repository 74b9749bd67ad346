import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { VerifyResult } from '@vinhdanh/event-store';
import { Inject } from '@nestjs/common';
import type { EventStore } from '@vinhdanh/event-store';
import { nominationStreamId } from '@vinhdanh/contracts';
import type { NominationExportPayload, SignedEnvelope } from '@vinhdanh/audit';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '../core/http.types';
import { NominationIdParam } from '../nominations/nominations.schemas';
import { EVENT_STORE } from '../projector/projector.tokens';
import { ZodParam, ZodQuery } from '../validation/zod.pipe';
import { AsOfQuery, ExportQuery } from './audit.schemas';
import { AuditService, type AsOfResponse, type TimelineResponse } from './audit.service';
import { ApiAuditProblems, AS_OF_EXAMPLE, TIMELINE_EXAMPLE } from './audit.openapi';
import { ReplayService, type ReplayCheckResponse } from './replay.service';
import { ProblemNames } from '../errors/problem-names';
import { attachmentHeader, reportFileName } from '../reports/report-download';
import { ReportExportsService } from '../reports/report-exports.service';

/** The nominee's name in a folded state, for the file name. */
function nomineeNameOf(state: unknown): string | null {
  const nominee = (state as { dossier?: { nominee?: { fullName?: string; name?: string } } }).dossier?.nominee;
  return nominee?.fullName ?? nominee?.name ?? null;
}

/** Kiểm toán một hồ sơ: timeline, state as of an instant, chain check, signed export, replay check. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/nominations')
export class AuditNominationsController {
  constructor(
    private readonly audit: AuditService,
    private readonly replays: ReplayService,
    private readonly exports: ReportExportsService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ProblemNames,
  ) {}

  @Get(':id/timeline')
  @ApiOperation({
    summary: 'Dòng thời gian — every event of a nomination with actor, on-behalf-of, reason, rule set, hashes',
    description:
      'Auditors and system admins; otherwise a role at a unit on the nomination’s route. From the event store.',
  })
  @ApiResponse({ status: 200, content: { 'application/json': { example: TIMELINE_EXAMPLE } } })
  @ApiAuditProblems()
  async timeline(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
  ): Promise<TimelineResponse> {
    const timeline = await this.audit.timeline(user, id);
    return { ...timeline, events: await this.names.described(timeline.events) };
  }

  @Get(':id/as-of')
  @ApiOperation({
    summary: 'Trạng thái tại thời điểm — the nomination folded from the events recorded up to `at`',
    description:
      'Folds with the domain’s `evolve` (as the workflow and projection do). 400 for a bad instant, 404 when the ' +
      'nomination had no event recorded yet at `at`.',
  })
  @ApiQuery({ name: 'at', required: true, example: '2026-06-15T09:00:00+07:00' })
  @ApiResponse({ status: 200, content: { 'application/json': { example: AS_OF_EXAMPLE } } })
  @ApiAuditProblems()
  async asOf(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @ZodQuery(AsOfQuery) query: AsOfQuery,
  ): Promise<AsOfResponse> {
    const state = await this.audit.asOf(user, id, query.at);
    const [lastEvent] = state.lastEvent ? await this.names.described([state.lastEvent]) : [null];
    return { ...state, lastEvent: lastEvent ?? null };
  }

  @Get(':id/verify')
  @RequirePermission('audit.read')
  @ApiOperation({
    summary: 'Kiểm tra chuỗi băm — recompute the nomination’s hash chain from the stored bytes',
    description: 'ok=false names the first broken link (hash, prev_hash or version_gap). Auditors and system admins.',
  })
  @ApiAuditProblems()
  async verify(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
  ): Promise<VerifyResult & { nominationId: string; streamId: string }> {
    await this.audit.history(user, id);
    return {
      nominationId: id,
      streamId: nominationStreamId(id),
      ...(await this.store.verifyStream(nominationStreamId(id))),
    };
  }

  @Get(':id/export')
  @RequirePermission('audit.read')
  @ApiOperation({
    summary: 'Xuất hồ sơ có chữ ký — the events with hashes and the folded state, signed with Ed25519',
    description:
      'json: `{ payload, signature, publicKey, keyId, algorithm }`, the signature over RFC 8785 canonical JSON of ' +
      '`payload`. csv: RFC 4180 rows (one per event, data and metadata as canonical JSON); the signature over the ' +
      'exact bytes is in `X-Vinhdanh-Signature` (base64), the key in `X-Vinhdanh-Public-Key` (base64 of the SPKI ' +
      'PEM) and `X-Vinhdanh-Key-Id`; save them as `<file>.sig.json` `{ algorithm, signature, publicKey, keyId }`. ' +
      'Check offline with `npm run verify-export -- <file>`.',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  @ApiAuditProblems()
  async export(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @ZodQuery(ExportQuery) query: ExportQuery,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<SignedEnvelope<NominationExportPayload> | string> {
    // Recorded once the export has checked the caller may read it, before anything is sent.
    const record = (nominee: string | null, rows: number) => {
      res.setHeader('Content-Disposition', attachmentHeader(reportFileName('Hồ sơ có chữ ký', nominee), query.format));
      return this.exports.record(user, {
        report: 'audit_signed_nomination',
        format: query.format,
        filters: { nominationId: id },
        rows,
        personalData: true,
      });
    };
    if (query.format === 'json') {
      const envelope = await this.audit.exportJson(user, id);
      res.setHeader(
        'X-Vinhdanh-Export-Id',
        await record(nomineeNameOf(envelope.payload.finalState), envelope.payload.events.length),
      );
      return envelope;
    }
    const signed = await this.audit.exportCsv(user, id);
    res.setHeader('X-Vinhdanh-Export-Id', await record(signed.nomineeName, signed.events));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('X-Vinhdanh-Signature', signed.signature);
    res.setHeader('X-Vinhdanh-Signature-Algorithm', signed.algorithm);
    res.setHeader('X-Vinhdanh-Key-Id', signed.keyId);
    res.setHeader('X-Vinhdanh-Public-Key', Buffer.from(signed.publicKey, 'utf8').toString('base64'));
    return signed.csv;
  }

  @Get(':id/replay-check')
  @RequirePermission('audit.read')
  @ApiOperation({
    summary: 'Kiểm tra phát lại — replay the Temporal history against the current workflow code',
    description:
      'Fetches the workflow history, runs it through `Worker.runReplayHistory` (divergence → replay.ok=false with ' +
      'the error), and compares the workflow’s queried state with the event store’s fold. 503 when Temporal is down.',
  })
  @ApiAuditProblems()
  async replayCheck(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
  ): Promise<ReplayCheckResponse> {
    await this.audit.history(user, id);
    return this.replays.check(id);
  }
}
