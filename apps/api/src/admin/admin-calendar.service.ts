import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { listCalendarDays, type CalendarDay, type Database } from '@vinhdanh/db';
import { workingCalendarStreamId } from '@vinhdanh/contracts';
import {
  CalendarError,
  workingCalendarAggregate,
  type WorkingCalendarCommand,
  type WorkingCalendarEvent,
} from '@vinhdanh/domain';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ApiError, ResourceNotFoundError } from '../errors/api-error';
import type { CalendarDayRequest } from './admin.schemas';
import { projectWorkingCalendarEvents } from './admin-calendar.projection';

/** The national working-day calendar, one aggregate per year. */
@Injectable()
export class AdminCalendarService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
  ) {}

  /** The listed dates of a year. */
  list(year: number): Promise<CalendarDay[]> {
    return listCalendarDays(this.db, { from: `${year}-01-01`, to: `${year}-12-31` });
  }

  /** Sets what a date is; the weekend rule is the domain's. */
  async set(user: Principal, date: string, body: CalendarDayRequest): Promise<CalendarDay> {
    await this.run(user, {
      type: 'SetCalendarDay',
      now: this.clock().toISOString(),
      date,
      kind: body.kind,
      nameVi: body.nameVi,
      nameEn: body.nameEn,
      note: body.note ?? null,
    });
    const [day] = await listCalendarDays(this.db, { from: date, to: date });
    if (!day) throw new Error(`calendar day ${date} missing after it was set`);
    return day;
  }

  /** Makes a date an ordinary day again; 404 when it is not listed. */
  async clear(user: Principal, date: string): Promise<void> {
    await this.run(user, { type: 'ClearCalendarDay', now: this.clock().toISOString(), date });
  }

  private async run(user: Principal, command: WorkingCalendarCommand): Promise<void> {
    const year = Number(command.date.slice(0, 4));
    try {
      await this.commands.execute({
        aggregate: workingCalendarAggregate,
        streamId: workingCalendarStreamId(year),
        command,
        actor: actorOf(user),
        // The seeded holidays predate the stream: its history starts with the year as the table had it.
        adopt: async (trx) => {
          const days = await listCalendarDays(trx, { from: `${year}-01-01`, to: `${year}-12-31` });
          const entries = days.map(({ date, kind, nameVi, nameEn, note }) => ({ date, kind, nameVi, nameEn, note }));
          return [{ type: 'WorkingCalendarRecorded', data: { year, days: entries } } satisfies WorkingCalendarEvent];
        },
        project: projectWorkingCalendarEvents,
      });
    } catch (err) {
      if (!(err instanceof CalendarError)) throw err;
      if (err.code === 'CALENDAR.DAY_NOT_LISTED')
        throw new ResourceNotFoundError('CALENDAR_DAY', command.date, 'ngày trong lịch');
      const field = typeof err.details['field'] === 'string' ? err.details['field'] : 'date';
      throw new ApiError(err.code, err.messageVi, err.messageEn, err.details, [
        { field, in: 'body', rule: 'weekday', message: err.messageVi, message_en: err.messageEn },
      ]);
    }
  }
}
