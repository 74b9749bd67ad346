import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@vinhdanh/db';
import { UNIT_KINDS, vietnamDateOf, type OrgUnit } from '@vinhdanh/domain';
import { sheet, type AnySheet } from '@vinhdanh/spreadsheets';
import { adminScopeOf } from '../admin/units.scope';
import { listUsers } from '../admin/users.repository';
import { ListUsersQuery, type UserView } from '../admin/users.schemas';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { CouncilSessionsService, type CouncilSessionSummary } from '../council-sessions/council-sessions.service';
import type { HttpResponse } from '../core/http.types';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { buildLabels } from '../directory/labels';
import {
  SubmissionBatchesService,
  type SubmissionBatchSummaryView,
} from '../submission-batches/submission-batches.service';
import { ZodQuery } from '../validation/zod.pipe';
import { pagedRows, reportFileName, sendSheets } from './report-download';
import { ReportExportsService } from './report-exports.service';
import { awardNames, LEVEL_NAMES } from './reports.service';

const fileFormat = z
  .enum(['xlsx', 'csv'], { error: 'format phải là xlsx hoặc csv (must be xlsx or csv)' })
  .default('xlsx');
const FormatQuery = z.strictObject({ format: fileFormat });
type FormatQuery = z.infer<typeof FormatQuery>;
const UsersExportQuery = ListUsersQuery.omit({ limit: true, offset: true }).extend({ format: fileFormat });
type UsersExportQuery = z.infer<typeof UsersExportQuery>;

/** A council session's status as the secretary says it (the web shows the same words). */
const SESSION_STATUS: Readonly<Record<string, string>> = {
  convened: 'Đã triệu tập',
  open: 'Đang họp',
  adjourned: 'Tạm dừng',
  concluded: 'Đã kết thúc',
};

/** Users per page when walking the list (the list's own maximum). */
const USERS_PAGE = 200;

