/**
 * The overview of a language's debates: each question, whether it is still open, and how
 * many comments it has.
 */
import { COMMENTS_CSS } from '../elements/comments.js';
import { Pager } from '../elements/pager.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView, PagingView } from '../views.js';

export interface DebateTeaserView {
  href: string;
  question: string;
  open: boolean;
  closesAt: string | null;
  opensAt: string;
  comments: number;
}

export function DebatesPage(props: { chrome: ChromeView; debates: DebateTeaserView[]; paging: PagingView }) {
  const { chrome, debates } = props;
  const { t } = chrome;
  return (
    <PageLayout chrome={chrome} head={<style dangerouslySetInnerHTML={{ __html: COMMENTS_CSS }} />}>
      <h1>{t.t('readers.debates.title')}</h1>
      <p>{t.t('readers.debates.intro')}</p>
      {debates.length === 0 ? (
        <p>{t.t('readers.debates.empty')}</p>
      ) : (
        <ul class="teasers">
          {debates.map((debate) => (
            <li class="teaser">
              <h2>
                <a href={debate.href}>{debate.question}</a>
              </h2>
              <p class="hint">
                {debate.open
                  ? debate.closesAt
                    ? t.t('readers.debates.openUntil', { date: t.dateTime(debate.closesAt) })
                    : t.t('readers.debates.openNow')
                  : t.t('readers.debates.closed')}
                {' · '}
                {t.t('readers.comments.count', { count: t.number(debate.comments) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager paging={props.paging} t={t} />
    </PageLayout>
  );
}
