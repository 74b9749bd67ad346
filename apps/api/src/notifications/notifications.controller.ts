import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { listMyNotifications, markAllRead, markRead, type NotificationList } from './notifications.reads';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/** Thông báo: the caller's own notifications (new task, returned, reminder, overdue, stuck). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo của tôi — my notifications, newest first, with the unread count' })
  @ApiQuery({ name: 'limit', required: false, example: DEFAULT_LIMIT })
  list(@CurrentUser() user: Principal, @Query('limit') limit?: string): Promise<NotificationList> {
    const n = Number(limit);
    const bounded = Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_LIMIT) : DEFAULT_LIMIT;
    return listMyNotifications(this.db, user.id, bounded);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh dấu tất cả đã đọc — mark all my notifications read' })
  async readAll(@CurrentUser() user: Principal): Promise<{ marked: number }> {
    return { marked: await markAllRead(this.db, user.id, this.clock()) };
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu đã đọc — mark one of my notifications read (404 for anyone else’s)' })
  async read(@CurrentUser() user: Principal, @Param('id') id: string): Promise<void> {
    await markRead(this.db, user.id, id, this.clock());
  }
}