/**
 * Danh sách ra Excel, continued: the đề nghị, the council sessions, and the administrators' users and
 * units, each scoped exactly as its list on screen and recorded first as a `ReportExported` event.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/exports')
export class RoundAdminExportsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly batches: SubmissionBatchesService,
    private readonly sessions: CouncilSessionsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get('submission-batches')
  @ApiOperation({
    summary: 'Danh sách đề nghị ra Excel — the đề nghị the caller sees (same scope as GET /submission-batches)',
    description: 'format=xlsx (default, streamed) or csv (UTF-8 BOM). Recorded first as a ReportExported event.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async submissionBatches(
    @CurrentUser() user: Principal,
    @ZodQuery(FormatQuery) q: FormatQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const rows = await this.batches.list(user);
    const sheets: AnySheet[] = [
      sheet<SubmissionBatchSummaryView>({
        name: 'Danh sách đề nghị',
        columns: [
          { header: 'Số tờ trình', type: 'text', value: (b) => b.submissionLetterNumber, width: 20 },
          { header: 'Đơn vị đề nghị', type: 'text', value: (b) => b.submittingUnit.name, width: 40 },
          { header: 'Đợt thi đua', type: 'text', value: (b) => b.campaign.name, width: 40 },
          { header: 'Người gửi', type: 'text', value: (b) => b.submittedBy, width: 26 },
          { header: 'Gửi lúc', type: 'datetime', value: (b) => b.submittedAt, width: 18 },
          { header: 'Số người được đề nghị', type: 'integer', value: (b) => b.progress.total },
          { header: 'Đã tạo hồ sơ', type: 'integer', value: (b) => b.progress.started },
          { header: 'Chờ tạo hồ sơ', type: 'integer', value: (b) => b.progress.pending },
          { header: 'Không nhận', type: 'integer', value: (b) => b.progress.refused },
          { header: 'Dòng bỏ qua khi nhập', type: 'integer', value: (b) => b.skipped },
          { header: 'Tiến độ', type: 'text', value: (b) => b.progress.summary, width: 60 },
        ],
        rows,
      }),
    ];
    const exportId = await this.exports.record(user, {
      report: 'submission_batches',
      format: q.format,
      filters: {},
      rows: rows.length,
      personalData: true,
    });
    await sendSheets(res, q.format, reportFileName('Danh sách đề nghị'), sheets, exportId);
  }

  @Get('council-sessions')
  @ApiOperation({
    summary:
      'Danh sách phiên họp ra Excel — the council sessions the caller sees (same scope as GET /council-sessions)',
    description: 'format=xlsx (default) or csv. Recorded first as a ReportExported event.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async councilSessions(
    @CurrentUser() user: Principal,
    @ZodQuery(FormatQuery) q: FormatQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const rows = await this.sessions.list(user);
    const awards = awardNames();
    const sheets: AnySheet[] = [
      sheet<CouncilSessionSummary>({
        name: 'Phiên họp Hội đồng',
        columns: [
          { header: 'Phiên họp', type: 'text', value: (s) => s.title, width: 50 },
          { header: 'Hội đồng của đơn vị', type: 'text', value: (s) => s.councilUnit.name, width: 40 },
          {
            header: 'Hình thức khen thưởng',
            type: 'text',
            value: (s) => awards.get(s.awardCode) ?? s.awardCode,
            width: 40,
          },
          { header: 'Số người được xét', type: 'integer', value: (s) => s.candidates },
          { header: 'Tình trạng', type: 'text', value: (s) => SESSION_STATUS[s.status] ?? s.status, width: 16 },
          { header: 'Triệu tập lúc', type: 'datetime', value: (s) => s.convenedAt, width: 18 },
        ],
        rows,
      }),
    ];
    const exportId = await this.exports.record(user, {
      report: 'council_sessions',
      format: q.format,
      filters: {},
      rows: rows.length,
      personalData: false,
    });
    await sendSheets(res, q.format, reportFileName('Danh sách phiên họp Hội đồng'), sheets, exportId);
  }

  @Get('users')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary:
      'Danh sách người dùng ra Excel — the users the caller administers (same scope and filters as GET /admin/users)',
    description: 'format=xlsx (default) or csv; every page. Recorded first as a ReportExported event (personal data).',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async users(
    @CurrentUser() user: Principal,
    @ZodQuery(UsersExportQuery) q: UsersExportQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const { format, ...filters } = q;
    const now = this.clock();
    const scope = await adminScopeOf(this.db, user, vietnamDateOf(now.toISOString()));
    const units = scope.all ? undefined : [...scope.units];
    const rows = await pagedRows(async (cursor) => {
      const offset = Number(cursor ?? 0);
      const page = await listUsers(this.db, { ...filters, limit: USERS_PAGE, offset }, now, units);
      const next = offset + page.items.length;
      return { items: page.items, nextCursor: page.items.length > 0 && next < page.total ? String(next) : null };
    });
    const roles = buildLabels().roles;
    const currentRoles = (u: UserView) =>
      u.roles
        .filter((r) => r.current)
        .map((r) => `${roles[r.role]?.vi ?? r.role} – ${r.unitName}`)
        .join('; ');
    const sheets: AnySheet[] = [
      sheet<UserView>({
        name: 'Người dùng',
        columns: [
          { header: 'Họ tên', type: 'text', value: (u) => u.fullName, width: 30 },
          { header: 'Tên đăng nhập', type: 'text', value: (u) => u.username, width: 22 },
          { header: 'Thư điện tử', type: 'text', value: (u) => u.email, width: 30 },
          { header: 'Tình trạng', type: 'text', value: (u) => (u.active ? 'Đang hoạt động' : 'Đã khóa'), width: 16 },
          { header: 'Vai trò hiện có', type: 'text', value: currentRoles, width: 70 },
          { header: 'Tạo lúc', type: 'datetime', value: (u) => u.createdAt, width: 18 },
        ],
        rows,
      }),
    ];
    const exportId = await this.exports.record(user, { report: 'users', format, filters, rows: 0, personalData: true });
    await sendSheets(res, format, reportFileName('Danh sách người dùng'), sheets, exportId);
  }

  @Get('units')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Danh sách đơn vị ra Excel — the units the caller administers (system admin: all, dissolved ones too)',
    description: 'format=xlsx (default) or csv, with the parent as of today. Recorded first as a ReportExported event.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async units(
    @CurrentUser() user: Principal,
    @ZodQuery(FormatQuery) q: FormatQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const today = vietnamDateOf(this.clock().toISOString());
    const scope = await adminScopeOf(this.db, user, today);
    const { tree } = scope;
    const rows = tree.units
      .filter((u) => scope.all || scope.units.has(u.id))
      .sort((a, b) => tree.levelOf(b.id) - tree.levelOf(a.id) || a.name.localeCompare(b.name, 'vi'));
    // A dissolved unit's parent is the one it had on its last day.
    const parentOf = (u: OrgUnit) => {
      const day = u.dissolvedOn && u.dissolvedOn <= today ? previousDay(u.dissolvedOn) : today;
      return tree.parentAsOf(u.id, day)?.name ?? null;
    };
    const sheets: AnySheet[] = [
      sheet<OrgUnit>({
        name: 'Đơn vị',
        columns: [
          { header: 'Mã đơn vị', type: 'text', value: (u) => u.code, width: 16 },
          { header: 'Tên đơn vị', type: 'text', value: (u) => u.name, width: 50 },
          { header: 'Loại đơn vị', type: 'text', value: (u) => UNIT_KINDS[u.kind].labelVi, width: 36 },
          { header: 'Cấp', type: 'text', value: (u) => LEVEL_NAMES[tree.levelOf(u.id)], width: 26 },
          { header: 'Đơn vị cấp trên', type: 'text', value: parentOf, width: 50 },
          { header: 'Số đoàn viên', type: 'integer', value: (u) => u.memberCount },
          { header: 'Ngày giải thể', type: 'date', value: (u) => u.dissolvedOn },
        ],
        rows,
      }),
    ];
    const exportId = await this.exports.record(user, {
      report: 'units',
      format: q.format,
      filters: {},
      rows: rows.length,
      personalData: false,
    });
    await sendSheets(res, q.format, reportFileName('Danh sách đơn vị'), sheets, exportId);
  }
}

/** The day before an ISO date (YYYY-MM-DD). */
function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
