/**
 * The comments island (bundled into /assets/comments.js).
 * On an article page it shows the thread under the invitation (src/render/elements/comments.tsx),
 * lets a logged-in reader post without leaving the page and keeps the count current. Every
 * piece of a comment becomes a text node or a checked http(s) link: never markup.
 * Without it, the invitation links to the thread's own page, which works without JavaScript.
 * In a multilingual thread it shows each comment translated, one click away from its original
 * (also on the thread pages the server renders). In the newsroom's moderation queue it adds
 * the keyboard shortcuts (j/k, x, a, r, f).
 * Times and counts read as the server writes them: the page's language, the newsroom's time zone
 * (`data-time-zone`) and the language's plural rules, whatever the browser's own locale and zone.
 * Longer than 300 lines: one island for the reader's thread, its translations and the
 * moderators' shortcuts, so that article pages load one script; each part is a few small functions.
 * @example <section data-thread="article:abc" data-language="en" data-time-zone="Europe/Zurich" data-texts="{…}">…<script src="/assets/comments.js" defer></script>
 */
import { type MessagePart, renderParts } from '../src/lib/message-parts.js';
import { formatDateTime } from '../src/lib/reader-time.js';

interface Texts {
  count: string;
  none: string;
  loading: string;
  loadFailed: string;
  write: string;
  writeHint: string;
  submit: string;
  sending: string;
  sendFailed: string;
  pending: string;
  posted: string;
  login: string;
  signUp: string;
  journalist: string;
  moderator: string;
  featured: string;
  deleted: string;
  closed: string;
  premoderated: string;
  /** The plural message `readers.comments.recommendations`, as parts (`Translator.parts`). */
  recommendations: MessagePart[];
  session: string;
  /** The reader-language text of each moderation refusal reason (`readers.refusal.*`). */
  refusals: Record<string, string>;
  /** "Translated from …" by the language a comment was written in (multilingual threads). */
  translatedFrom: Record<string, string>;
  showOriginal: string;
  showTranslation: string;
  translationPending: string;
  translationUnsupported: string;
}

interface ApiError {
  code?: string;
  field?: string;
  reason?: string;
}

/**
 * What a refused post says, only in the page's language: the text of the refusal reason,
 * else one chosen by the error code. The API's English message is never shown.
 */
function refusalText(texts: Texts, error: ApiError | undefined): string {
  const byReason = error?.reason ? texts.refusals[error.reason] : undefined;
  if (byReason) return byReason;
  switch (error?.code) {
    case 'rate_limited':
      return texts.refusals.rateLimited ?? texts.sendFailed;
    case 'unauthorized':
      return texts.login;
    case 'forbidden':
      return texts.session;
    default:
      return texts.sendFailed;
  }
}

interface CommentJson {
  id: string;
  body: string;
  language: string;
  translation: { language: string; text: string; provider: string } | null;
  translationState: 'original' | 'translated' | 'pending' | 'unsupported';
  author: { name: string | null; badge: 'journalist' | 'moderator' | null; deleted: boolean };
  createdAt: string;
  featured: boolean;
  recommendations: number;
  replies: CommentJson[];
}

interface ThreadJson {
  thread: { comments: number; mode: string; open: boolean };
  comments: CommentJson[];
}

interface SessionJson {
  csrfToken: string | null;
  reader: { displayName: string } | null;
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A line of a comment as text nodes and links (http and https only, as the server does). */
function appendLine(parent: HTMLElement, line: string): void {
  let at = 0;
  for (const match of line.matchAll(LINK)) {
    const link = match[0].replace(/[.,;:!?…»”’)]+$/u, '');
    const start = match.index ?? 0;
    let href: string | null = null;
    try {
      const url = new URL(/^www\./i.test(link) ? `https://${link}` : link);
      href = url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      href = null;
    }
    if (!href || !link) continue;
    if (start > at) parent.append(document.createTextNode(line.slice(at, start)));
    const a = el('a', undefined, link);
    a.href = href;
    a.rel = 'nofollow ugc noopener';
    parent.append(a);
    at = start + link.length;
  }
  if (at < line.length) parent.append(document.createTextNode(line.slice(at)));
}

function commentBody(body: string): HTMLElement[] {
  return body
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((paragraph) => {
      const p = el('p');
      paragraph.split('\n').forEach((line, i) => {
        if (i > 0) p.append(el('br'));
        appendLine(p, line);
      });
      return p;
    });
}

/**
 * A comment as the reader is shown it (multilingual threads, ADR 0027): its translation with
 * "Translated from …" and a button that shows the original (hidden beside it); or as written,
 * saying that the translation is not there yet.
 */
