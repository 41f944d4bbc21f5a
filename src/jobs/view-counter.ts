/**
 * The read counter behind the beacon: counts in memory, writes in batches. A read costs a
 * hash and two map lookups; the database sees one upsert per article and hour bucket every
 * `flushIntervalMs`, and a last one on a clean shutdown (`stop()`).
 *
 * A reader is recognised without cookies and without storing addresses: the address and user
 * agent are hashed together with the article and a random salt that exists only in this
 * process's memory and is replaced every UTC day, and only those hashes of the current day
 * are kept (in memory), to count a reader once per article and day. Nothing that identifies a
 * reader is written anywhere. Several instances each keep their own hashes, so a reader sent
 * to two of them on one day may count twice; rankings tolerate that.
 * @example const counter = startViewCounter({ db, clock, log }); counter.record(read, now); await counter.stop();
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  dayOf,
  type HourlyReads,
  hourOf,
  isCountableUserAgent,
  READS_KEPT_HOURS,
  type ReadOutcome,
  type ReadRecorder,
  type ReadSignal,
} from '../domain/rankings.js';
import type { Logger } from '../lib/logger.js';
import type { Db } from '../storage/db.js';
import { addReads, pruneReads } from '../storage/repos/rankings.js';

export interface ViewCounter extends ReadRecorder {
  /** Writes the buffered counts now; answers how many reads were written. */
  flush(): Promise<number>;
  /** Reads counted in memory and not yet written. */
  pending(): number;
  /** Stops the timer and writes what is buffered (the clean-shutdown path). */
  stop(): Promise<void>;
}

export interface ViewCounterOptions {
  db: Db;
  clock: () => Date;
  log: Logger;
  /** How often buffered counts are written (20 s by default); 0 turns the timer off (tests). */
  flushIntervalMs?: number;
  /** At most this many article-and-hour counts wait in memory; reads beyond are dropped until a flush. */
  maxPendingKeys?: number;
  /** At most this many reader hashes are remembered per day; the oldest go first. */
  maxSeen?: number;
}

const HOUR_MS = 3_600_000;

/** Builds the counter and starts its flush timer. */
export function startViewCounter(options: ViewCounterOptions): ViewCounter {
  const maxPendingKeys = options.maxPendingKeys ?? 50_000;
  const maxSeen = options.maxSeen ?? 200_000;
  // Keyed by `${articleId} ${hour}`; article ids hold no space.
  let buffer = new Map<string, number>();
  let pendingReads = 0;
  let day = '';
  let salt = randomBytes(0);
  const seen = new Set<string>();
  let lastPrune = 0;
  let flushing: Promise<number> = Promise.resolve(0);

  const rotate = (today: string) => {
    // A new day: a new salt, and yesterday's hashes are forgotten (they could not match anyway).
    day = today;
    salt = randomBytes(32);
    seen.clear();
  };

  const record = (read: ReadSignal, now: Date): ReadOutcome => {
    if (!isCountableUserAgent(read.userAgent)) return 'not_a_reader';
    const today = dayOf(now);
    if (today !== day) rotate(today);
    const hash = createHash('sha256')
      .update(salt)
      .update(`${read.address}\n${read.userAgent}\n${read.articleId}`)
      .digest('base64url')
      .slice(0, 22);
    if (seen.has(hash)) return 'repeat';
    const key = `${read.articleId} ${hourOf(now)}`;
    const count = buffer.get(key);
    if (count === undefined && buffer.size >= maxPendingKeys) return 'dropped';
    buffer.set(key, (count ?? 0) + 1);
    pendingReads += 1;
    seen.add(hash);
    if (seen.size > maxSeen) {
      const oldest = seen.values().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
    return 'counted';
  };

  const write = async (): Promise<number> => {
    if (buffer.size === 0) return 0;
    const taken = buffer;
    const takenReads = pendingReads;
    buffer = new Map();
    pendingReads = 0;
    const counts: HourlyReads[] = [...taken].map(([key, reads]) => {
      const [articleId = '', hour = ''] = key.split(' ');
      return { articleId, hour, reads };
    });
    try {
      const written = await addReads(options.db, counts);
      const now = options.clock();
      if (now.getTime() - lastPrune >= HOUR_MS) {
        lastPrune = now.getTime();
        await pruneReads(options.db, new Date(now.getTime() - READS_KEPT_HOURS * HOUR_MS));
      }
      return written;
    } catch (error) {
      // Not written: the counts go back into the buffer for the next try.
      for (const [key, reads] of taken) buffer.set(key, (buffer.get(key) ?? 0) + reads);
      pendingReads += takenReads;
      options.log.error('writing read counts failed; kept for the next try', { error: String(error) });
      throw error;
    }
  };

  // One write at a time, in order; a failed write does not stop the next.
  const flush = (): Promise<number> => {
    const next = flushing.catch(() => 0).then(write);
    flushing = next;
    return next;
  };

  const interval = options.flushIntervalMs ?? 20_000;
  const timer =
    interval > 0
      ? setInterval(() => {
          flush().catch(() => {});
        }, interval)
      : null;
  timer?.unref();

  return {
    record,
    flush,
    pending: () => pendingReads,
    async stop() {
      if (timer) clearInterval(timer);
      await flush();
    },
  };
}
