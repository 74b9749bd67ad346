import { createTransport, type Transporter } from 'nodemailer';

/** Where to send, from `SMTP_URL`: `smtp://[user:pass@]host[:port][?from=address]` or `smtps://…`. */
export interface SmtpEndpoint {
  host: string;
  port: number;
  /** `smtps://`: TLS from the first byte (port 465); `smtp://` upgrades with STARTTLS when offered. */
  secure: boolean;
  from: string;
  auth?: { user: string; pass: string };
}

/** One plain-text e-mail; subject and body may hold any Unicode (Vietnamese diacritics). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** The server refused the message or could not be reached; `reply` is the server's answer, if any. */
export class SmtpError extends Error {
  readonly code = 'NOTIFY.SMTP_FAILED';
  constructor(
    message: string,
    readonly reply?: string,
  ) {
    super(message);
    this.name = 'SmtpError';
  }
}

/** Parses `SMTP_URL`; the port defaults to 25 (465 for smtps), the sender to `vinhdanh@<host>`. */
export function parseSmtpUrl(url: string): SmtpEndpoint {
  const u = new URL(url);
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    throw new SmtpError(`SMTP_URL must start with smtp:// or smtps:// (got ${u.protocol})`);
  const secure = u.protocol === 'smtps:';
  const endpoint: SmtpEndpoint = {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 25,
    secure,
    from: u.searchParams.get('from') ?? `vinhdanh@${u.hostname}`,
  };
  if (u.username) endpoint.auth = { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) };
  return endpoint;
}

/** Sends e-mail through nodemailer's SMTP transport (encoding, dot-stuffing and header folding are its job). */
export class SmtpMailer {
  private readonly transport: Transporter;

  constructor(
    readonly endpoint: SmtpEndpoint,
    timeoutMs = 10_000,
  ) {
    this.transport = createTransport({
      host: endpoint.host,
      port: endpoint.port,
      secure: endpoint.secure,
      auth: endpoint.auth,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  /** Resolves once the server accepted the message; rejects with `SmtpError` naming the server's answer. */
  async send(msg: MailMessage, now = new Date()): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.endpoint.from,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        date: now,
        textEncoding: 'base64',
      });
    } catch (error) {
      const err = error as Error & { response?: string };
      throw new SmtpError(`SMTP sending failed: ${err.message}`, err.response);
    }
  }

  close(): void {
    this.transport.close();
  }
}
