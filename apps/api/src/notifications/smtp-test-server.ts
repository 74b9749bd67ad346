import { createServer, type AddressInfo, type Server } from 'node:net';

/** A message as the test SMTP server received it, with subject and body decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

/** A tiny SMTP server on 127.0.0.1 for tests: records messages; can refuse the next N recipients. */
export interface SmtpTestServer {
  url: string;
  messages: ReceivedMail[];
  /** Answer `451` to the next `n` RCPT commands (a temporary failure the sender must retry). */
  refuseNext(n: number): void;
  close(): Promise<void>;
}

/** Decodes RFC 2047 B-words; whitespace between adjacent encoded-words is not part of the text. */
function decodeSubject(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

function parse(from: string, to: string[], raw: string): ReceivedMail {
  const [folded = '', body = ''] = raw.split('\r\n\r\n', 2);
  const head = folded.replace(/\r\n[ \t]/g, ' ');
  const subject = /^Subject: (.*)$/m.exec(head)?.[1] ?? '';
  const base64 = /Content-Transfer-Encoding: base64/i.test(head);
  const text = base64 ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  return { from, to, subject: decodeSubject(subject), text, raw };
}

/** Starts the server on a free port; `url` is `smtp://127.0.0.1:<port>?from=…`. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  let refusals = 0;
  const server: Server = createServer((socket) => {
    let buffer = '';
    let data: string[] | null = null;
    let from = '';
    let to: string[] = [];
    socket.setEncoding('utf8');
    socket.write('220 test.local ESMTP\r\n');
    const answer = (verb: string, line: string): string => {
      switch (verb) {
        case 'EHLO':
          return '250-test.local\r\n250 8BITMIME\r\n';
        case 'MAIL':
          from = line.slice(10);
          to = [];
          return '250 ok\r\n';
        case 'RCPT':
          if (refusals > 0) {
            refusals--;
            return '451 try again later\r\n';
          }
          to.push(line.slice(8));
          return '250 ok\r\n';
        case 'DATA':
          data = [];
          return '354 go ahead\r\n';
        case 'QUIT':
          return '221 bye\r\n';
        default:
          return '502 not implemented\r\n';
      }
    };
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (data) {
          if (line === '.') {
            messages.push(parse(from, to, data.join('\r\n')));
            data = null;
            socket.write('250 queued\r\n');
          } else data.push(line.startsWith('..') ? line.slice(1) : line);
          continue;
        }
        socket.write(answer(line.slice(0, 4).toUpperCase(), line));
        if (line.toUpperCase() === 'QUIT') socket.end();
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?from=thongbao@vinhdanh.test`,
    messages,
    refuseNext(n) {
      refusals = n;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
