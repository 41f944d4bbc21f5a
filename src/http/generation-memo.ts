/**
 * Values derived from what readers can see (sections, transparency settings), kept until the
 * page cache is next cleared: every change to them clears it, which ends these memos too.
 * @example const trustOf = generationMemo(deps.pageCache, (language) => resolvedTrustOf(db, language));
 */
import type { PageCache } from './page-cache.js';

export function generationMemo<K, V>(
  cache: Pick<PageCache, 'generation'>,
  load: (key: K) => Promise<V>,
): (key: K) => Promise<V> {
  let generation = cache.generation;
  const values = new Map<K, Promise<V>>();
  return (key) => {
    if (cache.generation !== generation) {
      values.clear();
      generation = cache.generation;
    }
    let value = values.get(key);
    if (!value) {
      const loading = load(key);
      value = loading;
      values.set(key, loading);
      // A failed load is not kept: the next call tries again.
      loading.catch(() => {
        if (values.get(key) === loading) values.delete(key);
      });
    }
    return value;
  };
}
