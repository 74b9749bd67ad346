import { encodeHeader, parseSmtpUrl, SmtpError } from './mailer';

const decode = (header: string): string =>
  header
    .split('\r\n ')
    .map((w) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(w)![1]!, 'base64').toString('utf8'))
    .join('');

describe('mailer', () => {
  it('keeps an ASCII subject as it is', () => {
    expect(encodeHeader('New task: BK_TLD')).toBe('New task: BK_TLD');
  });

  it('encodes a long Vietnamese subject as folded encoded-words of at most 75 characters', () => {
    const subject = 'Quá hạn xử lý: Bằng khen của Ban Chấp hành Tổng Liên đoàn — Nguyễn Thị Hồng Nhung';
    const encoded = encodeHeader(subject);
    expect(encoded.split('\r\n ').every((w) => w.length <= 75)).toBe(true);
    expect(decode(encoded)).toBe(subject);
  });

  it('reads host, port and sender from SMTP_URL, and refuses other schemes', () => {
    expect(parseSmtpUrl('smtp://mail.ldld.vn:2525?from=thongbao@ldld.vn')).toEqual({
      host: 'mail.ldld.vn',
      port: 2525,
      from: 'thongbao@ldld.vn',
    });
    expect(parseSmtpUrl('smtp://mail.ldld.vn')).toEqual({
      host: 'mail.ldld.vn',
      port: 25,
      from: 'vinhdanh@mail.ldld.vn',
    });
    expect(() => parseSmtpUrl('http://mail.ldld.vn')).toThrow(SmtpError);
  });
});
