/**
 * Translates the comments of multilingual threads in the background (ADR 0027): every few
 * seconds one round of `translateDueComments`, never two at once. A failing provider is
 * logged once when it starts failing and once when it works again, not every round.
 * @example const job = startCommentTranslations({ db, mt, clock, log }); await job.stop();
 */
import { translateDueComments } from '../commands/comment-translations.js';
import type { Logger } from '../lib/logger.js';
import type { Db } from '../storage/db.js';
import type { Job } from './scheduled-publishing.js';

/** How long stopping waits for a round in flight (a provider may take its whole timeout). */
const STOP_WAIT_MS = 3000;

/** The newsroom's machine translation, as the round takes it. */
type Translation = Parameters<typeof translateDueComments>[0]['mt'];

export function startCommentTranslations(deps: {
  db: Db;
  mt: Translation;
  clock: () => Date;
  log: Logger;
  intervalMs?: number;
}): Job {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let failing = false;
  let stopped = false;
  const tick = () => {
    if (busy || stopped) return;
    busy = true;
    running = (async () => {
      try {
        const round = await translateDueComments({ db: deps.db, mt: deps.mt, now: deps.clock() });
        if (round.failure !== null && !failing)
          deps.log.warn('comment translations wait: the provider failed; trying again later', {
            provider: deps.mt.provider,
            error: round.failure,
            retried: round.retried,
          });
        if (round.failure === null && failing && round.done > 0)
          deps.log.info('comment translations go on: the provider answers again', { done: round.done });
        if (round.failure !== null) failing = true;
        else if (round.done > 0) failing = false;
      } catch (error) {
        if (!stopped) deps.log.error('comment translations failed', { error: String(error) });
      } finally {
        busy = false;
      }
    })();
  };
  tick();
  const timer = setInterval(tick, deps.intervalMs ?? 2000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.race([running, new Promise((done) => setTimeout(done, STOP_WAIT_MS).unref())]);
    },
  };
}
