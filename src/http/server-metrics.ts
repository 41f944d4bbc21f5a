/**
 * What the server counts for `GET /metrics`: requests by route pattern, method and status
 * class with their latency, page cache hits and misses, mail sent and failed; and, read when
 * scraped, queue lengths, the scheduled-publishing lag, database pool use, event-loop delay
 * and memory. Queue lengths and the lag are cheap COUNT/MIN queries at scrape time, not kept
 * in sync.
 * @example const metrics = createServerMetrics({ store, clock }); metrics.request('/:lang/', 'GET', 200, 0.004)
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Mailer } from '../integrations/mail.js';
import { createRegistry, type Registry } from '../lib/metrics.js';
import type { Store } from '../storage/db.js';
import { oldestDuePublishAt, queueLengths, sqliteFileBytes } from '../storage/repos/operations.js';
import type { PageCache } from './page-cache.js';

export interface ServerMetrics {
  readonly registry: Registry;
  /** One answered request: its route pattern (not the raw path), method, status and duration. */
  request(route: string, method: string, status: number, seconds: number): void;
  cacheHit(): void;
  cacheMiss(): void;
  mailSent(): void;
  mailFailed(): void;
  /** Stops watching the event loop. */
  stop(): void;
}

/** Latency buckets in seconds: cached pages answer well under a millisecond. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/** The metrics of one server over its store. */
export function createServerMetrics(sources: { store: Store; clock: () => Date }): ServerMetrics {
  const { store, clock } = sources;
  const registry = createRegistry();
  const requests = registry.counter('shortwave_http_requests_total', 'HTTP requests answered.', [
    'route',
    'method',
    'status_class',
  ]);
  const latency = registry.histogram(
    'shortwave_http_request_duration_seconds',
    'Time from a request arriving to its answer being handed to the socket.',
    ['route', 'status_class'],
    LATENCY_BUCKETS,
  );
  const cache = registry.counter('shortwave_page_cache_requests_total', 'Page cache lookups.', ['outcome']);
  const mail = registry.counter('shortwave_mail_total', 'Outgoing mail messages.', ['outcome']);
  registry.gauge('shortwave_queue_length', 'Items waiting for staff.', ['queue'], async () => {
    const q = await queueLengths(store.db);
    // The wire queue does not exist yet; its length joins here once it does.
    return [
      { labels: ['moderation'], value: q.moderationQueue },
      { labels: ['error_reports'], value: q.openErrorReports },
    ];
  });
  registry.gauge(
    'shortwave_scheduled_publish_lag_seconds',
    'How long the most overdue scheduled article has been waiting past its publish time (0: none).',
    [],
    async () => {
      const now = clock();
      const due = await oldestDuePublishAt(store.db, now);
      return [{ value: due ? Math.max(0, (now.getTime() - due.getTime()) / 1000) : 0 }];
    },
  );
  const poolUse = store.poolUse;
  if (poolUse)
    registry.gauge('shortwave_db_pool_connections', 'PostgreSQL pool connections.', ['state'], () => {
      const use = poolUse();
      return [
        { labels: ['total'], value: use.total },
        { labels: ['idle'], value: use.idle },
        { labels: ['waiting'], value: use.waiting },
      ];
    });
  else
    registry.gauge(
      'shortwave_db_sqlite_file_bytes',
      'Size of the SQLite database file in use.',
      [],
      async () => [{ value: await sqliteFileBytes(store.db) }],
    );
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  registry.gauge(
    'shortwave_event_loop_delay_seconds',
    'Event-loop delay since the previous scrape (quantile 1 is the maximum).',
    ['quantile'],
    () => {
      const samples = [
        { labels: ['0.5'], value: loop.percentile(50) / 1e9 },
        { labels: ['0.99'], value: loop.percentile(99) / 1e9 },
        { labels: ['1'], value: loop.max / 1e9 },
      ];
      loop.reset();
      return samples;
    },
  );
  registry.gauge('shortwave_process_memory_bytes', 'Memory of the server process.', ['kind'], () => {
    const m = process.memoryUsage();
    return [
      { labels: ['rss'], value: m.rss },
      { labels: ['heap_used'], value: m.heapUsed },
      { labels: ['heap_total'], value: m.heapTotal },
      { labels: ['external'], value: m.external },
    ];
  });
  return {
    registry,
    request(route, method, status, seconds) {
      const statusClass = STATUS_CLASSES[Math.floor(status / 100) - 1] ?? 'other';
      requests.inc([route, METHODS.has(method) ? method : 'OTHER', statusClass]);
      latency.observe(seconds, [route, statusClass]);
    },
    cacheHit: () => cache.inc(['hit']),
    cacheMiss: () => cache.inc(['miss']),
    mailSent: () => mail.inc(['sent']),
    mailFailed: () => mail.inc(['failed']),
    stop: () => loop.disable(),
  };
}

/** The same mailer, counting what it sent and what failed. */
export function countingMailer(mailer: Mailer, metrics: ServerMetrics): Mailer {
  return {
    async send(message) {
      try {
        await mailer.send(message);
        metrics.mailSent();
      } catch (error) {
        metrics.mailFailed();
        throw error;
      }
    },
  };
}

/**
 * The same page cache, telling `onMiss` of every lookup the app made that found nothing (the
 * server answers hits itself before the app, so the app's lookups are the misses).
 */
export function countingPageCache(cache: PageCache, onMiss: (key: string) => void): PageCache {
  return {
    get enabled() {
      return cache.enabled;
    },
    get generation() {
      return cache.generation;
    },
    get(key) {
      const page = cache.get(key);
      if (!page && cache.enabled) onMiss(key);
      return page;
    },
    set: (key, page) => cache.set(key, page),
    clear: () => cache.clear(),
    purge: (path) => cache.purge(path),
  };
}
