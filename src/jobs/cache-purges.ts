/**
 * Applies the cache purges operators ask for from the command line (ADR 0018): every second,
 * one indexed read of the purges past the last one seen. Purges asked for before the server
 * started are not applied: the newest id is read before the app serves, so the cache was
 * empty then. A few ids below the newest are read again, so that a purge whose insert commits
 * late on PostgreSQL (ids are handed out before commit) is not missed; applied ids are
 * remembered, so none is applied twice.
 * @example const job = await startCachePurges({ db, log, purge: (path) => (path ? cache.purge(path) : cache.clear()) });
 */
import type { Logger } from '../lib/logger.js';
import type { Db } from '../storage/db.js';
import { cachePurgesAfter, latestCachePurgeId } from '../storage/repos/cache-purges.js';
import type { Job } from './scheduled-publishing.js';

/** How many ids below the newest seen are read again. */
const LOOKBACK = 20;

/**
 * Reads where the purges stand, then polls; `purge` gets the page's path, or null for every
 * page. Start it before the app serves its first page.
 */
export async function startCachePurges(deps: {
  db: Db;
  log: Logger;
  purge: (path: string | null) => void;
  intervalMs?: number;
}): Promise<Job> {
  const applied = new Set<number>();
  // While the database is out of reach, one warning, not one a second.
  let failing = false;
  const failed = (error: unknown) => {
    if (!failing) deps.log.warn('could not read the cache purges', { error: String(error) });
    failing = true;
  };
  // Unknown at start (the database did not answer): every purge still kept is applied once.
  let newest = 0;
  try {
    newest = await latestCachePurgeId(deps.db);
    for (const row of await cachePurgesAfter(deps.db, Math.max(0, newest - LOOKBACK))) applied.add(row.id);
  } catch (error) {
    failed(error);
  }
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const floor = Math.max(0, newest - LOOKBACK);
        for (const row of await cachePurgesAfter(deps.db, floor)) {
          if (applied.has(row.id)) continue;
          applied.add(row.id);
          newest = Math.max(newest, row.id);
          deps.purge(row.path);
          deps.log.info('purged the page cache', { purge: row.id, path: row.path ?? 'every page' });
        }
        for (const id of applied) if (id <= floor) applied.delete(id);
        if (failing) deps.log.info('reading the cache purges again');
        failing = false;
      } catch (error) {
        failed(error);
      }
    });
  };
  const timer = setInterval(tick, deps.intervalMs ?? 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