function shownBody(comment: CommentJson, texts: Texts): HTMLElement[] {
  if (comment.translationState === 'original') return commentBody(comment.body);
  if (comment.translationState !== 'translated' || !comment.translation) {
    const original = el('div');
    original.lang = comment.language;
    original.append(...commentBody(comment.body));
    const note =
      comment.translationState === 'pending' ? texts.translationPending : texts.translationUnsupported;
    return [original, el('p', 'mt-label', note)];
  }
  const translated = el('div', 'mt-translation');
  translated.append(...commentBody(comment.translation.text));
  const original = el('div', 'mt-original');
  original.lang = comment.language;
  original.hidden = true;
  original.append(...commentBody(comment.body));
  const label = el('p', 'mt-label');
  const toggle = el('button', 'link', texts.showOriginal);
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.addEventListener('click', () => {
    const showing = original.hidden;
    original.hidden = !showing;
    translated.hidden = showing;
    toggle.textContent = showing ? texts.showTranslation : texts.showOriginal;
    toggle.setAttribute('aria-expanded', String(showing));
  });
  label.append(el('span', undefined, texts.translatedFrom[comment.language] ?? ''), ' ', toggle);
  return [translated, original, label];
}

/**
 * The thread pages without the island's list: the "Show original" link (which works without
 * JavaScript by loading the page with `?original=<id>`) becomes one click that swaps the
 * translation and the original already on the page.
 */
function startOriginalToggles(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-toggle-original]');
    const item = link?.closest('article');
    const translated = item?.querySelector<HTMLElement>(':scope > .mt-translation');
    const original = item?.querySelector<HTMLElement>(':scope > .mt-original');
    if (!link || !translated || !original) return;
    event.preventDefault();
    const showing = original.hidden;
    original.hidden = !showing;
    translated.hidden = showing;
    link.textContent = (showing ? link.dataset.showTranslation : link.dataset.showOriginal) ?? '';
  });
}

/** Where and how times are shown: the page's language and the newsroom's time zone. */
interface Place {
  language: string;
  timeZone: string;
}

function renderComment(comment: CommentJson, texts: Texts, place: Place): HTMLLIElement {
  const li = el('li', comment.featured ? 'comment featured' : 'comment');
  li.id = `comment-${comment.id}`;
  const header = el('header');
  if (comment.author.deleted || comment.author.name === null)
    header.append(el('em', undefined, texts.deleted));
  else header.append(el('strong', undefined, comment.author.name));
  if (comment.author.badge) header.append(el('span', 'badge', texts[comment.author.badge]));
  const time = el('time', undefined, formatDateTime(place.language, place.timeZone, comment.createdAt));
  time.dateTime = comment.createdAt;
  header.append(time);
  if (comment.featured) header.append(el('span', undefined, texts.featured));
  li.append(header, ...shownBody(comment, texts));
  if (comment.recommendations > 0)
    li.append(
      el('p', 'hint', renderParts(texts.recommendations, place.language, { count: comment.recommendations })),
    );
  if (comment.replies.length > 0) {
    const ol = el('ol');
    for (const reply of comment.replies) ol.append(renderComment(reply, texts, place));
    li.append(ol);
  }
  return li;
}

