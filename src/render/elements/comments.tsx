/**
 * Comments as readers see them: the invitation that ends an article page (the same for
 * every reader, so the page can be cached; the comments island fills in the thread), and the
 * server-rendered thread with its forms, which works without JavaScript.
 * A comment's text only ever becomes text nodes, line breaks and links with
 * rel="nofollow ugc noopener": never markup.
 * @example <CommentInvitation articleId={article.id} t={t} />
 */
import type { ShownText } from '../../domain/comment-languages.js';
import { type CommentNode, commentParagraphs, type Segment } from '../../domain/comments.js';
import { REFUSAL_REASONS } from '../../domain/moderation.js';
import type { Translator } from '../../i18n/catalogue.js';

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
`;

/** A comment's text: paragraphs of text nodes, line breaks and nofollow links. */
export function CommentText(props: { body: string }) {
  const piece = (segment: Segment) => {
    switch (segment.kind) {
      case 'text':
        return segment.text;
      case 'break':
        return <br />;
      case 'link':
        return (
          <a href={segment.href} rel="nofollow ugc noopener">
            {segment.text}
          </a>
        );
    }
  };
  return (
    <>
      {commentParagraphs(props.body).map((paragraph) => (
        <p>{paragraph.map(piece)}</p>
      ))}
    </>
  );
}

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

/**
 * How a multilingual thread's comments are shown: which comment's original the reader asked
 * for without JavaScript (`?original=<id>`), and the links that ask for it and back.
 */
export interface ThreadDisplay {
  originalOpen: string | null;
  originalHref(commentId: string): string;
  translationHref(commentId: string): string;
}

/**
 * A comment's text as the reader is shown it: as written; or translated, with the label
 * "Translated from …" and a link to the original (the island turns it into one click that
 * shows the original kept hidden beside the translation); or as written while its
 * translation is not there, saying so.
 */
function ShownComment(props: { node: CommentNode; t: Translator; display: ThreadDisplay | null }) {
  const { node, t, display } = props;
  const { comment } = node;
  const shown: ShownText = node.shown ?? { kind: 'original' };
  switch (shown.kind) {
    case 'original':
      return <CommentText body={comment.body} />;
    case 'pending':
    case 'unsupported':
      return (
        <>
          <div lang={shown.from}>
            <CommentText body={comment.body} />
          </div>
          <p class="mt-label">
            {t.t(shown.kind === 'pending' ? 'debates2.pending' : 'debates2.unsupported')}
          </p>
        </>
      );
    case 'translated': {
      const open = display?.originalOpen === comment.id;
      const label = t.t('debates2.translatedFrom', { language: shown.from });
      return (
        <>
          <div class="mt-translation" hidden={open}>
            <CommentText body={shown.text} />
          </div>
          <div class="mt-original" lang={shown.from} hidden={!open}>
            <CommentText body={comment.body} />
          </div>
          <p class="mt-label">
            <span>{label}</span>
            <a
              href={
                open
                  ? (display?.translationHref(comment.id) ?? `#comment-${comment.id}`)
                  : (display?.originalHref(comment.id) ?? `?original=${comment.id}#comment-${comment.id}`)
              }
              data-toggle-original=""
              data-show-original={t.t('debates2.showOriginal')}
              data-show-translation={t.t('debates2.showTranslation')}
            >
              {t.t(open ? 'debates2.showTranslation' : 'debates2.showOriginal')}
            </a>
          </p>
        </>
      );
    }
  }
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

/**
 * The choice of a comment's language in a multilingual thread: the page's language first
 * (chosen), then "recognise it from the text", then the others by their own names.
 */
function LanguageChoice(props: { t: Translator; id: string; languages: ReadonlyArray<[string, string]> }) {
  const { t, id, languages } = props;
  const page = t.language;
  return (
    <>
      <label for={`${id}-language`}>{t.t('debates2.languageLabel')}</label>
      <select id={`${id}-language`} name="language">
        {languages
          .filter(([code]) => code === page)
          .map(([code, name]) => (
            <option value={code} selected lang={code}>
              {name}
            </option>
          ))}
        <option value="">{t.t('debates2.languageDetect')}</option>
        {languages
          .filter(([code]) => code !== page)
          .map(([code, name]) => (
            <option value={code} lang={code}>
              {name}
            </option>
          ))}
      </select>
    </>
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
    };
    json = JSON.stringify(texts);
    islandTexts.set(t, json);
  }
  return json;
}

/**
 * The end of an article page: an invitation to the thread (its own page, which works without
 * JavaScript). The comments island (client/comments.ts) shows the thread and the form right
 * here. Nothing in it depends on the reader, so the article page stays cacheable.
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
    </section>
  );
}
