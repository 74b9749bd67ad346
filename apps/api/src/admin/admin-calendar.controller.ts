import { Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarDay } from '@vinhdanh/db';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import { AdminCalendarService } from './admin-calendar.service';
import { CalendarDayRequest, CalendarQuery, DateParam } from './admin.schemas';

/** Lịch làm việc: the working-day calendar due dates are computed from (national: system admin edits). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/calendar')
export class AdminCalendarController {
  constructor(private readonly calendar: AdminCalendarService) {}

  @Get()
  @ApiOperation({
    summary: 'Lịch nghỉ lễ — holidays, compensatory days off and make-up working days of a year (any signed-in user)',
    description: 'Rows seeded from the 2025–2027 notices carry note "verify against the official notice".',
  })
  list(@ZodQuery(CalendarQuery) query: CalendarQuery): Promise<CalendarDay[]> {
    return this.calendar.list(query.year);
  }

  @Put(':date')
  @RequirePermission('admin.system')
  @ApiOperation({
    summary: 'Đặt ngày — set what a date is (system admin)',
    description:
      'A make-up working day must fall on a weekend, a compensatory day off on a weekday. Tasks opened afterwards ' +
      'get due dates from the new calendar; open tasks keep theirs unless extended. Each change is an event of ' +
      "the year's calendar stream (`working-calendar-<yyyy>`).",
  })
  put(
    @CurrentUser() user: Principal,
    @ZodParam('date', DateParam) date: string,
    @ZodBody(CalendarDayRequest) body: CalendarDayRequest,
  ): Promise<CalendarDay> {
    return this.calendar.set(user, date, body);
  }

  @Delete(':date')
  @HttpCode(204)
  @RequirePermission('admin.system')
  @ApiOperation({ summary: 'Xoá ngày — make a date an ordinary day again (system admin); 404 when not listed' })
  remove(@CurrentUser() user: Principal, @ZodParam('date', DateParam) date: string): Promise<void> {
    return this.calendar.clear(user, date);
  }
}
