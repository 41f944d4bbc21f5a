/**
 * Fixed-window rate limits kept in the database, so that every instance counts together.
 * @example const hit = await hitRateLimit(db, `login:address:${ip}`, { limit: 20, windowSeconds: 900 }, now);
 */
import { sql } from 'kysely';
import type { Db } from '../db.js';

export interface RateLimit {
  /** How many hits a window allows. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitHit {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` and says whether it is within the limit. Atomic: one upsert
 * that starts a new window when the stored one has ended.
 */
export async function hitRateLimit(db: Db, key: string, limit: RateLimit, now: Date): Promise<RateLimitHit> {
  const windowMs = limit.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: start, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = ${start} then rate_limits.count + 1 else 1 end`,
        window_start: start,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  const allowed = count <= limit.limit;
  const ends = Date.parse(row.window_start) + windowMs;
  return {
    allowed,
    count,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((ends - now.getTime()) / 1000)),
  };
}

/** Forgets the hits of a key (after a successful login, for instance). */
export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Takes one hit back (a login that succeeded should not count against its address). */
export async function refundRateLimit(db: Db, key: string): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ count: sql<number>`count - 1` })
    .where('key', '=', key)
    .where('count', '>', 0)
    .execute();
}

/** Drops windows that ended before `before`; the table stays small. */
export async function pruneRateLimits(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before.toISOString()).execute();
}
