import { sql } from 'kysely';
import { parseSmtpUrl, SmtpMailer } from '@vinhdanh/notifications';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { DEFAULT_EMAIL_POLICY, sendPendingEmails } from './notification-email.sender';
import { startSmtpTestServer, type SmtpTestServer } from '@vinhdanh/notifications/testing';

const EVENT_A = '00000000-0000-4000-8000-00000000000a';
const EVENT_B = '00000000-0000-4000-8000-00000000000b';

describe('notifications API and e-mail', () => {
  let smtp: SmtpTestServer;
  let ctx: ApiTestContext;
  const userId = async (username: string): Promise<string> =>
    (await ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const notify = async (username: string, eventId: string, title: string, createdAt: string): Promise<string> => {
    const row = await ctx.db
      .insertInto('notifications')
      .values({
        user_id: await userId(username),
        nomination_id: 'n-1',
        kind: 'new_task',
        title_vi: title,
        title_en: `EN ${title}`,
        body_vi: 'Đề nghị khen thưởng đang chờ xét duyệt.',
        body_en: 'A nomination awaits review.',
        event_id: eventId,
        created_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return String(row.id);
  };
  const waitFor = async (check: () => Promise<boolean>, what: string): Promise<void> => {
    for (let waited = 0; waited < 10_000; waited += 50) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    ctx = await createApiTestContext({ env: { SMTP_URL: smtp.url } });
    // Without an address a user is notified in the app only (the seed gives every demo user one).
    await sql`update users set email = null`.execute(ctx.db);
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.close();
  });

  it('lists only my own notifications, newest first, and marks them read', async () => {
    const older = await notify('snv.chair', EVENT_A, 'Hồ sơ mới cần xử lý: một', '2026-03-01T08:00:00Z');
    await notify('snv.chair', EVENT_B, 'Hồ sơ mới cần xử lý: hai', '2026-03-02T08:00:00Z');
    const someoneElses = await notify('ctk.chair', EVENT_A, 'Hồ sơ của người khác', '2026-03-03T08:00:00Z');
    const auth = { Authorization: `Bearer ${await ctx.tokenFor('snv.chair')}` };

    const list = await ctx.http.get('/api/notifications').set(auth).expect(200);
    expect(list.body.items.map((n: { titleVi: string }) => n.titleVi)).toEqual([
      'Hồ sơ mới cần xử lý: hai',
      'Hồ sơ mới cần xử lý: một',
    ]);
    expect(list.body.unreadCount).toBe(2);

    await ctx.http.post(`/api/notifications/${someoneElses}/read`).set(auth).expect(404);
    await ctx.http.post(`/api/notifications/${older}/read`).set(auth).expect(204);
    expect((await ctx.http.get('/api/notifications').set(auth)).body.unreadCount).toBe(1);
    expect((await ctx.http.post('/api/notifications/read-all').set(auth).expect(200)).body).toEqual({ marked: 1 });
    expect((await ctx.http.get('/api/notifications').set(auth)).body.unreadCount).toBe(0);

    const other = await ctx.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', someoneElses)
      .executeTakeFirstOrThrow();
    expect(other.read_at).toBeNull();
    await ctx.http.get('/api/notifications').expect(401);
  });

  it('e-mails unsent notifications through SMTP_URL with the Vietnamese subject and marks them sent', async () => {
    await sql`update users set email = 'chu.tich@snv.test' where username = 'snv.chair'`.execute(ctx.db);
    // The API's sender loop (started because SMTP_URL is set) picks the rows up.
    await waitFor(async () => smtp.messages.length >= 2, 'two e-mails');
    const mail = smtp.messages.find((m) => m.subject === 'Hồ sơ mới cần xử lý: hai');
    expect(mail).toBeDefined();
    expect(mail!.to).toEqual(['chu.tich@snv.test']);
    expect(mail!.text).toContain('Đề nghị khen thưởng đang chờ xét duyệt.');
    expect(mail!.text).toContain('A nomination awaits review.');
    await waitFor(async () => {
      const { rows } = await sql<{
        n: string;
      }>`select count(*) as n from notifications n join users u on u.id = n.user_id
        where u.username = 'snv.chair' and n.emailed_at is not null`.execute(ctx.db);
      return rows[0]!.n === '2';
    }, 'rows marked emailed');
    // ctk.chair has no address: in-app only, never claimed.
    expect(smtp.messages.some((m) => m.subject === 'Hồ sơ của người khác')).toBe(false);
  });

  it('retries a refused message with backoff and sends it on a later pass', async () => {
    await sql`update users set email = 'chu.tich@ctk.test' where username = 'ctk.chair'`.execute(ctx.db);
    smtp.refuseNext(1_000);
    const id = await notify('ctk.chair', EVENT_B, 'Quá hạn xử lý: ba', '2026-03-04T08:00:00Z');
    const mailer = new SmtpMailer(parseSmtpUrl(smtp.url));
    const now = new Date();
    // Whichever sender claims the row first (this pass or the API's loop), the server refuses it.
    await waitFor(async () => {
      await sendPendingEmails(ctx.db, mailer, now);
      const row = await ctx.db
        .selectFrom('notifications')
        .select('email_last_error')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return row.email_last_error !== null;
    }, 'a failed attempt');
    const failed = await ctx.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(failed.emailed_at).toBeNull();
    expect(failed.email_last_error).toMatch(/451/);
    expect(failed.email_next_attempt_at!.getTime()).toBeGreaterThan(now.getTime());

    smtp.refuseNext(0);
    // The backoff keeps the row out of every pass until its retry time; then a pass sends it.
    expect(await sendPendingEmails(ctx.db, mailer, now)).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + DEFAULT_EMAIL_POLICY.maxBackoffMs + 1);
    await waitFor(async () => {
      await sendPendingEmails(ctx.db, mailer, later);
      const row = await ctx.db
        .selectFrom('notifications')
        .select('emailed_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return row.emailed_at !== null;
    }, 'the retried e-mail');
    expect(smtp.messages.some((m) => m.subject === 'Quá hạn xử lý: ba')).toBe(true);
    mailer.close();
  });
});
