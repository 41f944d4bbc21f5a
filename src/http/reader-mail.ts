/**
 * The account mails of reader accounts (confirm, reset, existing account), worded in the
 * reader's language, for the readers' API and the account pages alike.
 * @example const sendMail = readerMailSender(deps); await sendMail({ kind: 'reset', to, language: 'de', token });
 */
import type { ReaderMail } from '../commands/readers.js';
import { isLanguage, type Language } from '../domain/languages.js';
import { translator } from '../i18n/catalogue.js';
import type { AppDeps } from './deps.js';

/**
 * Sends an account mail, worded in the reader's language; links point to the reader site.
 * A mail the server could not send is logged (without its link) and the failure passed on.
 */
export function readerMailSender(deps: Pick<AppDeps, 'mailer' | 'publicUrl' | 'timeZone' | 'log'>) {
  return async (mail: ReaderMail): Promise<void> => {
    const language: Language = isLanguage(mail.language) ? mail.language : 'en';
    const t = translator(language, deps.timeZone);
    const site = t.t('site.name');
    const base = `${deps.publicUrl}/${language}/account`;
    const lines =
      mail.kind === 'confirm'
        ? {
            subject: t.t('readers.mail.confirm.subject', { site }),
            text: [t.t('readers.mail.confirm.body', { site }), `${base}/confirm?token=${mail.token}`],
          }
        : mail.kind === 'reset'
          ? {
              subject: t.t('readers.mail.reset.subject', { site }),
              text: [t.t('readers.mail.reset.body'), `${base}/reset/new?token=${mail.token}`],
            }
          : {
              subject: t.t('readers.mail.existing.subject', { site }),
              text: [t.t('readers.mail.existing.body'), `${base}/login`, `${base}/reset`],
            };
    try {
      await deps.mailer.send({
        to: mail.to,
        subject: lines.subject,
        text: [...lines.text, '', t.t('readers.mail.ignore')].join('\n\n'),
      });
    } catch (error) {
      deps.log.error('an account mail could not be sent', {
        kind: mail.kind,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  };
}
