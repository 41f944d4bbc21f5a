/**
 * Publishes scheduled articles when their time comes: once at start (so an article due while
 * the server was down goes out at once), then every few seconds.
 */
import { publishDueArticles } from '../commands/workflow.js';
import type { Logger } from '../lib/logger.js';
import type { Db } from '../storage/db.js';

export interface Job {
  stop(): Promise<void>;
}

export function startScheduledPublishing(deps: {
  db: Db;
  clock: () => Date;
  log: Logger;
  onPublished: (ids: string[]) => void;
  intervalMs?: number;
}): Job {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const ids = await publishDueArticles(deps.db, deps.clock());
        if (ids.length > 0) {
          deps.log.info('published scheduled articles', { ids });
          deps.onPublished(ids);
        }
      } catch (error) {
        deps.log.error('scheduled publishing failed', { error: String(error) });
      }
    });
  };
  tick();
  const timer = setInterval(tick, deps.intervalMs ?? 5000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
