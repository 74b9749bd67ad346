export { SmtpMailer, SmtpError, parseSmtpUrl } from './mailer';
export type { MailMessage, SmtpEndpoint } from './mailer';
