/**
 * Saving the article: debounced autosave of every change, a visible "Saved at …" status,
 * optimistic locking with the version the page last saw, and, on a 409, the merge: the
 * newer version is loaded, the differences are shown field by field, and the merged result
 * is saved against the newer version, so neither person's edit is lost. Edits to a
 * published article are held as a pending revision. Every change is also kept on this device
 * (local-draft.ts) until the server confirms it; when the network is down the status says so
 * and the save is tried again, later and later, and at once when the connection returns.
 * @example const saver = new Saver(deps, bootstrap.article); saver.changed();
 */
import type { Language } from '../../src/domain/languages.js';
import type { EditorArticle } from '../../src/render/newsroom/editor-view.js';
import { type Api, ApiError } from './api.js';
import { alertMessage, byId, type Msg, timeOf } from './dom.js';
import { draftOf, payloadOf } from './fields.js';
import type { LocalCopy, LocalDrafts } from './local-draft.js';
import { applyChoices, type Draft, mergeFields } from './merge.js';
import { askMerge } from './merge-dialog.js';

const AUTOSAVE_MS = 2000;
/** Retries after a failed save: 2 s, then twice as long each time, at most a minute. */
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 60_000;

/** True when a save failed because the server could not be reached (no answer at all). */
function unreachable(error: unknown): boolean {
  return !(error instanceof ApiError) && (error instanceof TypeError || !navigator.onLine);
}

export interface SaverDeps {
  api: Api;
  msg: Msg;
  uiLanguage: string;
  /** The newsroom's time zone, for "Saved at". */
  timeZone: string;
  language: Language;
  /** What the page shows now. */
  read(): Draft;
  /** Shows a draft in the form and the editor (after a merge). */
  show(draft: Draft): void;
  /** A reason the draft cannot be stored as it is (a missing alt text), or null. */
  problem(draft: Draft): string | null;
  /** Called after the first save created the article. */
  created(article: EditorArticle): void;
  /** Called after every save with the API's answer. */
  saved(article: EditorArticle): void;
  /** The copy kept on this device until the server has it. */
  local: LocalDrafts;
}

/** True when a new article has nothing in it worth creating yet. */
function isBlank(draft: Draft): boolean {
  return !draft.headline.trim() && !draft.lead.trim() && draft.body.content.length === 0 && !draft.hero;
}

export class Saver {
  id: string | null;
  status: string;
  private version: number;
  /** The stored version the page's edits started from: the base of a merge. */
  private base: Draft | null;
  /** What was last stored from this page, as JSON, to tell whether anything changed since. */
  private saved: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<boolean> | null = null;
  /** A merge the user dismissed: no more autosaves until they save by hand. */
  private conflictOpen = false;
  private retryMs = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly statusLine = byId('ed-save-status');

  constructor(
    private readonly deps: SaverDeps,
    article: EditorArticle | null,
  ) {
    this.id = article?.id ?? null;
    this.status = article?.status ?? 'draft';
    this.version = article?.version ?? 0;
    const shown = deps.read();
    this.base = article ? shown : null;
    this.saved = JSON.stringify(shown);
    window.addEventListener('online', () => {
      clearTimeout(this.retry);
      if (this.dirty && !this.conflictOpen) void this.save(false);
    });
  }

  /** The page shows a copy kept on this device: save it against the version it started from. */
  restore(copy: LocalCopy): Promise<boolean> {
    this.version = copy.baseVersion;
    if (copy.base) this.base = copy.base;
    this.deps.show(copy.draft);
    return this.save(true);
  }

  private keepLocally(draft: Draft): void {
    this.deps.local.keep({
      baseVersion: this.version,
      base: this.base,
      draft,
      savedAt: new Date().toISOString(),
    });
  }

  /** True while the page has edits that are not stored. */
  get dirty(): boolean {
    return JSON.stringify(this.deps.read()) !== this.saved;
  }

  /** Something on the page changed: schedule an autosave. */
  changed(): void {
    if (!this.dirty) return;
    this.keepLocally(this.deps.read());
    const offline = !navigator.onLine;
    this.setStatus(this.deps.msg(offline ? 'editorcore.offline' : 'editor.unsaved'), offline);
    clearTimeout(this.timer);
    if (this.conflictOpen) return;
    this.timer = setTimeout(() => void this.save(false), AUTOSAVE_MS);
  }

