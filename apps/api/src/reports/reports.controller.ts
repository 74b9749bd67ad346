import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '../core/http.types';
import { ZodParam, ZodQuery } from '../validation/zod.pipe';
import { reportFileName, rowCount, sendSheets } from './report-download';
import { ReportExportsService } from './report-exports.service';
import { AwardHistoryQuery, ProgressQuery, SummaryQuery } from './reports.schemas';
import { annualSummarySheets, awardHistorySheets, roundProgressSheets, sharesSheets } from './reports.sheets';
import { ReportsService } from './reports.service';

const UnitIdParam = z.string().trim().min(1).max(128);

const SCOPE_NOTE =
  'Scope: auditors and system admins any unit; others a unit where they hold a role, or below it (default: ' +
  'their highest unit; the top of the tree gives the national figures). Figures follow units through ' +
  'reorganisations: a dissolved unit counts under its successor (`mergedUnits`, `reorganisationNote`). ' +
  '`format=xlsx` streams an .xlsx (Vietnamese headers, real dates and numbers, frozen header row, filters); ' +
  '`format=csv` the first sheet as CSV with a UTF-8 BOM. Each download is recorded as a `ReportExported` event ' +
  '(stream `report-exports-<userId>`: who, what, filters, rows, personal data) and its id returned in ' +
  '`X-Vinhdanh-Export-Id`.';

function json(res: HttpResponse, body: unknown): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Báo cáo: statistics people open (annual summary, shares, round progress, a unit's award history), as JSON or files. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get('annual-summary')
  @ApiOperation({
    summary:
      'Báo cáo tổng kết năm — a unit and its subtree: awards and nominations by award, level, kind, campaign; outcomes; shares; time per level; quota use',
    description: `Filters: unitId, year (default this year, Vietnam time), campaignId; breakdown=units adds each unit directly below. ${SCOPE_NOTE}`,
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx', 'csv'] })
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async annualSummary(
    @CurrentUser() user: Principal,
    @ZodQuery(SummaryQuery) q: SummaryQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const report = await this.reports.annualSummary(user, q);
    if (q.format === 'json') return json(res, report);
    const sheets = annualSummarySheets(report);
    const exportId = await this.exports.record(user, {
      report: 'annual_summary',
      format: q.format,
      filters: { unitId: report.unit.id, year: report.year ?? undefined, campaignId: q.campaignId },
      rows: rowCount(sheets),
      personalData: false,
    });
    await sendSheets(
      res,
      q.format,
      reportFileName(
        `Báo cáo tổng kết${report.year ? ` năm ${report.year}` : ''}`,
        report.unit.name,
        report.campaign?.name,
      ),
      sheets,
      exportId,
    );
  }

  @Get('shares')
  @ApiOperation({
    summary:
      'Tỷ lệ — shares of direct workers, women and non-leaders among person nominations and awards, against the rule set’s targets',
    description: `Filters: unitId, year, campaignId. Targets: the direct-worker share the rule sets state for the awards counted; none is stated for women or non-leaders (said in targetsNote). ${SCOPE_NOTE}`,
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx', 'csv'] })
  async shares(
    @CurrentUser() user: Principal,
    @ZodQuery(SummaryQuery) q: SummaryQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const report = await this.reports.shares(user, q);
    if (q.format === 'json') return json(res, report);
    const sheets = sharesSheets(report);
    const exportId = await this.exports.record(user, {
      report: 'shares',
      format: q.format,
      filters: { unitId: report.unit.id, year: report.year ?? undefined, campaignId: q.campaignId },
      rows: rowCount(sheets),
      personalData: false,
    });
    await sendSheets(
      res,
      q.format,
      reportFileName(
        `Tỷ lệ nữ, lao động trực tiếp${report.year ? ` năm ${report.year}` : ''}`,
        report.unit.name,
        report.campaign?.name,
      ),
      sheets,
      exportId,
    );
  }

  @Get('round-progress')
  @ApiOperation({
    summary:
      'Tiến độ đợt — where a campaign’s nominations wait by level and unit, overdue, and a forecast against the cut-offs',
    description: `campaignId required; unitId optional. forecastLate: open tasks whose opening plus the level’s average time so far falls after the level’s cut-off. ${SCOPE_NOTE}`,
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx', 'csv'] })
  async roundProgress(
    @CurrentUser() user: Principal,
    @ZodQuery(ProgressQuery) q: ProgressQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const report = await this.reports.roundProgress(user, q);
    if (q.format === 'json') return json(res, report);
    const sheets = roundProgressSheets(report);
    const exportId = await this.exports.record(user, {
      report: 'round_progress',
      format: q.format,
      filters: { unitId: report.unit.id, campaignId: q.campaignId },
      rows: rowCount(sheets),
      personalData: false,
    });
    await sendSheets(
      res,
      q.format,
      reportFileName('Tiến độ đợt', report.campaign?.name, report.unit.name),
      sheets,
      exportId,
    );
  }

  @Get('units/:unitId/award-history')
  @ApiOperation({
    summary: 'Lịch sử khen thưởng của đơn vị — awards granted (and revoked) to a unit and its subtree, newest first',
    description: `Filters: year (of the decision, Vietnam time), campaignId. Names are given only for nominations the caller may read (a role at a unit on its route; auditors all); otherwise nomineeName is null and hiddenNames counts them. ${SCOPE_NOTE}`,
  })
  @ApiParam({ name: 'unitId' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx', 'csv'] })
  @ApiResponse({ status: 403, description: 'AUTH.FORBIDDEN: the unit is outside the caller’s units.' })
  async awardHistory(
    @CurrentUser() user: Principal,
    @ZodParam('unitId', UnitIdParam) unitId: string,
    @ZodQuery(AwardHistoryQuery) q: AwardHistoryQuery,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const report = await this.reports.unitAwardHistory(user, unitId, q);
    if (q.format === 'json') return json(res, report);
    const sheets = awardHistorySheets(report);
    const exportId = await this.exports.record(user, {
      report: 'unit_award_history',
      format: q.format,
      filters: { unitId, year: q.year, campaignId: q.campaignId },
      rows: report.items.length,
      personalData: report.items.some((i) => i.nomineeName !== null),
    });
    await sendSheets(
      res,
      q.format,
      reportFileName('Lịch sử khen thưởng', report.unit.name, report.campaign?.name),
      sheets,
      exportId,
    );
  }
}
