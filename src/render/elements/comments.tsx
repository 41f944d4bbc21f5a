/**
 * Comments as readers see them: the invitation that ends an article page (the same for
 * every reader, so the page can be cached; the comments island fills in the thread), and the
 * server-rendered thread with its forms, which works without JavaScript.
 * A comment's text only ever becomes text nodes, line breaks and links with
 * rel="nofollow ugc noopener": never markup.
 * @example <CommentInvitation articleId={article.id} t={t} />
 */
import type { CommentNode } from '../../domain/comments.js';
import { LANGUAGES } from '../../domain/languages.js';
import { REFUSAL_REASONS } from '../../domain/moderation.js';
import type { Translator } from '../../i18n/catalogue.js';
import { LanguageChoice, ShownComment, type ThreadDisplay } from './comment-translation.js';

/** Styles of the comment section and the account forms, added to the pages that show them. */
export const COMMENTS_CSS = `
.comments ol{list-style:none;padding:0;margin:0}
.comment{border-block-start:1px solid var(--line);padding-block:.8rem}
.comment .comment{border:0;border-inline-start:3px solid var(--line);padding-inline-start:.8rem;margin-block-start:.6rem}
.comment header{font-size:.92rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline}
.comment header strong{color:var(--ink)}
.badge{font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;background:var(--accent);color:#fff;padding:.05rem .4rem;border-radius:2px}
.featured{border-inline-start:4px solid var(--accent);padding-inline-start:.8rem}
.comment p{margin:.4rem 0}
.comment-actions{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;font-size:.9rem}
.comment-actions form{display:inline}
.comments button,.account-form button{font:inherit;padding:.35rem .8rem;border:1px solid var(--ink);border-radius:3px;background:var(--paper);color:var(--ink);cursor:pointer}
.comments button[type=submit].primary,.account-form button[type=submit]{background:var(--ink);color:var(--paper)}
.comments textarea,.account-form input{font:inherit;inline-size:100%;max-inline-size:40rem;padding:.45rem;border:1px solid var(--muted);border-radius:3px}
.comments label,.account-form label{display:block;font-weight:600;margin-block:.6rem .2rem}
.hint{font-size:.88rem;color:var(--muted);margin:.2rem 0}
.notice{padding:.6rem .8rem;border-inline-start:4px solid var(--link);background:var(--soft)}
.notice.error{border-color:var(--accent)}
.comments details{margin-block:.3rem}
.mt-label{font-size:.85rem;color:var(--muted);margin:.2rem 0}
.mt-label a{margin-inline-start:.4rem}
.comments select{font:inherit;padding:.3rem;max-inline-size:100%}
`;

/** What the reader viewing a thread may do: nothing (logged out), or post, recommend and report. */
export interface ThreadViewer {
  csrf: string;
  /** Where the forms post to; the thread page adds the comment's id. */
  actionBase: string;
  /** Hidden fields that name the thread. */
  thread: string;
  open: boolean;
  /** A multilingual thread's languages to write in, as [code, own name]; absent: the thread's only. */
  languages?: ReadonlyArray<[string, string]> | null;
}

function Author(props: { node: CommentNode; t: Translator }) {
  const { author } = props.node.comment;
  const { t } = props;
  if (author.kind === 'deleted') return <em>{t.t('readers.comments.deletedAuthor')}</em>;
  return (
    <>
      <strong>{author.name}</strong>
      {author.kind === 'staff' ? (
        <span class="badge">
          {t.t(
            author.badge === 'moderator'
              ? 'readers.comments.badge.moderator'
              : 'readers.comments.badge.journalist',
          )}
        </span>
      ) : null}
    </>
  );
}

function CommentItem(props: {
  node: CommentNode;
  t: Translator;
  viewer: ThreadViewer | null;
  display: ThreadDisplay | null;
}) {
  const { node, t, viewer, display } = props;
  const { comment } = node;
  const featured = comment.featuredAt !== null;
  return (
    <li class={featured ? 'comment featured' : 'comment'} id={`comment-${comment.id}`}>
      <article aria-labelledby={`by-${comment.id}`}>
        <header id={`by-${comment.id}`}>
          <Author node={node} t={t} />
          <time datetime={comment.createdAt}>{t.dateTime(comment.createdAt)}</time>
          {featured ? <span>{t.t('readers.comments.featured')}</span> : null}
        </header>
        <ShownComment node={node} t={t} display={display} />
        <div class="comment-actions">
          {comment.recommendations > 0 ? (
            <span>{t.t('readers.comments.recommendations', { count: comment.recommendations })}</span>
          ) : null}
          {viewer ? (
            <>
              <form method="post" action={`${viewer.actionBase}/${comment.id}/recommend`}>
                <input type="hidden" name="_csrf" value={viewer.csrf} />
                <button type="submit">{t.t('readers.comments.recommend')}</button>
              </form>
              <details>
                <summary>{t.t('readers.comments.report')}</summary>
                <form method="post" action={`${viewer.actionBase}/${comment.id}/report`}>
                  <input type="hidden" name="_csrf" value={viewer.csrf} />
                  <label for={`report-${comment.id}`}>{t.t('readers.comments.reportReason')}</label>
                  <textarea id={`report-${comment.id}`} name="reason" rows={2} maxlength={500} />
                  <button type="submit">{t.t('readers.comments.report')}</button>
                </form>
              </details>
              {viewer.open ? (
                <details>
                  <summary>{t.t('readers.comments.reply')}</summary>
                  <CommentForm
                    t={t}
                    viewer={viewer}
                    parentId={comment.id}
                    label={t.t('readers.comments.replyLabel', {
                      name:
                        comment.author.kind === 'deleted'
                          ? t.t('readers.comments.deletedAuthor')
                          : comment.author.name,
                    })}
                  />
                </details>
              ) : null}
            </>
          ) : null}
        </div>
        {node.replies.length > 0 ? (
          <ol>
            {node.replies.map((reply) => (
              <CommentItem node={reply} t={t} viewer={viewer} display={display} />
            ))}
          </ol>
        ) : null}
      </article>
    </li>
  );
}

