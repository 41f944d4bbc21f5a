/**
 * The reader site's page cache: finished pages in memory, keyed by path and language,
 * bounded in entries, dropped as a whole whenever published content changes.
 * @example cache.get(key) ?? cache.set(key, page)
 */
export interface CachedPage {
  status: number;
  body: string;
  etag: string;
  contentType: string;
  headers: Record<string, string>;
}

export interface PageCache {
  readonly enabled: boolean;
  get(key: string): CachedPage | undefined;
  set(key: string, page: CachedPage): void;
  /** Forgets every page; called after any change to what readers can see. */
  clear(): void;
}

/** A cache of at most `maxEntries` pages (least recently used go first). */
export function createPageCache(options: { enabled: boolean; maxEntries?: number }): PageCache {
  const max = options.maxEntries ?? 5000;
  const pages = new Map<string, CachedPage>();
  return {
    enabled: options.enabled,
    get(key) {
      if (!options.enabled) return undefined;
      const page = pages.get(key);
      if (page) {
        pages.delete(key);
        pages.set(key, page);
      }
      return page;
    },
    set(key, page) {
      if (!options.enabled) return;
      pages.set(key, page);
      if (pages.size > max) {
        const oldest = pages.keys().next().value;
        if (oldest !== undefined) pages.delete(oldest);
      }
    },
    clear() {
      pages.clear();
    },
  };
}
