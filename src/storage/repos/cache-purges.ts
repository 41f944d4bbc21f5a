/**
 * Cache purge requests: written by the command line, read by every running server (ADR 0018).
 * @example const { id } = await insertCachePurge(db, { path: '/en/', requestedAt: now.toISOString() });
 */
import type { Db } from '../db.js';

export interface CachePurgeRow {
  id: number;
  path: string | null;
}

/** Records a purge of one page (by path) or of every page (null); answers its id. */
export async function insertCachePurge(
  db: Db,
  input: { path: string | null; requestedAt: string },
): Promise<{ id: number }> {
  const row = await db
    .insertInto('cache_purges')
    .values({ path: input.path, requested_at: input.requestedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id) };
}

/** Forgets purges asked for before the given time; answers how many. */
export async function pruneCachePurges(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('cache_purges').where('requested_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The id of the newest purge, 0 when there is none. */
export async function latestCachePurgeId(db: Db): Promise<number> {
  const row = await db
    .selectFrom('cache_purges')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Purges with an id above `after`, oldest first (at most `limit`): one range read on the key. */
export async function cachePurgesAfter(db: Db, after: number, limit = 100): Promise<CachePurgeRow[]> {
  const rows = await db
    .selectFrom('cache_purges')
    .select(['id', 'path'])
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: Number(row.id), path: row.path }));
}
