/**
 * The editor's small dialogs: a link (with the nofollow choice), an embed by URL, and a
 * "More" box chosen by searching published articles. Each validates its field and keeps
 * the dialog open with a visible, announced error until the value is usable.
 * @example openLinkDialog(view, msg)
 */
import type { EditorView } from 'prosemirror-view';
import { isSafeHref } from '../../src/lib/urls.js';
import type { EditorArticle } from '../../src/render/newsroom/editor-view.js';
import type { Api } from './api.js';
import { currentLink, insertBlock, setLink } from './commands.js';
import { type AfterClose, byId, el, type Msg, runDialog } from './dom.js';
import { markTypes, nodeTypes } from './schema.js';

function showError(
  input: HTMLInputElement | HTMLTextAreaElement,
  error: HTMLElement,
  invalid: boolean,
): void {
  input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  error.hidden = !invalid;
  if (invalid) input.focus();
}

/** What an editor types as an address, made whole: "www.example.org" gets https://. */
export function normaliseHref(value: string): string {
  const href = value.trim();
  if (/^(www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/|$)/u.test(href)) return `https://${href}`;
  return href;
}

/**
 * Focus after an editor dialog: into the editor (its caret where the command left it) after
 * an insert, or when the dialog was opened from the editor; otherwise back where it was.
 */
export function backToEditor(view: EditorView): AfterClose {
  return (accepted, back) => {
    if (accepted || !back || view.dom.contains(back)) view.focus();
    else back.focus();
  };
}

/** The link dialog for the selection (or the link at the cursor). */
export function openLinkDialog(view: EditorView): void {
  const dialog = byId<HTMLDialogElement>('ed-link-dialog');
  const href = byId<HTMLInputElement>('ed-link-href');
  const nofollow = byId<HTMLInputElement>('ed-link-nofollow');
  const error = byId('ed-link-error');
  const existing = currentLink(view.state);
  href.value = existing?.href ?? '';
  nofollow.checked = existing?.nofollow ?? false;
  showError(href, error, false);
  runDialog(
    dialog,
    (value) => {
      const { state } = view;
      if (value === 'extra') {
        setLink('', false)(state, view.dispatch);
        return true;
      }
      const url = normaliseHref(href.value);
      if (!url || !isSafeHref(url)) {
        showError(href, error, true);
        return false;
      }
      if (state.selection.empty && !currentLink(state)) {
        // Nothing selected: the address itself becomes the linked text.
        const mark = markTypes.link.create({ href: url, rel: nofollow.checked ? 'nofollow' : null });
        view.dispatch(state.tr.replaceSelectionWith(state.schema.text(url, [mark]), false));
      } else setLink(url, nofollow.checked)(state, view.dispatch);
      return true;
    },
    href,
    backToEditor(view),
  );
}

/** The embed dialog: a post or video by its address. */
export function openEmbedDialog(view: EditorView): void {
  const dialog = byId<HTMLDialogElement>('ed-embed-dialog');
  const url = byId<HTMLInputElement>('ed-embed-url');
  const error = byId('ed-embed-error');
  url.value = '';
  showError(url, error, false);
  runDialog(
    dialog,
    () => {
      let parsed: URL | null = null;
      try {
        parsed = new URL(url.value.trim());
      } catch {
        parsed = null;
      }
      if (!parsed || !/^https?:$/.test(parsed.protocol)) {
        showError(url, error, true);
        return false;
      }
      insertBlock(nodeTypes.embed.create({ url: parsed.href }))(view.state, view.dispatch);
      return true;
    },
    url,
    backToEditor(view),
  );
}

interface ArticleList {
  items: Array<
    Pick<EditorArticle, 'id' | 'headline' | 'lead' | 'language'> & { firstPublishedAt?: string | null }
  >;
}

/** Lower case without accents, for matching what an editor types against headlines. */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Counts the searches of every opening of the "More" box dialog; only the newest may show. */
let relatedSearches = 0;

/** The "More" box dialog: searches published articles of the article's language. */
export function openRelatedDialog(
  view: EditorView,
  context: {
    api: Api;
    msg: Msg;
    language: string;
    selfId: string | null;
    remember(id: string, headline: string): void;
  },
): void {
  const dialog = byId<HTMLDialogElement>('ed-related-dialog');
  const query = byId<HTMLInputElement>('ed-related-q');
  const results = byId<HTMLUListElement>('ed-related-results');
  const empty = byId('ed-related-empty');
  const searchButton = dialog.querySelector<HTMLButtonElement>('[data-action="related-search"]');

  const search = async () => {
    // Shared by every opening: an answer for a dialog closed before must not fill this one.
    const mine = ++relatedSearches;
    const q = query.value.trim();
    const params = new URLSearchParams({ status: 'published', language: context.language, limit: '50' });
    if (q) params.set('q', q);
    const answer = await context.api.json<ArticleList>('GET', `/api/v1/articles?${params}`);
    if (mine !== relatedSearches) return;
    const words = folded(q).split(/\s+/).filter(Boolean);
    const items = answer.items.filter(
      (item) =>
        item.id !== context.selfId &&
        words.every((word) => folded(`${item.headline} ${item.lead}`).includes(word)),
    );
    results.replaceChildren(
      ...items.map((item) => {
        const button = el('button', { type: 'button' }, item.headline);
        button.setAttribute(
          'aria-label',
          context.msg('editor.relatedDialog.choose', { headline: item.headline }),
        );
        button.addEventListener('click', () => {
          context.remember(item.id, item.headline);
          insertBlock(nodeTypes.related.create({ articleId: item.id }))(view.state, view.dispatch);
          dialog.close('ok');
        });
        const li = el('li');
        li.append(button);
        return li;
      }),
    );
    empty.hidden = items.length > 0;
  };

  query.value = '';
  query.oninput = () => void search();
  query.onkeydown = (event) => {
    // Enter searches rather than closing the dialog.
    if (event.key === 'Enter') {
      event.preventDefault();
      void search();
    }
  };
  if (searchButton) searchButton.onclick = () => void search();
  results.replaceChildren();
  empty.hidden = true;
  runDialog(dialog, () => true, query, backToEditor(view));
  void search();
}

/** The send-back dialog; resolves with the comment, or null when cancelled. */
export function askSendBackComment(): Promise<string | null> {
  const dialog = byId<HTMLDialogElement>('ed-sendback-dialog');
  const comment = byId<HTMLTextAreaElement>('ed-sendback-comment');
  comment.value = '';
  comment.setAttribute('aria-invalid', 'false');
  return new Promise((resolve) => {
    let text: string | null = null;
    runDialog(
      dialog,
      () => {
        if (!comment.value.trim()) {
          comment.setAttribute('aria-invalid', 'true');
          comment.focus();
          return false;
        }
        text = comment.value.trim();
        return true;
      },
      comment,
    );
    dialog.addEventListener('close', () => resolve(text), { once: true });
  });
}
