/**
 * The article editor island (bundled into /assets/editor.js), started on the newsroom's
 * editor page (src/render/newsroom/editor-page.tsx): the ProseMirror body editor with its
 * toolbar, shortcuts, paste cleaning and block dialogs; the fields with live counts; saving
 * with autosave and merge on conflict; the workflow buttons. Without it the page says that
 * the editor needs JavaScript.
 * @example <script type="module" src="/assets/editor.js?v=…"></script>
 */
import { baseKeymap } from 'prosemirror-commands';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { EditorBootstrap } from '../../src/render/newsroom/editor-view.js';
import { apiClient } from './api.js';
import { bodyFromDoc, docFromBody, imagesWithoutAlt } from './body-mapping.js';
import { editorChrome } from './chrome.js';
import { editorInputRules, editorKeys, insertBlock, insertBlockAt, keepSelectedBlocks } from './commands.js';
import { backToEditor, openEmbedDialog, openLinkDialog, openRelatedDialog } from './dialogs.js';
import { byId, clearAlert, clockOf, el, messagesOf } from './dom.js';
import { pageFields } from './fields.js';
import { imageFileHandlers } from './image-files.js';
import { deviceStorage, LocalDrafts } from './local-draft.js';
import { openMediaDialog, type PickedImage } from './media-dialog.js';
import { nodeViews } from './node-views.js';
import { cleanPastedHtml } from './paste.js';
import { offerLocalCopy } from './restore-prompt.js';
import { Saver } from './saver.js';
import { nodeTypes } from './schema.js';
import { wireToolbar } from './toolbar.js';
import { loadNotes, showFlash, wireWorkflow } from './workflow.js';

