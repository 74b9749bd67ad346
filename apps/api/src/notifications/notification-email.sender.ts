import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { MailMessage } from '@vinhdanh/notifications';

/** Sends one message; rejects when the server did not accept it. */
export interface Mailer {
  send(msg: MailMessage): Promise<void>;
}

/** How the sender batches and backs off. */
export interface EmailSenderPolicy {
  batchSize: number;
  /** A claimed row is left alone this long, so a crashed sender's rows are retried by another. */
  leaseMs: number;
  /** Delay after the first failure; doubles per attempt up to `maxBackoffMs`. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** After this many attempts the row stays unsent with its last error (in-app only). */
  maxAttempts: number;
}

/** Defaults for a union office's mail server: small batches, retries for about a day. */
export const DEFAULT_EMAIL_POLICY: EmailSenderPolicy = {
  batchSize: 20,
  leaseMs: 5 * 60_000,
  baseBackoffMs: 30_000,
  maxBackoffMs: 60 * 60_000,
  maxAttempts: 12,
};

/** Outcome of one pass. */
export interface EmailPassResult {
  sent: number;
  failed: number;
}

interface Claimed {
  id: string;
  email: string;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  email_attempts: number;
}

/** Backoff after `attempts` failed tries: base × 2^(attempts − 1), capped. */
export function backoffMs(attempts: number, policy: EmailSenderPolicy): number {
  return Math.min(policy.baseBackoffMs * 2 ** Math.max(0, attempts - 1), policy.maxBackoffMs);
}

/**
 * One pass of the e-mail sender: claims a batch of unsent notifications of users with an e-mail
 * address (skipping rows another sender holds), sends each, and marks it sent or schedules a
 * retry. The claim is a lease written before sending, so no SMTP call runs inside a transaction.
 */
export async function sendPendingEmails(
  db: Kysely<Database>,
  mailer: Mailer,
  now: Date,
  policy: EmailSenderPolicy = DEFAULT_EMAIL_POLICY,
): Promise<EmailPassResult> {
  const at = now.toISOString();
  const { rows } = await sql<Claimed>`
    update notifications n
       set email_attempts = n.email_attempts + 1,
           email_next_attempt_at = ${at}::timestamptz + ${policy.leaseMs} * interval '1 millisecond'
      from users u
     where n.id in (select c.id from notifications c join users cu on cu.id = c.user_id
                     where c.emailed_at is null and cu.email is not null and cu.active
                       and c.email_attempts < ${policy.maxAttempts}
                       and (c.email_next_attempt_at is null or c.email_next_attempt_at <= ${at}::timestamptz)
                     order by c.id limit ${policy.batchSize}
                     for update of c skip locked)
       and u.id = n.user_id
    returning n.id::text as id, u.email, n.title_vi, n.title_en, n.body_vi, n.body_en, n.email_attempts`.execute(db);
  let sent = 0;
  let failed = 0;
  for (const row of rows) {
    try {
      await mailer.send({
        to: row.email,
        subject: row.title_vi,
        text: `${row.body_vi}\n\n---\n${row.title_en}\n${row.body_en}\n`,
      });
      await db
        .updateTable('notifications')
        .set({ emailed_at: at, email_last_error: null, email_next_attempt_at: null })
        .where('id', '=', row.id)
        .execute();
      sent++;
    } catch (err) {
      const retryAt = new Date(now.getTime() + backoffMs(row.email_attempts, policy)).toISOString();
      await db
        .updateTable('notifications')
        .set({ email_next_attempt_at: retryAt, email_last_error: (err as Error).message.slice(0, 500) })
        .where('id', '=', row.id)
        .execute();
      failed++;
    }
  }
  return { sent, failed };
}
