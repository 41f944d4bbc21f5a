/**
 * The workflow buttons beside the editor, each a call to the staff API after the page's
 * edits are saved: submit for review, send back with a comment, schedule, publish,
 * unpublish, publish held changes. After a step the page reloads, so the buttons match the
 * new status; the outcome is shown there. Also lists the review notes. ("Translate into …" is
 * the page's plain form, which makes review state for every version: ADR 0024.)
 * @example wireWorkflow({ api, msg, saver, uiLanguage, language, draft })
 */
import type { EditorArticle } from '../../src/render/newsroom/editor-view.js';
import type { Api } from './api.js';
import { askSendBackComment } from './dialogs.js';
import { alertMessage, byId, dateTimeOf, el, type Msg } from './dom.js';
import type { Draft } from './merge.js';
import { imageGapText } from './publish-gaps.js';
import type { Saver } from './saver.js';

const FLASH = 'shortwave:editor:flash';

interface Context {
  api: Api;
  msg: Msg;
  saver: Saver;
  uiLanguage: string;
  read(): Draft;
  /** False (with the reason shown) when the page's fields are not ready to go further. */
  ready(): boolean;
}

/** Reloads the article's editor page, with a message shown there. */
function reloadWith(id: string, message: string): void {
  try {
    sessionStorage.setItem(FLASH, message);
  } catch {
    // Without storage the new page simply shows no message.
  }
  window.location.assign(`/newsroom/articles/${id}`);
}

/** Shows the message a previous step left for this page. */
export function showFlash(): void {
  let message: string | null = null;
  try {
    message = sessionStorage.getItem(FLASH);
    sessionStorage.removeItem(FLASH);
  } catch {
    message = null;
  }
  if (message) alertMessage(message, 'ok');
}

interface Note {
  kind?: string;
  text: string;
  createdAt: string;
  by?: string | { name?: string } | null;
}

/** Fills the review notes list. */
export async function loadNotes(
  api: Api,
  id: string,
  msg: Msg,
  uiLanguage: string,
  timeZone: string,
): Promise<void> {
  const list = document.getElementById('ed-notes');
  const none = document.getElementById('ed-notes-none');
  if (!list) return;
  try {
    const answer = await api.json<{ items: Note[] }>('GET', `/api/v1/articles/${id}/notes`);
    list.replaceChildren(
      ...answer.items.map((note) => {
        const by = typeof note.by === 'string' ? note.by : (note.by?.name ?? '');
        const li = el('li', { 'data-kind': note.kind ?? '' });
        li.append(
          el('p', { class: 'ed-note-text' }, note.text),
          el(
            'p',
            { class: 'muted' },
            msg('editor.notes.by', { name: by, time: dateTimeOf(note.createdAt, uiLanguage, timeZone) }),
          ),
        );
        return li;
      }),
    );
    if (none) none.hidden = answer.items.length > 0;
  } catch {
    // Notes are a help, not a condition: the page works without them.
  }
}

export function wireWorkflow(ctx: Context): void {
  const box = document.querySelector<HTMLElement>('.ed-workflow');
  if (box) box.hidden = false;

  const step = async (run: (id: string) => Promise<string | null>) => {
    if (!ctx.ready()) return;
    if (!(await ctx.saver.flush()) || !ctx.saver.id) return;
    try {
      const message = await run(ctx.saver.id);
      if (message !== null) reloadWith(ctx.saver.id, message);
    } catch (error) {
      alertMessage(
        imageGapText(ctx.msg, error) ??
          ctx.msg('editor.error', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  const actions: Record<string, (id: string) => Promise<string | null>> = {
    submit: async (id) => {
      await ctx.api.json('POST', `/api/v1/articles/${id}/submit`);
      return ctx.msg('editor.submitted');
    },
    'send-back': async (id) => {
      const comment = await askSendBackComment();
      if (comment === null) return null;
      await ctx.api.json('POST', `/api/v1/articles/${id}/send-back`, { comment });
      return ctx.msg('editor.sentBack');
    },
    publish: async (id) => {
      await ctx.api.json('POST', `/api/v1/articles/${id}/publish`);
      return ctx.msg('editor.published');
    },
    schedule: async (id) => {
      const input = byId<HTMLInputElement>('ed-publish-at');
      const when = input.value ? new Date(input.value) : null;
      if (!when || Number.isNaN(when.getTime())) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return null;
      }
      const current = await ctx.api.json<EditorArticle>('GET', `/api/v1/articles/${id}`);
      await ctx.api.json('PATCH', `/api/v1/articles/${id}`, {
        status: 'scheduled',
        publishAt: when.toISOString(),
        version: current.version,
      });
      return ctx.msg('editor.scheduled');
    },
    unpublish: async (id) => {
      await ctx.api.json('POST', `/api/v1/articles/${id}/unpublish`);
      return ctx.msg('editor.unpublished');
    },
    'publish-pending': async (id) => {
      await ctx.api.json('POST', `/api/v1/articles/${id}/pending/publish`);
      return ctx.msg('editor.pendingPublished');
    },
  };

  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-workflow]'))) {
    const run = actions[button.dataset.workflow ?? ''];
    if (!run) continue;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await step(run);
      } finally {
        button.disabled = false;
      }
    });
  }
}
