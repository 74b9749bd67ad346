import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { z } from 'zod';
import { timelineEntry, type TimelineEntry } from '@vinhdanh/audit';
import { nominationStreamId } from '@vinhdanh/contracts';
import { loadOrgTreeData, type Database, type InboxTask, type NominationSummary } from '@vinhdanh/db';
import { OrgIndex } from '@vinhdanh/projections';
import type { EventStore } from '@vinhdanh/event-store';
import { sheet, type AnySheet } from '@vinhdanh/spreadsheets';
import { StuckService } from '../admin/stuck.service';
import { StuckFilter, type StuckRow } from '../admin/stuck.schemas';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { assertMayReadHistory } from '../audit/audit.access';
import type { HttpResponse } from '../core/http.types';
import { DB } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { inboxScopeOf, seesEverything, unitsOfCaller } from '../nominations/access';
import { listScopedInbox, listScopedNominations } from '../nominations/nominations.reads';
import { InboxRequest, ListNominationsRequest, NominationIdParam } from '../nominations/nominations.schemas';
import { EVENT_STORE } from '../projector/projector.tokens';
import { ZodParam, ZodQuery } from '../validation/zod.pipe';
import { pagedRows, reportFileName, sendSheets } from './report-download';
import { ReportExportsService } from './report-exports.service';
import { awardNames, LEVEL_NAMES } from './reports.service';

const fileFormat = z
  .enum(['xlsx', 'csv'], { error: 'format phải là xlsx hoặc csv (must be xlsx or csv)' })
  .default('xlsx');
const NominationsExportQuery = ListNominationsRequest.omit({ limit: true, cursor: true }).extend({
  format: fileFormat,
});
type NominationsExportQuery = z.infer<typeof NominationsExportQuery>;
const InboxExportQuery = InboxRequest.omit({ limit: true, cursor: true }).extend({ format: fileFormat });
type InboxExportQuery = z.infer<typeof InboxExportQuery>;
const StuckExportQuery = StuckFilter.extend({ format: fileFormat });
type StuckExportQuery = z.infer<typeof StuckExportQuery>;
const TimelineExportQuery = z.strictObject({ format: fileFormat });
type TimelineExportQuery = z.infer<typeof TimelineExportQuery>;

/** The nominee's name on a nomination's first event (its submission), for the file name. */
function nomineeNameOf(submitted: Record<string, unknown> | undefined): string | null {
  const nominee = (submitted?.['dossier'] as { nominee?: { fullName?: unknown; name?: unknown } } | undefined)?.nominee;
  const name = nominee?.fullName ?? nominee?.name;
  return typeof name === 'string' ? name : null;
}

/** Page size when walking a list; the export record is written before the file, so it holds the filters, not a count. */
const PAGE = 200;

