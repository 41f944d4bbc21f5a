/**
 * The public corrections log of a language: every published note, newest first, each with
 * its kind, date, text and a link to the article it corrects.
 */
import { Pager } from '../elements/pager.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView, PagingView } from '../views.js';

export interface CorrectionLogEntry {
  kind: 'correction' | 'clarification' | 'update' | 'retraction';
  text: string;
  createdAt: string;
  headline: string;
  href: string;
}

export function CorrectionsPage(props: {
  chrome: ChromeView;
  entries: CorrectionLogEntry[];
  paging: PagingView;
}) {
  const { chrome, entries, paging } = props;
  const { t } = chrome;
  return (
    <PageLayout chrome={chrome}>
      <h1 class="page-title">{t.t('correctionsLog.title')}</h1>
      <p>{t.t('correctionsLog.intro')}</p>
      {entries.length === 0 ? (
        <p>{t.t('correctionsLog.empty')}</p>
      ) : (
        <ul class="log">
          {entries.map((entry) => (
            <li class={`correction-${entry.kind}`}>
              <p>
                <strong>{t.t(`correction.${entry.kind}`)}</strong>{' '}
                <time datetime={entry.createdAt}>{t.dateTime(entry.createdAt)}</time>
              </p>
              <p>
                <a href={entry.href}>{entry.headline}</a>
              </p>
              <p>{entry.text}</p>
            </li>
          ))}
        </ul>
      )}
      <Pager paging={paging} t={t} />
    </PageLayout>
  );
}