  /** Saves now if anything changed; true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.running) await this.running;
    if (!this.dirty && this.id) return true;
    return this.save(true);
  }

  /** Saves (one save at a time; a change during a save is saved right after). */
  save(byHand: boolean): Promise<boolean> {
    clearTimeout(this.timer);
    clearTimeout(this.retry);
    if (byHand) this.conflictOpen = false;
    const run = (this.running ?? Promise.resolve(true)).then(() => this.store(byHand));
    this.running = run.finally(() => {
      if (this.running === run) this.running = null;
    });
    return run;
  }

  private setStatus(text: string, error = false): void {
    this.statusLine.textContent = text;
    this.statusLine.classList.toggle('error', error);
  }

  private async store(byHand: boolean): Promise<boolean> {
    const draft = this.deps.read();
    const json = JSON.stringify(draft);
    if (json === this.saved && this.id) return true;
    if (!this.id && !byHand && isBlank(draft)) return true;
    const problem = this.deps.problem(draft);
    if (problem) {
      this.setStatus(this.deps.msg('editor.notSaved', { reason: problem }), true);
      return false;
    }
    this.setStatus(this.deps.msg('editor.saving'));
    try {
      const article = this.id
        ? await this.deps.api.json<EditorArticle>('PATCH', `/api/v1/articles/${this.id}`, {
            ...payloadOf(draft),
            version: this.version,
            ...(this.status === 'published' ? { hold: true } : {}),
          })
        : await this.deps.api.json<EditorArticle>('POST', '/api/v1/articles', {
            language: this.deps.language,
            ...payloadOf(draft),
          });
      const created = !this.id;
      if (created) this.deps.local.rename(article.id);
      this.id = article.id;
      this.version = article.version;
      this.status = article.status;
      this.base = draft;
      this.saved = json;
      this.retryMs = 0;
      // Confirmed: the copy on this device is no longer needed, unless edits came in meanwhile.
      if (this.dirty) this.keepLocally(this.deps.read());
      else this.deps.local.forget();
      this.setStatus(
        this.deps.msg('editor.savedAt', {
          time: timeOf(new Date(), this.deps.uiLanguage, this.deps.timeZone),
        }),
      );
      if (created) this.deps.created(article);
      this.deps.saved(article);
      // Edits made while this save was on its way are saved next.
      if (this.dirty) this.changed();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && this.id) return this.merge(draft);
      if (unreachable(error) || (error instanceof ApiError && error.status >= 500)) {
        this.retryLater();
        if (unreachable(error)) {
          this.setStatus(this.deps.msg('editorcore.offline'), true);
          return false;
        }
      }
      const reason = error instanceof Error ? error.message : String(error);
      this.setStatus(this.deps.msg('editor.notSaved', { reason }), true);
      return false;
    }
  }

  /** Tries the save again after a while that doubles each time (the copy here is kept meanwhile). */
  private retryLater(): void {
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs ? this.retryMs * 2 : RETRY_FIRST_MS);
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      if (this.dirty && !this.conflictOpen) void this.save(false);
    }, this.retryMs);
  }

  /** Someone saved since: merge with their version, then save the merge against it. */
  private async merge(mine: Draft): Promise<boolean> {
    const live = await this.deps.api.json<EditorArticle>('GET', `/api/v1/articles/${this.id}`);
    // A published article's newest edit may be the one held back from readers.
    const latest = live.pendingRevision
      ? await this.deps.api.json<EditorArticle>('GET', `/api/v1/articles/${this.id}/pending`)
      : live;
    const theirs = draftOf(latest);
    const differences = mergeFields(this.base ?? theirs, mine, theirs);
    this.setStatus(this.deps.msg('editor.conflict.title'), true);
    const choices =
      differences.length > 0 ? await askMerge(differences, mine, theirs, this.deps.msg) : new Map();
    if (!choices) {
      this.conflictOpen = true;
      this.setStatus(
        this.deps.msg('editor.notSaved', { reason: this.deps.msg('editor.conflict.title') }),
        true,
      );
      return false;
    }
    const merged = applyChoices(mine, theirs, differences, choices);
    this.version = live.version;
    this.status = live.status;
    this.base = theirs;
    this.saved = JSON.stringify(theirs);
    this.deps.show(merged);
    const stored = await this.store(true);
    if (stored) alertMessage(this.deps.msg('editor.conflict.merged'), 'ok');
    return stored;
  }
}
