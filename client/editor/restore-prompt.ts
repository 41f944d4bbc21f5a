/**
 * Opening an article when this device holds a copy of it the server never confirmed (the
 * network was down, the tab was closed): a question, "Restore the copy saved on this device
 * from 14:32?", with Restore and Discard. It is modal, as the answer decides what the editor
 * shows, and nothing typed meanwhile could be overwritten; closed without an answer it
 * restores, the choice that loses nothing (the server's text stays in the article's history).
 * @example offerLocalCopy({ local, msg, shown: read(), when, restore: (c) => saver.restore(c), done });
 */
import { el, type Msg } from './dom.js';
import type { LocalCopy, LocalDrafts } from './local-draft.js';
import type { Draft } from './merge.js';

export interface RestoreContext {
  local: LocalDrafts;
  msg: Msg;
  /** What the page shows now (the server's version). */
  shown: Draft;
  /** The time of a copy as the newsroom reads it ("14:32", or a date and time for an older one). */
  when(iso: string): string;
  restore(copy: LocalCopy): void;
  /** Called once answered, to put focus back into the editor. */
  done(): void;
}

/** Asks whether to restore this device's copy, when there is one that differs from the page. */
export function offerLocalCopy(context: RestoreContext): void {
  const { local, msg } = context;
  const found = local.latest();
  if (!found) return;
  if (JSON.stringify(found.copy.draft) === JSON.stringify(context.shown)) {
    // The server has exactly this already.
    local.forget();
    return;
  }
  local.hold(found.key);
  const question = el(
    'p',
    { id: 'ed-restore-question' },
    msg('editorcore.restore.question', { time: context.when(found.copy.savedAt) }),
  );
  const restore = el('button', { type: 'submit', value: 'restore' }, msg('editorcore.restore.restore'));
  const discard = el(
    'button',
    { type: 'submit', value: 'discard', class: 'secondary' },
    msg('editorcore.restore.discard'),
  );
  const form = el('form', { method: 'dialog', class: 'ed-restore' });
  const actions = el('div', { class: 'actions' });
  actions.append(restore, discard);
  form.append(question, actions);
  const dialog = el('dialog', { id: 'ed-restore-dialog', 'aria-labelledby': 'ed-restore-question' });
  dialog.append(form);
  document.body.append(dialog);
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  dialog.addEventListener(
    'close',
    () => {
      local.release();
      if (dialog.returnValue === 'discard') local.drop(found.key);
      else context.restore(found.copy);
      dialog.remove();
      context.done();
    },
    { once: true },
  );
  dialog.showModal();
  restore.focus();
}
