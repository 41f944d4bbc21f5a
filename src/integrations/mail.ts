/**
 * Outgoing email: through SMTP when `SMTP_URL` is set, else written to the log (so a
 * development machine shows the link a reader would have received).
 * @example const mailer = createMailer({ smtpUrl, from, log }); await mailer.send({ to, subject, text });
 */
import type { Transporter } from 'nodemailer';
import type { Logger } from '../lib/logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends one message; rejects when the SMTP server refuses it or cannot be reached. */
  send(message: MailMessage): Promise<void>;
}

export function createMailer(options: { smtpUrl: string | undefined; from: string; log: Logger }): Mailer {
  const { smtpUrl, from, log } = options;
  if (!smtpUrl) {
    return {
      async send(message) {
        log.info('mail (no SMTP_URL set, so only logged)', { ...message });
      },
    };
  }
  const url = new URL(smtpUrl);
  // nodemailer is loaded with the first message, so a server that sends none starts faster.
  let transport: Promise<Transporter> | null = null;
  const transportOf = () => {
    transport ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({
        host: url.hostname,
        port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
        secure: url.protocol === 'smtps:',
        ...(url.username
          ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
          : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    );
    return transport;
  };
  return {
    async send(message) {
      await (await transportOf()).sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}
