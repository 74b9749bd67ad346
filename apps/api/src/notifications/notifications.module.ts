import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Config } from '@vinhdanh/config';
import type { Database } from '@vinhdanh/db';
import { parseSmtpUrl, SmtpMailer } from '@vinhdanh/notifications';
import { CLOCK, CONFIG, DB, type Clock } from '../core/tokens';
import { sendPendingEmails } from './notification-email.sender';
import { NotificationsController } from './notifications.controller';

const IDLE_POLL_MS = 2_000;

/**
 * Sends notification e-mails while the API runs, only when `SMTP_URL` is set. Loops without a
 * pause while batches are full, then polls; several API processes can run it (rows are claimed
 * with `skip locked`).
 */
@Injectable()
export class NotificationEmailLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationEmail');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private mailer: SmtpMailer | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SMTP_URL) return;
    const mailer = new SmtpMailer(parseSmtpUrl(this.config.SMTP_URL));
    this.mailer = mailer;
    const tick = (): void => {
      this.running = (async () => {
        let delay = IDLE_POLL_MS;
        try {
          const { sent, failed } = await sendPendingEmails(this.db, mailer, this.clock());
          if (failed > 0) this.logger.warn(`${failed} notification e-mail(s) failed; retrying with backoff`);
          if (sent > 0 && failed === 0) delay = 0;
        } catch (err) {
          this.logger.warn(`notification e-mail pass failed: ${(err as Error).message}`);
        }
        if (!this.stopped) this.timer = setTimeout(tick, delay);
      })();
    };
    tick();
  }

  // Before the pool closes (onApplicationShutdown), so an in-flight pass can finish its updates.
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.mailer?.close();
  }
}

/** `GET /api/notifications`, read marks, and the e-mail sender loop (when `SMTP_URL` is set). */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationEmailLoop],
})
export class NotificationsModule {}