async function startThread(section: HTMLElement): Promise<void> {
  const [kind, id] = (section.dataset.thread ?? '').split(':');
  const language = section.dataset.language ?? document.documentElement.lang;
  const place: Place = { language, timeZone: section.dataset.timeZone ?? 'Europe/Zurich' };
  const live = section.querySelector<HTMLElement>('.comments-live');
  if (!kind || !id || !live) return;
  const texts = JSON.parse(section.dataset.texts ?? '{}') as Texts;
  const api = `/api/v1/${kind === 'debate' ? 'debates' : 'articles'}/${encodeURIComponent(id)}/comments`;
  const reading = `${api}?language=${encodeURIComponent(language)}`;

  const count = el('p', 'comments-count');
  const note = el('p', 'hint');
  const status = el('p', 'notice');
  status.hidden = true;
  status.setAttribute('role', 'status');
  const list = el('ol', 'comment-list');
  const compose = el('div');
  live.replaceChildren(count, note, compose, status, list);
  count.textContent = texts.loading;

  const load = async (): Promise<ThreadJson | null> => {
    try {
      const res = await fetch(reading, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      const thread = (await res.json()) as ThreadJson;
      count.textContent = fill(texts.count, { count: thread.thread.comments });
      note.textContent = !thread.thread.open
        ? texts.closed
        : thread.thread.mode === 'premoderated'
          ? texts.premoderated
          : '';
      list.replaceChildren(...thread.comments.map((c) => renderComment(c, texts, place)));
      if (thread.comments.length === 0) list.replaceChildren(el('li', 'hint', texts.none));
      return thread;
    } catch {
      count.textContent = texts.loadFailed;
      return null;
    }
  };

  const [thread, session] = await Promise.all([
    load(),
    fetch('/api/v1/session', { credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<SessionJson>) : null))
      .catch(() => null),
  ]);
  if (thread?.thread.open) {
    if (session?.reader && session.csrfToken) compose.append(composer(session.csrfToken));
    else {
      const p = el('p');
      const login = el('a', undefined, texts.login);
      login.href = `/${language}/account/login?next=${encodeURIComponent(location.pathname)}`;
      const signUp = el('a', undefined, texts.signUp);
      signUp.href = `/${language}/account/signup`;
      p.append(login, ' · ', signUp);
      compose.append(p);
    }
  }

  function composer(csrf: string): HTMLFormElement {
    const form = el('form', 'comment-form');
    const label = el('label', undefined, texts.write);
    label.htmlFor = 'comment-live-body';
    const hint = el('p', 'hint', texts.writeHint);
    hint.id = 'comment-live-hint';
    const textarea = el('textarea');
    textarea.id = 'comment-live-body';
    textarea.name = 'body';
    textarea.rows = 5;
    textarea.maxLength = 5000;
    textarea.required = true;
    textarea.setAttribute('aria-describedby', 'comment-live-hint');
    const button = el('button', 'primary', texts.submit);
    button.type = 'submit';
    form.append(label, hint, textarea, el('p'));
    form.lastElementChild?.append(button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      button.disabled = true;
      button.textContent = texts.sending;
      try {
        const res = await fetch(api, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ body: textarea.value, pageLanguage: language }),
        });
        const answer = (await res.json()) as { status?: string; error?: ApiError };
        status.hidden = false;
        status.classList.toggle('error', !res.ok);
        if (res.ok) {
          textarea.value = '';
          status.textContent = answer.status === 'approved' ? texts.posted : texts.pending;
          await load();
        } else {
          status.textContent = refusalText(texts, answer.error);
        }
      } catch {
        status.hidden = false;
        status.textContent = texts.sendFailed;
      } finally {
        button.disabled = false;
        button.textContent = texts.submit;
      }
    });
    return form;
  }

  // The count stays current while the page is in view.
  setInterval(() => {
    if (document.visibilityState === 'visible' && !compose.contains(document.activeElement)) void load();
  }, 60_000);
}

/**
 * The moderation queue: j/k move between comments, x selects, a approves, r goes to the
 * reason (Enter there rejects that comment), f features.
 */
function startModeration(queue: HTMLElement): void {
  const items = (): HTMLElement[] => Array.from(queue.querySelectorAll<HTMLElement>('.mod-item'));
  let current = -1;
  const focus = (index: number) => {
    const all = items();
    if (all.length === 0) return;
    current = Math.max(0, Math.min(all.length - 1, index));
    all[current]?.focus();
  };
  // Clicking or tabbing into a comment makes it the current one.
  queue.addEventListener('focusin', (event) => {
    const item = (event.target as HTMLElement | null)?.closest<HTMLElement>('.mod-item');
    if (item) current = items().indexOf(item);
  });
  // Enter in a reason rejects that comment (not the form's first button).
  queue.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || !target.name.startsWith('reason:'))
      return;
    event.preventDefault();
    target.closest('.mod-item')?.querySelector<HTMLElement>('button[value^="reject:"]')?.click();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing =
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'submit', 'button'].includes(target.type));
    if (typing && event.key !== 'Escape') return;
    const item = items()[current] ?? (target?.closest('.mod-item') as HTMLElement | null);
    const click = (selector: string) => item?.querySelector<HTMLElement>(selector)?.click();
    switch (event.key) {
      case 'j':
        focus(current + 1);
        break;
      case 'k':
        focus(current - 1);
        break;
      case 'x':
        click('input[type=checkbox]');
        break;
      case 'a':
        click('button[value^="approve:"]');
        break;
      case 'f':
        click('button[value^="feature:"]');
        break;
      case 'r':
        item?.querySelector<HTMLElement>('input[name^="reason:"]')?.focus();
        break;
      case 'Escape':
        // Out of a reason, back to its comment.
        if (!item || !typing) return;
        item.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}

document
  .querySelectorAll<HTMLElement>('section[data-thread]')
  .forEach((section) => void startThread(section));
document.querySelectorAll<HTMLElement>('[data-moderation]').forEach(startModeration);
if (document.querySelector('a[data-toggle-original]')) startOriginalToggles();
