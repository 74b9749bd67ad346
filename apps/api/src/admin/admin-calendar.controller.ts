import { Controller, Delete, Get, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { deleteCalendarDay, listCalendarDays, upsertCalendarDay, type CalendarDay, type Database } from '@vinhdanh/db';
import { CurrentUser, RequireRole } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { DB } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import { CalendarDayInvalidError } from './admin.errors';
import { CalendarDayRequest, CalendarQuery, DateParam } from './admin.schemas';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** Lịch làm việc: the working-day calendar due dates are computed from (national: system admin edits). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/calendar')
export class AdminCalendarController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({
    summary: 'Lịch nghỉ lễ — holidays, compensatory days off and make-up working days of a year (any signed-in user)',
    description: 'Rows seeded from the 2025–2027 notices carry note "verify against the official notice".',
  })
  list(@ZodQuery(CalendarQuery) query: CalendarQuery): Promise<CalendarDay[]> {
    return listCalendarDays(this.db, { from: `${query.year}-01-01`, to: `${query.year}-12-31` });
  }

  @Put(':date')
  @RequireRole('system_admin')
  @ApiOperation({
    summary: 'Đặt ngày — set what a date is (system admin)',
    description:
      'A make-up working day must fall on a weekend, a compensatory day off on a weekday. Tasks opened afterwards ' +
      'get due dates from the new calendar; open tasks keep theirs unless extended.',
  })
  async put(
    @CurrentUser() user: Principal,
    @ZodParam('date', DateParam) date: string,
    @ZodBody(CalendarDayRequest) body: CalendarDayRequest,
  ): Promise<CalendarDay> {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    if ((body.kind === 'makeup_workday' && !weekend) || (body.kind === 'compensatory' && weekend)) {
      throw new CalendarDayInvalidError(date, body.kind, WEEKDAYS[weekday] ?? String(weekday));
    }
    return upsertCalendarDay(this.db, {
      date,
      kind: body.kind,
      nameVi: body.nameVi,
      nameEn: body.nameEn,
      note: body.note ?? null,
      updatedBy: `${user.username} (${user.fullName})`,
    });
  }

  @Delete(':date')
  @HttpCode(204)
  @RequireRole('system_admin')
  @ApiOperation({ summary: 'Xoá ngày — make a date an ordinary day again (system admin); 404 when not listed' })
  async remove(@ZodParam('date', DateParam) date: string): Promise<void> {
    if (!(await deleteCalendarDay(this.db, date)))
      throw new ResourceNotFoundError('CALENDAR_DAY', date, 'ngày trong lịch');
  }
}
