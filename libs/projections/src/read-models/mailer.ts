import { connect, type Socket } from 'node:net';

/** Where to send: `smtp://host:port?from=address` (plain SMTP, no authentication). */
export interface SmtpEndpoint {
  host: string;
  port: number;
  from: string;
}

/** One plain-text e-mail; subject and body may hold any Unicode (Vietnamese diacritics). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** The server refused a command or the connection failed; `reply` is the server's last line, if any. */
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

/** Parses `smtp://host[:port][?from=addr]`; port defaults to 25, sender to `vinhdanh@<host>`. */
export function parseSmtpUrl(url: string): SmtpEndpoint {
  const u = new URL(url);
  if (u.protocol !== 'smtp:') throw new SmtpError(`SMTP_URL must start with smtp:// (got ${u.protocol})`);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 25,
    from: u.searchParams.get('from') ?? `vinhdanh@${u.hostname}`,
  };
}

/**
 * RFC 2047 encoded-words, so a Vietnamese subject survives 7-bit transports: ≤ 10 characters per
 * word keeps each under the 75-character limit, folded onto continuation lines.
 */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const chars = [...value];
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 10) {
    words.push(`=?UTF-8?B?${Buffer.from(chars.slice(i, i + 10).join(''), 'utf8').toString('base64')}?=`);
  }
  return words.join('\r\n ');
}

/** Rejects CR/LF in addresses, which would otherwise inject SMTP commands. */
function address(value: string): string {
  if (/[\r\n<>]/.test(value)) throw new SmtpError(`invalid e-mail address: ${JSON.stringify(value)}`);
  return value;
}

/** The message as sent after DATA: headers, base64 UTF-8 body (lines ≤ 76, so no dot-stuffing is needed). */
function renderMessage(from: string, msg: MailMessage, now: Date): string {
  const body = Buffer.from(msg.text, 'utf8')
    .toString('base64')
    .replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${from}`,
    `To: ${msg.to}`,
    `Subject: ${encodeHeader(msg.subject)}`,
    `Date: ${now.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n');
}

/** Reads complete SMTP replies (multi-line `250-…` then `250 …`) from a socket, one at a time. */
class ReplyReader {
  private buffer = '';
  private waiting: ((line: string | Error) => void) | null = null;
  private readonly replies: (string | Error)[] = [];

  constructor(socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let i: number;
      while ((i = this.buffer.indexOf('\r\n')) >= 0) {
        const line = this.buffer.slice(0, i);
        this.buffer = this.buffer.slice(i + 2);
        if (/^\d{3} /.test(line) || /^\d{3}$/.test(line)) this.push(line);
      }
    });
    socket.on('error', (err) => this.push(new SmtpError(`SMTP connection failed: ${err.message}`)));
    socket.on('close', () => this.push(new SmtpError('SMTP connection closed')));
  }

  private push(reply: string | Error): void {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w(reply);
    } else this.replies.push(reply);
  }

  next(timeoutMs: number): Promise<string> {
    const queued = this.replies.shift();
    if (queued !== undefined) return queued instanceof Error ? Promise.reject(queued) : Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new SmtpError(`SMTP server did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = (r) => {
        clearTimeout(timer);
        if (r instanceof Error) reject(r);
        else resolve(r);
      };
    });
  }
}

/** A minimal SMTP client (EHLO, MAIL FROM, RCPT TO, DATA, QUIT) over `node:net`: one connection per message. */
export class SmtpMailer {
  constructor(
    readonly endpoint: SmtpEndpoint,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Sends one message; resolves once the server accepted it (250 after DATA), rejects with `SmtpError`. */
  async send(msg: MailMessage, now = new Date()): Promise<void> {
    const socket = connect({ host: this.endpoint.host, port: this.endpoint.port });
    const replies = new ReplyReader(socket);
    const expect = async (codes: string[], what: string): Promise<void> => {
      const reply = await replies.next(this.timeoutMs);
      if (!codes.includes(reply.slice(0, 3))) throw new SmtpError(`SMTP ${what} refused: ${reply}`, reply);
    };
    const command = async (line: string, codes: string[]): Promise<void> => {
      socket.write(`${line}\r\n`);
      await expect(codes, line.split(':')[0] ?? line);
    };
    try {
      await expect(['220'], 'greeting');
      await command('EHLO vinhdanh', ['250']);
      await command(`MAIL FROM:<${address(this.endpoint.from)}>`, ['250']);
      await command(`RCPT TO:<${address(msg.to)}>`, ['250', '251']);
      await command('DATA', ['354']);
      await command(`${renderMessage(this.endpoint.from, msg, now)}.`, ['250']);
      socket.write('QUIT\r\n');
    } finally {
      socket.end();
    }
  }
}
