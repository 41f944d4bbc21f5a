/**
 * The newsroom's moderation queue per language (pending, reported, approved, rejected) and
 * one comment in its thread, with the log of decisions and a reply as journalist. One form
 * per page, so every action works without scripts; the comments island adds the shortcuts.
 * Reader text is shown only as text (CommentText), as on the reader site.
 * Longer than 300 lines: the queue and the one-comment page share their rows, forms and
 * decision log; a third page would be the moment to split them.
 */
import type { ShownText } from '../../domain/comment-languages.js';
import type { Comment, CommentNode } from '../../domain/comments.js';
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { MODERATED_TEXT_CSS, ModeratedText } from './moderated-text.js';
import { MODERATION_DESK_CSS, ModerationNav } from './moderation-nav.js';

export const QUEUE_NAMES = ['pending', 'reported', 'approved', 'rejected'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface ModerationItemView {
  comment: Comment;
  threadHeadline: string;
  threadHref: string;
  readerId: string | null;
  readerBanned: boolean;
  /** In a multilingual thread: its translation into the moderator's newsroom language. */
  shown?: ShownText | undefined;
}

export interface ModerationQueueView {
  language: Language;
  queue: QueueName;
  counts: Record<QueueName, number>;
  items: ModerationItemView[];
  notice: { kind: 'ok' | 'error'; text: string } | null;
  previousHref: string | null;
  nextHref: string | null;
  /** Where the forms come back to. */
  back: string;
}

export const MODERATION_CSS = `
.mod-tabs{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:0}
.mod-tabs a[aria-current]{font-weight:700}
.mod-list{list-style:none;padding:0;margin:0}
.mod-item{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin-block-end:.8rem}
.mod-item:focus{outline:3px solid var(--accent);outline-offset:2px}
.mod-item header{display:flex;flex-wrap:wrap;gap:.2rem 1rem;align-items:baseline}
.mod-item .actions{margin-block-start:.5rem}
.mod-item .reason{inline-size:auto;min-inline-size:12rem;flex:1}
#bulk-action,#bulk-reason{inline-size:auto}
.mod-thread{list-style:none;padding:0}
.mod-thread .mod-thread{padding-inline-start:1.2rem;border-inline-start:3px solid var(--line)}
.mod-thread li{margin-block:.6rem}
.mod-current{outline:3px solid var(--accent);padding:.4rem}
.badge{font-size:.75rem;font-weight:700;text-transform:uppercase;background:var(--accent);color:#fff;padding:.05rem .4rem;border-radius:2px}
`;

function authorName(comment: Comment, t: Translator): string {
  return comment.author.kind === 'deleted' ? t.t('readers.comments.deletedAuthor') : comment.author.name;
}

function Author(props: { comment: Comment; t: Translator }) {
  const { comment, t } = props;
  return (
    <>
      <strong>{authorName(comment, t)}</strong>
      {comment.author.kind === 'staff' ? (
        <>
          {' '}
          <span class="badge">
            {t.t(
              comment.author.badge === 'moderator'
                ? 'readers.comments.badge.moderator'
                : 'readers.comments.badge.journalist',
            )}
          </span>
        </>
      ) : null}
    </>
  );
}

function reasonsOf(comment: Comment, t: Translator): string {
  const reasons = (comment.queueReason ?? '').split(',').filter(Boolean);
  return reasons.map((reason) => t.t(`readers.moderation.why.${reason}` as MessageKey)).join(', ');
}

function Item(props: { item: ModerationItemView; t: Translator; index: number }) {
  const { item, t } = props;
  const { comment } = item;
  const id = comment.id;
  return (
    <li class="mod-item" tabindex={-1} id={`mod-${id}`}>
      <header>
        <input
          type="checkbox"
          name="ids"
          value={id}
          id={`select-${id}`}
          aria-label={t.t('readers.moderation.select', { name: authorName(comment, t) })}
        />
        <span>
          <Author comment={comment} t={t} />
          {item.readerBanned ? <span class="status"> {t.t('readers.moderation.banned')}</span> : null}
        </span>
        <span class="muted">
          <time datetime={comment.createdAt}>{t.dateTime(comment.createdAt)}</time>
        </span>
        <a href={item.threadHref}>{t.t('readers.moderation.on', { headline: item.threadHeadline })}</a>
      </header>
      <ModeratedText comment={comment} shown={item.shown} t={t} />
      <p class="muted">
        {comment.queueReason && comment.status === 'pending'
          ? t.t('readers.moderation.why', { reasons: reasonsOf(comment, t) })
          : null}
        {comment.reports > 0 ? ` ${t.t('readers.moderation.reports', { count: comment.reports })}` : null}
        {comment.rejectReason
          ? ` ${t.t('readers.moderation.rejectedBecause', { reason: comment.rejectReason })}`
          : null}
        {comment.featuredAt ? ` ${t.t('readers.comments.featured')}` : null}
      </p>
      <div class="actions">
        {comment.status !== 'approved' ? (
          <button type="submit" name="one" value={`approve:${id}`}>
            {t.t('readers.moderation.approve')}
          </button>
        ) : null}
        {comment.status !== 'rejected' ? (
          <>
            <label class="visually-hidden" for={`reason-${id}`}>
              {t.t('readers.moderation.reason')}
            </label>
            <input
              class="reason"
              type="text"
              name={`reason:${id}`}
              id={`reason-${id}`}
              placeholder={t.t('readers.moderation.reason')}
              maxlength={500}
            />
            <button type="submit" class="secondary" name="one" value={`reject:${id}`}>
              {t.t('readers.moderation.reject')}
            </button>
          </>
        ) : null}
        <button
          type="submit"
          class="secondary"
          name="one"
          value={`${comment.featuredAt ? 'unfeature' : 'feature'}:${id}`}
        >
          {t.t(comment.featuredAt ? 'readers.moderation.unfeature' : 'readers.moderation.feature')}
        </button>
        {item.readerId && !item.readerBanned ? (
          <button type="submit" class="danger" name="one" value={`ban:${item.readerId}`}>
            {t.t('readers.moderation.ban')}
          </button>
        ) : null}
        <a href={`/newsroom/moderation/comments/${id}`}>{t.t('readers.moderation.context')}</a>
        {comment.thread.kind === 'article' ? (
          <a href={`/newsroom/comments/settings?article=${comment.thread.id}`}>
            {t.t('readers.moderation.threadSettings')}
          </a>
        ) : null}
      </div>
    </li>
  );
}

/**
 * The form's first submit button, so the one that Enter in a reason field presses: it
 * rejects the comment whose reason was typed (without it, Enter would approve the first
 * comment of the page). Out of sight and out of the tab order; the island does the same with JS.
 */
function EnterRejects(props: { t: Translator }) {
  return (
    <button type="submit" name="one" value="enter" class="visually-hidden" tabindex={-1}>
      {props.t.t('readers.moderation.enterRejects')}
    </button>
  );
}

export function ModerationQueuePage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  scripts: string[];
  view: ModerationQueueView;
}) {
  const { t, view } = props;
  const title = t.t('readers.moderation.title');
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={title}
      active="moderation"
      scripts={props.scripts}
      head={
        <>
          <style dangerouslySetInnerHTML={{ __html: MODERATION_CSS }} />
          <style dangerouslySetInnerHTML={{ __html: MODERATED_TEXT_CSS }} />
          <style dangerouslySetInnerHTML={{ __html: MODERATION_DESK_CSS }} />
        </>
      }
      above={<ModerationNav t={t} staff={props.staff} current="queue" />}
    >
      <form method="get" action="/newsroom/moderation" class="filters">
        <div>
          <label for="mod-language">{t.t('readers.moderation.language')}</label>
          <select id="mod-language" name="language">
            {LANGUAGES.map((language) => (
              <option value={language} selected={language === view.language} lang={language}>
                {NATIVE_NAMES[language]}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="status" value={view.queue} />
        <button type="submit" class="secondary">
          {t.t('readers.moderation.show')}
        </button>
      </form>
      <nav aria-label={title}>
        <ul class="mod-tabs">
          {QUEUE_NAMES.map((queue) => (
            <li>
              <a
                href={`/newsroom/moderation?language=${view.language}&status=${queue}`}
                aria-current={queue === view.queue ? 'page' : undefined}
              >
                {t.t(`readers.moderation.queue.${queue}`)} (
                {t.t('newsroomdesk.count.comments', { count: view.counts[queue] })})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view.notice ? (
        <p class={`message ${view.notice.kind}`} role={view.notice.kind === 'error' ? 'alert' : 'status'}>
          {view.notice.text}
        </p>
      ) : null}
      <p class="muted">{t.t('readers.moderation.shortcuts')}</p>
      {view.items.length === 0 ? (
        <p>{t.t('readers.moderation.empty')}</p>
      ) : (
        <form method="post" action="/newsroom/moderation/decide" data-moderation="">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="back" value={view.back} />
          <EnterRejects t={t} />
          <ol class="mod-list">
            {view.items.map((item, index) => (
              <Item item={item} t={t} index={index} />
            ))}
          </ol>
          <fieldset class="card">
            <legend>{t.t('readers.moderation.bulk')}</legend>
            <div class="actions">
              <label class="visually-hidden" for="bulk-action">
                {t.t('readers.moderation.bulk')}
              </label>
              <select id="bulk-action" name="bulk">
                <option value="approve">{t.t('readers.moderation.approve')}</option>
                <option value="reject">{t.t('readers.moderation.reject')}</option>
                <option value="feature">{t.t('readers.moderation.feature')}</option>
              </select>
              <label class="visually-hidden" for="bulk-reason">
                {t.t('readers.moderation.reason')}
              </label>
              <input
                class="reason"
                type="text"
                id="bulk-reason"
                name="bulkReason"
                placeholder={t.t('readers.moderation.reason')}
                maxlength={500}
              />
              <button type="submit" name="one" value="bulk">
                {t.t('readers.moderation.apply')}
              </button>
            </div>
          </fieldset>
        </form>
      )}
      <p class="actions">
        {view.previousHref ? <a href={view.previousHref}>{t.t('pagination.previous')}</a> : null}
        {view.nextHref ? <a href={view.nextHref}>{t.t('pagination.next')}</a> : null}
      </p>
    </DeskPage>
  );
}

export interface ModerationDetailView {
  comment: Comment;
  threadHeadline: string;
  threadHref: string;
  thread: CommentNode[];
  log: Array<{ action: string; staffName: string | null; reason: string | null; createdAt: string }>;
  reports: Array<{ reason: string; createdAt: string }>;
  back: string;
  notice: { kind: 'ok' | 'error'; text: string } | null;
}

function ThreadNodes(props: { nodes: CommentNode[]; current: string; t: Translator }) {
  const { t } = props;
  return (
    <ol class="mod-thread">
      {props.nodes.map((node) => (
        <li
          class={node.comment.id === props.current ? 'mod-current' : undefined}
          id={`thread-${node.comment.id}`}
        >
          <Author comment={node.comment} t={t} />{' '}
          <span class="status">{t.t(`readers.moderation.status.${node.comment.status}`)}</span>{' '}
          <time class="muted" datetime={node.comment.createdAt}>
            {t.dateTime(node.comment.createdAt)}
          </time>
          <ModeratedText comment={node.comment} shown={node.shown} t={t} />
          {node.replies.length > 0 ? (
            <ThreadNodes nodes={node.replies} current={props.current} t={t} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function ModerationDetailPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  scripts: string[];
  view: ModerationDetailView;
}) {
  const { t, view } = props;
  const { comment } = view;
  const title = t.t('readers.moderation.thread');
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={title}
      active="moderation"
      scripts={props.scripts}
      head={
        <>
          <style dangerouslySetInnerHTML={{ __html: MODERATION_CSS }} />
          <style dangerouslySetInnerHTML={{ __html: MODERATED_TEXT_CSS }} />
        </>
      }
      above={
        <p>
          <a href={view.back}>{t.t('readers.moderation.back')}</a>
        </p>
      }
      heading={<a href={view.threadHref}>{view.threadHeadline}</a>}
    >
      {view.notice ? (
        <p class={`message ${view.notice.kind}`} role={view.notice.kind === 'error' ? 'alert' : 'status'}>
          {view.notice.text}
        </p>
      ) : null}
      <ThreadNodes nodes={view.thread} current={comment.id} t={t} />
      <form method="post" action="/newsroom/moderation/decide" class="card" data-moderation="">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="back" value={`/newsroom/moderation/comments/${comment.id}`} />
        <EnterRejects t={t} />
        <div class="mod-item" tabindex={-1}>
          <div class="actions">
            {comment.status !== 'approved' ? (
              <button type="submit" name="one" value={`approve:${comment.id}`}>
                {t.t('readers.moderation.approve')}
              </button>
            ) : null}
            {comment.status !== 'rejected' ? (
              <>
                <label class="visually-hidden" for="detail-reason">
                  {t.t('readers.moderation.reason')}
                </label>
                <input
                  class="reason"
                  type="text"
                  id="detail-reason"
                  name={`reason:${comment.id}`}
                  placeholder={t.t('readers.moderation.reason')}
                  maxlength={500}
                />
                <button type="submit" class="secondary" name="one" value={`reject:${comment.id}`}>
                  {t.t('readers.moderation.reject')}
                </button>
              </>
            ) : null}
            <button
              type="submit"
              class="secondary"
              name="one"
              value={`${comment.featuredAt ? 'unfeature' : 'feature'}:${comment.id}`}
            >
              {t.t(comment.featuredAt ? 'readers.moderation.unfeature' : 'readers.moderation.feature')}
            </button>
          </div>
        </div>
      </form>
      <form method="post" action={`/newsroom/moderation/comments/${comment.id}/reply`} class="card">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <label for="reply-body">{t.t('readers.moderation.reply')}</label>
        <textarea id="reply-body" name="body" rows={4} maxlength={5000} required />
        <p class="actions">
          <button type="submit">{t.t('readers.moderation.replySubmit')}</button>
        </p>
      </form>
      {view.reports.length > 0 ? (
        <>
          <h2>{t.t('readers.moderation.reports', { count: view.reports.length })}</h2>
          <ul>
            {view.reports.map((report) => (
              <li>
                <time datetime={report.createdAt}>{t.dateTime(report.createdAt)}</time>: {report.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t.t('readers.moderation.log')}</h2>
      <ul>
        {view.log.map((entry) => (
          <li>
            {t.t('readers.moderation.logEntry', {
              action: t.t(`readers.moderation.action.${entry.action}` as MessageKey),
              name: entry.staffName ?? '—',
              date: t.dateTime(entry.createdAt),
            })}
            {entry.reason ? ` (${entry.reason})` : null}
          </li>
        ))}
      </ul>
    </DeskPage>
  );
}
