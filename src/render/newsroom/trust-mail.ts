/**
 * The email that tells a reporter what the editors decided on their error report, in the
 * language of the article they reported on.
 * @example const { subject, text } = outcomeMail({ report, headline, articleUrl, logUrl }, 'en')
 */
import type { ErrorReport, ReportOutcome } from '../../domain/error-reports.js';
import type { Language } from '../../domain/languages.js';
import { type MessageKey, translator } from '../../i18n/catalogue.js';

const OUTCOME_TEXT: Record<ReportOutcome, MessageKey> = {
  accepted: 'trust.mail.accepted',
  rejected: 'trust.mail.rejected',
  duplicate: 'trust.mail.duplicate',
};

/** Subject and plain text of the outcome mail; null while the report is still new. */
export function outcomeMail(
  input: { report: ErrorReport; headline: string; articleUrl: string; logUrl: string },
  language: Language,
): { subject: string; text: string } | null {
  const { report } = input;
  if (report.status === 'new') return null;
  const t = translator(language);
  const quoted = report.text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return {
    subject: t.t('trust.mail.subject', { headline: input.headline }),
    text: [
      t.t('trust.mail.greeting'),
      '',
      t.t('trust.mail.yourReport', { headline: input.headline }),
      quoted,
      '',
      t.t(OUTCOME_TEXT[report.status], { url: input.articleUrl }),
      '',
      t.t('trust.mail.log', { url: input.logUrl }),
      '',
      t.t('trust.mail.signoff'),
      '',
    ].join('\n'),
  };
}
