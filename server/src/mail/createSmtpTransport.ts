import nodemailer from 'nodemailer';
import { type MailTransport, PermanentMailError } from './MailTransport.ts';

/**
 * nodemailer over `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://` for implicit TLS; STARTTLS
 * is used whenever the server offers it). 5xx replies are permanent; everything else is retried.
 */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      try {
        await transporter.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: { ...mail.headers, 'Content-Language': mail.language },
        });
      } catch (err) {
        const code = (err as { responseCode?: unknown }).responseCode;
        if (typeof code === 'number' && code >= 500 && code < 600) {
          throw new PermanentMailError((err as Error).message);
        }
        throw err;
      }
    },
    close: () => transporter.close(),
  };
}