/** Danh sách ra Excel: every list of the application as .xlsx (streamed) or CSV with a UTF-8 BOM. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/exports')
export class ListExportsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly stuck: StuckService,
    private readonly exports: ReportExportsService,
  ) {}

  private async names() {
    const [data, campaigns] = await Promise.all([
      loadOrgTreeData(this.db),
      sql<{ id: string; name: string }>`select id::text, name from campaigns`.execute(this.db),
    ]);
    const tree = new OrgIndex(data);
    const campaign = new Map(campaigns.rows.map((r) => [r.id, r.name]));
    const awards = awardNames();
    return {
      unit: (id: string | null | undefined) => (id ? (tree.findUnit(id)?.name ?? id) : null),
      campaign: (id: string) => campaign.get(id) ?? id,
      award: (code: string) => awards.get(code) ?? code,
    };
  }

  @Get('nominations')
  @ApiOperation({
    summary: 'Danh sách hồ sơ ra Excel — the nominations list (same scope and filters as GET /nominations), every page',
    description:
      'format=xlsx (default, streamed) or csv (UTF-8 BOM). The download is recorded first as a ReportExported event (personal data: yes).',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async nominations(
    @CurrentUser() user: Principal,
    @ZodQuery(NominationsExportQuery) q: NominationsExportQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const n = await this.names();
    const { format, ...filters } = q;
    const units = seesEverything(user) ? null : unitsOfCaller(user);
    const rows = await pagedRows((cursor) =>
      listScopedNominations(this.db, units, { ...filters, limit: PAGE, ...(cursor ? { cursor } : {}) }),
    );
    const sheets: AnySheet[] = [
      sheet<NominationSummary>({
        name: 'Danh sách hồ sơ',
        columns: [
          { header: 'Họ tên / Tên tập thể', type: 'text', value: (r) => r.nominee.name, width: 32 },
          {
            header: 'Cá nhân / Tập thể',
            type: 'text',
            value: (r) => (r.nominee.kind === 'person' ? 'Cá nhân' : 'Tập thể'),
          },
          { header: 'Hình thức khen thưởng', type: 'text', value: (r) => n.award(r.awardCode), width: 40 },
          { header: 'Đợt thi đua', type: 'text', value: (r) => n.campaign(r.campaignId), width: 40 },
          { header: 'Đơn vị đề nghị', type: 'text', value: (r) => n.unit(r.nominatingUnitId), width: 40 },
          { header: 'Trạng thái', type: 'text', value: (r) => r.statusLabel.vi, width: 20 },
          { header: 'Đang xét tại', type: 'text', value: (r) => n.unit(r.currentTask?.unitId), width: 40 },
          { header: 'Ngày gửi', type: 'date', value: (r) => r.submittedAt },
          { header: 'Cập nhật lúc', type: 'datetime', value: (r) => r.updatedAt, width: 18 },
          { header: 'Ngày kết thúc', type: 'date', value: (r) => r.finalAt },
          { header: 'Số quyết định', type: 'text', value: (r) => r.decisionNumber, width: 18 },
        ],
        rows,
      }),
    ];
    const exportId = await this.exports.record(user, {
      report: 'nominations',
      format,
      filters,
      rows: 0,
      personalData: true,
    });
    await sendSheets(res, format, reportFileName('Danh sách hồ sơ'), sheets, exportId);
  }

  @Get('inbox')
  @ApiOperation({
    summary: 'Hộp việc ra Excel — the caller’s inbox (same scope and filters as GET /inbox), every page',
    description: 'format=xlsx (default) or csv. Recorded as a ReportExported event.',
  })
  async inbox(
    @CurrentUser() user: Principal,
    @ZodQuery(InboxExportQuery) q: InboxExportQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const n = await this.names();
    const { format, ...filters } = q;
    const query = { ...filters, holder: filters.holder === 'me' ? user.id : filters.holder, limit: PAGE };
    const rows = await pagedRows((cursor) =>
      listScopedInbox(this.db, inboxScopeOf(user), { ...query, ...(cursor ? { cursor } : {}) }),
    );
    const sheets: AnySheet[] = [
      sheet<InboxTask>({
        name: 'Hộp việc',
        columns: [
          { header: 'Họ tên / Tên tập thể', type: 'text', value: (r) => r.nomineeName, width: 32 },
          { header: 'Hình thức khen thưởng', type: 'text', value: (r) => n.award(r.awardCode), width: 40 },
          { header: 'Đợt thi đua', type: 'text', value: (r) => n.campaign(r.campaignId), width: 40 },
          { header: 'Việc', type: 'text', value: (r) => (r.kind === 'review' ? 'Xét duyệt' : 'Bổ sung hồ sơ') },
          { header: 'Bước', type: 'text', value: (r) => r.statusLabel.vi, width: 20 },
          { header: 'Đơn vị', type: 'text', value: (r) => n.unit(r.unitId), width: 40 },
          { header: 'Cấp', type: 'text', value: (r) => LEVEL_NAMES[r.level] ?? String(r.level), width: 26 },
          { header: 'Nhận lúc', type: 'datetime', value: (r) => r.openedAt, width: 18 },
          { header: 'Hạn xử lý', type: 'datetime', value: (r) => r.dueAt, width: 18 },
          { header: 'Quá hạn', type: 'text', value: (r) => (r.overdue ? 'Quá hạn' : '') },
          { header: 'Người đang giữ', type: 'text', value: (r) => r.holder?.name, width: 26 },
        ],
        rows,
      }),
    ];
    const exportId = await this.exports.record(user, { report: 'inbox', format, filters, rows: 0, personalData: true });
    await sendSheets(res, format, reportFileName('Hộp việc', user.fullName), sheets, exportId);
  }

  @Get('stuck')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary:
      'Bàn điều phối ra Excel — stuck nominations with their reasons (same scope and filters as GET /admin/stuck)',
    description: 'format=xlsx (default) or csv. Recorded as a ReportExported event.',
  })
  async stuckDesk(
    @CurrentUser() user: Principal,
    @ZodQuery(StuckExportQuery) q: StuckExportQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const n = await this.names();
    const { format, ...filters } = q;
    const rows = await pagedRows((cursor) =>
      this.stuck.list(user, { ...filters, limit: PAGE, ...(cursor ? { cursor } : {}) }),
    );
    const REASONS: Record<string, string> = {
      overdue: 'Quá hạn',
      stuck: 'Ách tắc',
      no_assignee: 'Không có người xử lý',
      idle: 'Lâu không xử lý',
      on_hold: 'Tạm dừng lâu',
      failing: 'Lỗi hệ thống',
    };
    const sheets: AnySheet[] = [
      sheet<StuckRow>({
        name: 'Bàn điều phối',
        columns: [
          { header: 'Họ tên / Tên tập thể', type: 'text', value: (r) => r.nomineeName, width: 32 },
          { header: 'Hình thức khen thưởng', type: 'text', value: (r) => n.award(r.awardCode), width: 40 },
          { header: 'Đơn vị', type: 'text', value: (r) => r.unitName ?? n.unit(r.unitId), width: 40 },
          { header: 'Cấp', type: 'text', value: (r) => LEVEL_NAMES[r.level] ?? String(r.level), width: 26 },
          { header: 'Lý do', type: 'text', value: (r) => r.reasons.map((x) => REASONS[x] ?? x).join(', '), width: 30 },
          { header: 'Nhận lúc', type: 'datetime', value: (r) => r.openedAt, width: 18 },
          { header: 'Hạn xử lý', type: 'datetime', value: (r) => r.dueAt, width: 18 },
          { header: 'Số ngày chờ', type: 'integer', value: (r) => r.daysWaiting },
          { header: 'Số ngày trễ', type: 'integer', value: (r) => r.daysLate },
        ],
        rows,
      }),
    ];
    const exportId = await this.exports.record(user, { report: 'stuck', format, filters, rows: 0, personalData: true });
    await sendSheets(res, format, reportFileName('Bàn điều phối'), sheets, exportId);
  }

  @Get('audit-timeline/:id')
  @ApiOperation({
    summary: 'Dòng thời gian kiểm toán ra Excel — every event of a nomination with actor, reason and hash',
    description: 'Auditors and system admins; the units on the nomination’s route. Recorded as a ReportExported event.',
  })
  @ApiParam({ name: 'id' })
  async auditTimeline(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @ZodQuery(TimelineExportQuery) q: TimelineExportQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const events = await this.store.readStream(nominationStreamId(id));
    if (events.length === 0) throw new ResourceNotFoundError('NOMINATION', id, 'hồ sơ');
    assertMayReadHistory(user, events);
    const n = await this.names();
    const sheets: AnySheet[] = [
      sheet<TimelineEntry>({
        name: 'Dòng thời gian',
        columns: [
          { header: 'Thứ tự', type: 'integer', value: (e) => e.version },
          { header: 'Thời điểm', type: 'datetime', value: (e) => e.occurredAt, width: 18 },
          { header: 'Sự việc', type: 'text', value: (e) => e.description, width: 60 },
          { header: 'Người thực hiện', type: 'text', value: (e) => e.actor.name, width: 28 },
          { header: 'Đơn vị', type: 'text', value: (e) => n.unit(e.actor.unitId), width: 40 },
          { header: 'Thay mặt', type: 'text', value: (e) => e.onBehalfOf, width: 24 },
          { header: 'Lý do', type: 'text', value: (e) => e.reason, width: 40 },
          { header: 'Bộ quy định', type: 'text', value: (e) => e.ruleSetVersion },
          { header: 'Ghi nhận lúc', type: 'datetime', value: (e) => e.recordedAt, width: 18 },
          { header: 'Mã băm', type: 'text', value: (e) => e.hash, width: 66 },
        ],
        rows: events.map(timelineEntry),
      }),
    ];
    const exportId = await this.exports.record(user, {
      report: 'audit_timeline',
      format: q.format,
      filters: { nominationId: id },
      rows: events.length,
      personalData: true,
    });
    await sendSheets(
      res,
      q.format,
      reportFileName('Dòng thời gian hồ sơ', nomineeNameOf(events[0]?.data)),
      sheets,
      exportId,
    );
  }
}
