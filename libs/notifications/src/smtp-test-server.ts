import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it, with subject and body decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

/** An SMTP server on 127.0.0.1 for tests: records messages; can refuse the next N recipients. */
export interface SmtpTestServer {
  url: string;
  messages: ReceivedMail[];
  /** Answer `451` to the next `n` RCPT commands (a temporary failure the sender must retry). */
  refuseNext(n: number): void;
  close(): Promise<void>;
}

/** Starts the server on a free port; `url` is `smtp://127.0.0.1:<port>?from=…`. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusals > 0) {
        refusals--;
        return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: (parsed.text ?? '').replace(/\n$/, ''),
              raw,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?from=thongbao@vinhdanh.test`,
    messages,
    refuseNext(n) {
      refusals = n;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
