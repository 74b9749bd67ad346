import { parseSmtpUrl, SmtpError, SmtpMailer } from './mailer';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server';

describe('SmtpMailer (nodemailer) against a real SMTP server on 127.0.0.1', () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => smtp.close());

  it('delivers a Vietnamese subject and body intact, from the configured sender', async () => {
    const mailer = new SmtpMailer(parseSmtpUrl(smtp.url));
    const subject = 'Quá hạn xử lý: Bằng khen của Ban Chấp hành Tổng Liên đoàn — Nguyễn Thị Hồng Nhung';
    const text =
      'Kính gửi đồng chí Đàm Thị Lan,\nHồ sơ đề nghị khen thưởng đã quá hạn xử lý.\n.\n..dòng bắt đầu bằng dấu chấm';
    await mailer.send({ to: 'lan@ldld-caobang.vn', subject, text });
    mailer.close();
    const mail = smtp.messages.at(-1)!;
    expect(mail).toMatchObject({ from: 'thongbao@vinhdanh.test', to: ['lan@ldld-caobang.vn'], subject, text });
    // Headers stay 7-bit: the Vietnamese subject travels as encoded-words.
    expect(/^Subject: (.*)$/m.exec(mail.raw)?.[1]).toMatch(/^=\?UTF-8\?/);
  });

  it('rejects with SmtpError naming the server’s answer when the recipient is refused', async () => {
    smtp.refuseNext(1);
    const mailer = new SmtpMailer(parseSmtpUrl(smtp.url));
    const sending = mailer.send({ to: 'a@b.vn', subject: 'x', text: 'y' });
    await expect(sending).rejects.toBeInstanceOf(SmtpError);
    await expect(sending).rejects.toMatchObject({ reply: expect.stringContaining('451') });
    mailer.close();
  });

  it('rejects with SmtpError when nothing listens', async () => {
    const mailer = new SmtpMailer(parseSmtpUrl('smtp://127.0.0.1:1'), 2_000);
    await expect(mailer.send({ to: 'a@b.vn', subject: 'x', text: 'y' })).rejects.toBeInstanceOf(SmtpError);
    mailer.close();
  });
});

describe('parseSmtpUrl', () => {
  it('reads host, port, sender and credentials; smtps defaults to 465; other schemes are refused', () => {
    expect(parseSmtpUrl('smtp://mail.ldld.vn:2525?from=thongbao@ldld.vn')).toEqual({
      host: 'mail.ldld.vn',
      port: 2525,
      secure: false,
      from: 'thongbao@ldld.vn',
    });
    expect(parseSmtpUrl('smtps://th%C3%B4ng:b%C3%AD@mail.ldld.vn')).toEqual({
      host: 'mail.ldld.vn',
      port: 465,
      secure: true,
      from: 'vinhdanh@mail.ldld.vn',
      auth: { user: 'thông', pass: 'bí' },
    });
    expect(() => parseSmtpUrl('http://mail.ldld.vn')).toThrow(SmtpError);
  });
});