/** The form to write a comment or a reply (a plain form: no JavaScript needed). */
export function CommentForm(props: {
  t: Translator;
  viewer: ThreadViewer;
  parentId?: string;
  label?: string;
  draft?: string;
}) {
  const { t, viewer, parentId } = props;
  const id = parentId ? `reply-${parentId}` : 'comment-body';
  const languages = viewer.languages ?? null;
  return (
    <form method="post" action={viewer.actionBase} class="comment-form">
      <input type="hidden" name="_csrf" value={viewer.csrf} />
      <input type="hidden" name="thread" value={viewer.thread} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <label for={id}>{props.label ?? t.t('readers.comments.write')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t.t('readers.comments.writeHint')}
      </p>
      <textarea
        id={id}
        name="body"
        rows={parentId ? 3 : 5}
        maxlength={5000}
        required
        aria-describedby={`${id}-hint`}
      >
        {props.draft ?? ''}
      </textarea>
      {languages ? <LanguageChoice t={t} id={id} languages={languages} /> : null}
      <p>
        <button type="submit" class="primary">
          {t.t(parentId ? 'readers.comments.submitReply' : 'readers.comments.submit')}
        </button>
      </p>
    </form>
  );
}

/** A thread's approved comments, newest first, replies below what they answer. */
export function CommentList(props: {
  nodes: CommentNode[];
  t: Translator;
  viewer: ThreadViewer | null;
  display?: ThreadDisplay | null;
}) {
  const { nodes, t, viewer } = props;
  const display = props.display ?? null;
  if (nodes.length === 0) return <p>{t.t('readers.comments.none')}</p>;
  return (
    <ol class="comment-list">
      {nodes.map((node) => (
        <CommentItem node={node} t={t} viewer={viewer} display={display} />
      ))}
    </ol>
  );
}

/** The comments island's texts in a language, as JSON; the same on every article page, so made once per translator. */
const islandTexts = new WeakMap<Translator, string>();
function islandTextsOf(t: Translator): string {
  let json = islandTexts.get(t);
  if (json === undefined) {
    const texts = {
      count: t.t('readers.comments.count'),
      none: t.t('readers.comments.none'),
      loading: t.t('readers.comments.loading'),
      loadFailed: t.t('readers.comments.loadFailed'),
      write: t.t('readers.comments.write'),
      writeHint: t.t('readers.comments.writeHint'),
      submit: t.t('readers.comments.submit'),
      sending: t.t('readers.comments.sending'),
      sendFailed: t.t('readers.comments.sendFailed'),
      pending: t.t('readers.comments.pending'),
      posted: t.t('readers.comments.posted'),
      login: t.t('readers.comments.loginToComment'),
      signUp: t.t('readers.comments.signUp'),
      journalist: t.t('readers.comments.badge.journalist'),
      moderator: t.t('readers.comments.badge.moderator'),
      featured: t.t('readers.comments.featured'),
      deleted: t.t('readers.comments.deletedAuthor'),
      closed: t.t('readers.comments.closed'),
      premoderated: t.t('readers.comments.premoderated'),
      recommendations: t.parts('readers.comments.recommendations'),
      session: t.t('readers.error.session'),
      // The same texts as the pages without JavaScript give for each refusal reason.
      refusals: Object.fromEntries(
        REFUSAL_REASONS.map((reason) => [reason, t.t(`readers.refusal.${reason}`)]),
      ),
      // A multilingual thread's labels: "Translated from …" for each language written in.
      translatedFrom: Object.fromEntries(
        LANGUAGES.map((language) => [language, t.t('debates2.translatedFrom', { language })]),
      ),
      showOriginal: t.t('debates2.showOriginal'),
      showTranslation: t.t('debates2.showTranslation'),
      translationPending: t.t('debates2.pending'),
      translationUnsupported: t.t('debates2.unsupported'),
    };
    json = JSON.stringify(texts);
    islandTexts.set(t, json);
  }
  return json;
}

/**
 * The end of an article page: an invitation to the thread (its own page, which works without
 * JavaScript) and to the open debates of the page's language. The comments island
 * (client/comments.ts) shows the thread and the form right here. Nothing in it depends on the
 * reader, so the article page stays cacheable.
 */
export function CommentInvitation(props: { articleId: string; t: Translator }) {
  const { articleId, t } = props;
  const language = t.language;
  const href = `/${language}/comments/${articleId}`;
  return (
    <section
      class="block comments"
      id="comments"
      aria-labelledby="comments-title"
      data-thread={`article:${articleId}`}
      data-language={language}
      data-time-zone={t.timeZone}
      data-texts={islandTextsOf(t)}
    >
      <h2 id="comments-title">{t.t('readers.comments.title')}</h2>
      <p>{t.t('readers.comments.invite')}</p>
      <p class="comments-join">
        <a href={href}>{t.t('readers.comments.join')}</a>
      </p>
      <div class="comments-live" aria-live="polite" />
      <script src="/assets/comments.js" defer />
      <p class="debates-invite">
        {t.t('debates2.invite')} <a href={`/${language}/debates`}>{t.t('debates2.inviteLink')}</a>
      </p>
    </section>
  );
}