function start(): void {
  const data = document.getElementById('editor-data');
  if (!data?.textContent) return;
  const bootstrap = JSON.parse(data.textContent) as EditorBootstrap;
  const csrf = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
  const api = apiClient(csrf);
  const msg = messagesOf(bootstrap);
  const article = bootstrap.article;
  for (const hidden of Array.from(document.querySelectorAll<HTMLElement>('.ed-js-only')))
    hidden.hidden = false;

  // Addresses and headlines the node views show, known from the page or asked for once.
  const mediaUrls = new Map(Object.entries(bootstrap.mediaPreviews));
  const headlines = new Map(Object.entries(bootstrap.relatedHeadlines));
  const lookups = {
    msg,
    async mediaUrl(id: string) {
      if (!mediaUrls.has(id)) {
        const res = await fetch(`/api/v1/media/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
        mediaUrls.set(id, res.ok ? ((await res.json()) as { url: string }).url : '');
      }
      return mediaUrls.get(id) || null;
    },
    async headline(id: string) {
      if (!headlines.has(id)) {
        const res = await fetch(`/api/v1/articles/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
        headlines.set(id, res.ok ? ((await res.json()) as { headline: string }).headline : '');
      }
      return headlines.get(id) || null;
    },
  };

  const fields = pageFields(msg, article?.authors ?? []);
  let saver: Saver | null = null;
  const imageOf = (picked: PickedImage) => {
    mediaUrls.set(picked.mediaId, picked.previewUrl);
    const { mediaId, alt, caption, credit } = picked;
    return nodeTypes.image.create({ mediaId, alt, caption, credit });
  };
  const actions = {
    openLink: () => openLinkDialog(view),
    openEmbed: () => openEmbedDialog(view),
    openImage: () =>
      openMediaDialog({ api, msg }, (picked) => insertBlock(imageOf(picked))(view.state, view.dispatch), {
        afterClose: backToEditor(view),
      }),
    /** An image file pasted or dropped into the body: its texts asked for, then inserted there. */
    imageFile: (file: File, pos: number) =>
      openMediaDialog(
        { api, msg },
        (picked) => insertBlockAt(imageOf(picked), pos)(view.state, view.dispatch),
        { file, afterClose: backToEditor(view) },
      ),
    openRelated: () =>
      openRelatedDialog(view, {
        api,
        msg,
        language: bootstrap.language,
        selfId: saver?.id ?? null,
        remember: (id, headline) => headlines.set(id, headline),
      }),
  };

  const mount = byId('ed-body');
  const view: EditorView = new EditorView(mount, {
    state: EditorState.create({
      doc: docFromBody(article?.body ?? { type: 'doc', content: [] }),
      plugins: [
        // Slash menu, floating toolbar, side panel (ADR 0029): first, so the menu gets Enter and the arrows.
        ...editorChrome({ msg, actions, language: bootstrap.language }),
        editorInputRules(),
        keepSelectedBlocks(),
        keymap(editorKeys({ openLink: actions.openLink })),
        keymap(baseKeymap),
        history(),
        dropCursor(),
        gapCursor(),
      ],
    }),
    nodeViews: nodeViews(lookups),
    transformPastedHTML: cleanPastedHtml,
    ...imageFileHandlers(actions.imageFile),
    attributes: {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': 'ed-body-label',
      'aria-describedby': 'ed-shortcuts',
      spellcheck: 'true',
    },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      toolbar.update(view.state);
      if (tr.docChanged) saver?.changed();
    },
  });
  const toolbar = wireToolbar(view, actions);
  toolbar.update(view.state);

  const read = () => fields.read(bodyFromDoc(view.state.doc));
  const local = new LocalDrafts(deviceStorage(), article?.id ?? `new-${bootstrap.language}`);
  saver = new Saver(
    {
      api,
      msg,
      uiLanguage: bootstrap.uiLanguage,
      timeZone: bootstrap.timeZone,
      language: bootstrap.language,
      read,
      local,
      show(draft) {
        fields.write(draft);
        const doc = docFromBody(draft.body);
        view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content));
      },
      problem(draft) {
        if (draft.hero && !draft.hero.alt.trim()) {
          fields.checkHeroAlt();
          return msg('editor.hero.altMissing');
        }
        const [missing] = imagesWithoutAlt(draft.body);
        return missing ? msg('editor.image.altMissing', { n: missing }) : null;
      },
      created(created) {
        window.history.replaceState(null, '', `/newsroom/articles/${created.id}`);
        for (const section of Array.from(document.querySelectorAll<HTMLElement>('[data-after-create]')))
          section.hidden = false;
        if (!document.getElementById('ed-preview')) {
          const preview = el(
            'a',
            { class: 'button secondary', id: 'ed-preview', href: `/newsroom/articles/${created.id}/preview` },
            msg('editor.preview'),
          );
          byId('ed-save-status').before(preview);
        }
      },
      saved(stored) {
        // A held edit of a published article can now be published from here.
        const held = Boolean(stored.pendingRevision);
        const note = document.getElementById('ed-pending-note');
        if (note) note.hidden = !held;
        const publish = document.querySelector<HTMLElement>('[data-workflow="publish-pending"]');
        if (publish) publish.hidden = !held;
      },
    },
    article,
  );
  const activeSaver = saver;
  offerLocalCopy({
    local,
    msg,
    shown: read(),
    when: (iso) => clockOf(iso, bootstrap.uiLanguage, bootstrap.timeZone),
    restore: (copy) => void activeSaver.restore(copy),
    done: () => view.focus(),
  });

  const form = byId<HTMLFormElement>('editor-form');
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).closest('#ed-body')) return;
    fields.updateCounters();
    if ((event.target as HTMLElement).id === 'ed-hero-alt') fields.checkHeroAlt();
    activeSaver.changed();
  });
  form.addEventListener('change', () => activeSaver.changed());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearAlert();
    void activeSaver.save(true);
  });
  document.querySelector('[data-action="hero-choose"]')?.addEventListener('click', () =>
    openMediaDialog({ api, msg }, (picked) => {
      fields.setHero(
        { mediaId: picked.mediaId, alt: picked.alt, caption: picked.caption, credit: picked.credit },
        picked.previewUrl,
      );
      activeSaver.changed();
    }),
  );
  document.querySelector('[data-action="hero-remove"]')?.addEventListener('click', () => {
    fields.setHero(null, null);
    activeSaver.changed();
  });

  window.addEventListener('beforeunload', (event) => {
    if (!activeSaver.dirty) return;
    event.preventDefault();
    // Older browsers show the warning only when returnValue is set.
    event.returnValue = '';
  });

  wireWorkflow({
    api,
    msg,
    saver: activeSaver,
    uiLanguage: bootstrap.uiLanguage,
    read,
    ready() {
      const draft = read();
      const problem = draft.hero && !draft.hero.alt.trim();
      if (problem) fields.checkHeroAlt();
      return !problem;
    },
  });
  const publishAt = document.getElementById('ed-publish-at') as HTMLInputElement | null;
  if (publishAt && article?.publishAt) {
    // The scheduled time, in the browser's own time zone as the field shows it.
    const at = new Date(article.publishAt);
    publishAt.value = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }
  showFlash();
  if (article) void loadNotes(api, article.id, msg, bootstrap.uiLanguage, bootstrap.timeZone);
}

start();
