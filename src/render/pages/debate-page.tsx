/**
 * A thread's own page: a debate (the journalist's question and its comments) or the
 * comments of an article; with the form to write when the reader is logged in and the
 * thread is open. Never cached: it shows the reader's own forms.
 */
import type { CommentNode } from '../../domain/comments.js';
import { CommentText } from '../elements/comment-text.js';
import type { ThreadDisplay } from '../elements/comment-translation.js';
import { COMMENTS_CSS, CommentForm, CommentList, type ThreadViewer } from '../elements/comments.js';
import { Pager } from '../elements/pager.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView, PagingView } from '../views.js';
import type { Notice } from './reader-account-pages.js';

export interface ThreadPageView {
  kind: 'article' | 'debate';
  headline: string;
  /** The debate's introduction (plain text); empty for articles. */
  intro: string;
  /** The article, for an article's thread. */
  articleHref: string | null;
  count: number;
  open: boolean;
  premoderated: boolean;
  closesAt: string | null;
  nodes: CommentNode[];
  paging: PagingView;
  /** The logged-in reader's forms; null when nobody is logged in. */
  viewer: ThreadViewer | null;
  /** Where "log in" comes back to. */
  loginHref: string;
  signUpHref: string;
  notice: Notice | null;
  draft: string;
  /** Comments in every language, each shown in the page's (ADR 0027). */
  multilingual: boolean;
  /** The language the debate's question and introduction are written in. */
  language: string;
  display: ThreadDisplay | null;
}

export function ThreadPage(props: { chrome: ChromeView; thread: ThreadPageView }) {
  const { chrome, thread } = props;
  const { t } = chrome;
  return (
    <PageLayout chrome={chrome} head={<style dangerouslySetInnerHTML={{ __html: COMMENTS_CSS }} />}>
      {thread.multilingual ? <script src="/assets/comments.js" defer /> : null}
      <article class="comments">
        <header>
          {thread.kind === 'debate' ? <p class="label">{t.t('readers.debates.label')}</p> : null}
          <h1 lang={thread.language === t.language ? undefined : thread.language}>
            {thread.kind === 'debate'
              ? thread.headline
              : t.t('readers.comments.pageTitle', { headline: thread.headline })}
          </h1>
          {thread.intro ? (
            <div lang={thread.language === t.language ? undefined : thread.language}>
              <CommentText body={thread.intro} />
            </div>
          ) : null}
          {thread.multilingual ? <p class="hint">{t.t('debates2.multilingual')}</p> : null}
          {thread.articleHref ? (
            <p>
              <a href={thread.articleHref}>{t.t('readers.comments.readArticle')}</a>
            </p>
          ) : null}
        </header>
        <section aria-labelledby="thread-comments">
          <h2 id="thread-comments">{t.t('readers.comments.count', { count: t.number(thread.count) })}</h2>
          {thread.notice ? (
            <p
              class={thread.notice.kind === 'error' ? 'notice error' : 'notice'}
              role={thread.notice.kind === 'error' ? 'alert' : 'status'}
            >
              {thread.notice.text}
            </p>
          ) : null}
          {!thread.open ? <p>{t.t('readers.comments.closed')}</p> : null}
          {thread.open && thread.closesAt ? (
            <p>{t.t('readers.comments.closesOn', { date: t.dateTime(thread.closesAt) })}</p>
          ) : null}
          {thread.open && thread.premoderated ? <p>{t.t('readers.comments.premoderated')}</p> : null}
          {thread.open ? (
            thread.viewer ? (
              <CommentForm t={t} viewer={thread.viewer} draft={thread.draft} />
            ) : (
              <p>
                <a href={thread.loginHref}>{t.t('readers.comments.loginToComment')}</a>
                {' · '}
                <a href={thread.signUpHref}>{t.t('readers.comments.signUp')}</a>
              </p>
            )
          ) : null}
          <CommentList nodes={thread.nodes} t={t} viewer={thread.viewer} display={thread.display} />
          <Pager paging={thread.paging} t={t} />
        </section>
      </article>
    </PageLayout>
  );
}
