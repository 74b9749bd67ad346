import { sql, type Kysely } from 'kysely';
import type { Database, NotificationKind } from '@vinhdanh/db';
import { ResourceNotFoundError } from '../errors/api-error';

/** One notification as the API returns it (Vietnamese first, English alongside). */
export interface NotificationView {
  id: string;
  nominationId: string;
  kind: NotificationKind;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
  createdAt: string;
  readAt: string | null;
}

/** Answer of `GET /api/notifications`: my newest notifications and how many are unread. */
export interface NotificationList {
  items: NotificationView[];
  unreadCount: number;
}

/** The caller's notifications, newest first, with the unread count over all of them. */
export async function listMyNotifications(
  db: Kysely<Database>,
  userId: string,
  limit: number,
): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([
    db
      .selectFrom('notifications')
      .select(['id', 'nomination_id', 'kind', 'title_vi', 'title_en', 'body_vi', 'body_en', 'created_at', 'read_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('notifications')
      .select(sql<string>`count(*)`.as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      nominationId: r.nomination_id,
      kind: r.kind,
      titleVi: r.title_vi,
      titleEn: r.title_en,
      bodyVi: r.body_vi,
      bodyEn: r.body_en,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at ? r.read_at.toISOString() : null,
    })),
    unreadCount: Number(unread.n),
  };
}

/**
 * Marks one of the caller's notifications read (idempotent: the first read time stays). Another
 * user's notification answers 404, like a missing one, so ids reveal nothing.
 */
export async function markRead(db: Kysely<Database>, userId: string, id: string, now: Date): Promise<void> {
  if (!/^\d{1,18}$/.test(id)) throw new ResourceNotFoundError('NOTIFICATION', id, 'thông báo');
  const row = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, ${now.toISOString()}::timestamptz)` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new ResourceNotFoundError('NOTIFICATION', id, 'thông báo');
}

/** Marks all of the caller's unread notifications read; returns how many changed. */
export async function markAllRead(db: Kysely<Database>, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
