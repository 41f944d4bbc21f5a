/**
 * The copy of the article kept on this device until the server has confirmed it (ADR 0028):
 * every change is written to localStorage at once, under the article's id (or `new-<language>`
 * before the first save) and the version the edits started from, with that version's text as
 * the base of a later merge. A confirmed save removes it; a copy left behind (the network was
 * down, the tab was closed) is offered when the article is opened again.
 * @example const local = new LocalDrafts(window.localStorage, 'a1b2c3'); local.keep(copy);
 */
import type { Draft } from './merge.js';

const PREFIX = 'shortwave:draft:';

export interface LocalCopy {
  /** The stored version the edits started from. */
  baseVersion: number;
  /** That version's text, the base of a merge (null for an article not yet created). */
  base: Draft | null;
  /** What the page showed. */
  draft: Draft;
  /** When it was written (ISO 8601). */
  savedAt: string;
}

/** The storage key of a copy: `shortwave:draft:<article>@<base version>`. */
export function localKey(slot: string, baseVersion: number): string {
  return `${PREFIX}${slot}@${baseVersion}`;
}

function isCopy(value: unknown): value is LocalCopy {
  const copy = value as Partial<LocalCopy> | null;
  return (
    typeof copy === 'object' &&
    copy !== null &&
    typeof copy.baseVersion === 'number' &&
    typeof copy.savedAt === 'string' &&
    typeof copy.draft === 'object' &&
    copy.draft !== null
  );
}

export class LocalDrafts {
  /** The key of a copy offered to the user and not yet answered: never overwritten meanwhile. */
  private held: string | null = null;

  constructor(
    private readonly storage: Storage | null,
    private slot: string,
  ) {}

  private keys(): string[] {
    if (!this.storage) return [];
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(`${PREFIX}${this.slot}@`)) keys.push(key);
    }
    return keys;
  }

  private read(key: string): LocalCopy | null {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(key) ?? 'null');
      return isCopy(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** The newest copy of this article on this device, with its key. */
  latest(): { key: string; copy: LocalCopy } | null {
    let newest: { key: string; copy: LocalCopy } | null = null;
    for (const key of this.keys()) {
      const copy = this.read(key);
      if (copy && (!newest || copy.savedAt > newest.copy.savedAt)) newest = { key, copy };
    }
    return newest;
  }

  /** Keeps `key` (the copy being offered) untouched until `release`. */
  hold(key: string): void {
    this.held = key;
  }

  release(): void {
    this.held = null;
  }

  /** Writes the page's copy, replacing older ones of the article; false when the device refused. */
  keep(copy: LocalCopy): boolean {
    const key = localKey(this.slot, copy.baseVersion);
    if (!this.storage || key === this.held) return false;
    try {
      this.storage.setItem(key, JSON.stringify(copy));
    } catch {
      // Full or switched off: the server copy is then the only one, as before.
      return false;
    }
    for (const other of this.keys()) if (other !== key && other !== this.held) this.storage.removeItem(other);
    return true;
  }

  /** Removes one copy (the one the user discarded). */
  drop(key: string): void {
    this.storage?.removeItem(key);
  }

  /** Removes the article's copies (the server has confirmed, or the user discarded them). */
  forget(): void {
    for (const key of this.keys()) if (key !== this.held) this.storage?.removeItem(key);
  }

  /** The article got its id on its first save: its copies are kept under the id from now on. */
  rename(slot: string): void {
    this.forget();
    this.slot = slot;
  }
}

/** The browser's localStorage, or null where the page may not use it. */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
