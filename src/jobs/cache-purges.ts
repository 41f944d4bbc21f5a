/**
 * Applies the cache purges operators ask for from the command line (ADR 0018): every second,
 * one indexed read of the purges past the last one seen. Purges asked for before the server
 * started are not applied (its cache started empty). A few ids below the newest are read again,
 * so that a purge whose insert commits late on PostgreSQL (ids are handed out before commit)
 * is not missed; applied ids are remembered, so none is applied twice.
 * @example const job = startCachePurges({ db, log, purge: (path) => (path ? cache.purge(path) : cache.clear()) });
 */
import type { Logger } from '../lib/logger.js';
import type { Db } from '../storage/db.js';
import { cachePurgesAfter, latestCachePurgeId } from '../storage/repos/cache-purges.js';
import type { Job } from './scheduled-publishing.js';

/** How many ids below the newest seen are read again. */
const LOOKBACK = 20;

/** Starts polling; `purge` gets the page's path, or null for every page. */
export function startCachePurges(deps: {
  db: Db;
  log: Logger;
  purge: (path: string | null) => void;
  intervalMs?: number;
}): Job {
  let newest: number | null = null;
  const applied = new Set<number>();
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        if (newest === null) {
          // At start: what is already there counts as applied.
          const latest = await latestCachePurgeId(deps.db);
          for (const row of await cachePurgesAfter(deps.db, Math.max(0, latest - LOOKBACK)))
            applied.add(row.id);
          newest = latest;
          return;
        }
        const floor = Math.max(0, newest - LOOKBACK);
        for (const row of await cachePurgesAfter(deps.db, floor)) {
          if (applied.has(row.id)) continue;
          applied.add(row.id);
          newest = Math.max(newest, row.id);
          deps.purge(row.path);
          deps.log.info('purged the page cache', { purge: row.id, path: row.path ?? 'every page' });
        }
        for (const id of applied) if (id <= floor) applied.delete(id);
      } catch (error) {
        deps.log.warn('could not read the cache purges', { error: String(error) });
      }
    });
  };
  tick();
  const timer = setInterval(tick, deps.intervalMs ?? 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
