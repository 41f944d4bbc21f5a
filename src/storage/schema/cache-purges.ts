/** Row types of the cache purge requests (migration 0010, ADR 0018). */
import type { Generated } from 'kysely';

/** One purge asked for by an operator; every running server applies it once. */
export interface CachePurgesTable {
  id: Generated<number>;
  /** The page's path (`/en/`), or null for the whole cache. */
  path: string | null;
  requested_at: string;
}

export interface CachePurgesSchema {
  cache_purges: CachePurgesTable;
}
