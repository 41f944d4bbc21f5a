/**
 * The composition root: settings, database, migrations, app, jobs and the HTTP server are
 * wired here and nowhere else.
 * @example const server = await startServer(loadConfig(process.env)); await server.close();
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import type { Config } from './config.js';
import { loadDemo } from './demo/load-demo.js';
import { createApp } from './http/app.js';
import { gracefulStop } from './http/graceful-stop.js';
import { answerFromCache, createPageCache } from './http/page-cache.js';
import { observeRequests } from './http/request-log.js';
import { countingMailer, countingPageCache, createServerMetrics } from './http/server-metrics.js';
import { createMailer } from './integrations/mail.js';
import { machineTranslationFrom } from './integrations/mt-setup.js';
import { createEmbedMetadata } from './integrations/oembed.js';
import { startCachePurges } from './jobs/cache-purges.js';
import { startCommentTranslations } from './jobs/comment-translations.js';
import { startScheduledPublishing } from './jobs/scheduled-publishing.js';
import { startViewCounter } from './jobs/view-counter.js';
import { createLogger, disclosed, type Logger } from './lib/logger.js';
import { durabilityProblems, openDatabase, type Store } from './storage/db.js';
import { mediaFiles } from './storage/media-files.js';
import { migrateToLatest } from './storage/migrate.js';
import { countArticles } from './storage/repos/articles.js';
import { translationCacheIn } from './storage/repos/machine-translations.js';
import { ensureSearchIndex } from './storage/search.js';

/** A failure to start, reported as one line and a non-zero exit. */
export class StartupError extends Error {}

/** Opens the database the settings name and checks it keeps acknowledged writes. */
export async function openStore(config: Config, log?: Logger): Promise<Store> {
  let store: Store;
  try {
    store = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      sqliteMaxSizeMb: config.sqliteMaxSizeMb,
      onConnectionLost: (error) =>
        log?.warn('lost a database connection; the pool opens a new one', { error: error.message }),
    });
  } catch (error) {
    throw new StartupError(`database unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problems = await durabilityProblems(store);
  if (problems.length > 0) {
    await store.close();
    throw new StartupError(`refusing to start, acknowledged writes could be lost: ${problems.join('; ')}`);
  }
  return store;
}

export interface RunningServer {
  url: string;
  /**
   * Stops: no new connections, requests in flight finish (connections still open after
   * SHUTDOWN_TIMEOUT are cut and counted), jobs stop, buffered counts are written, the
   * database closes.
   */
  close(): Promise<{ cutConnections: number }>;
}

/** Starts everything and resolves once the server listens. */
export async function startServer(
  config: Config,
  options: { demo?: boolean; log?: Logger } = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const store = await openStore(config, log);
  let listening: { close(callback: () => void): void } | null = null;
  try {
    const applied = await migrateToLatest(store);
    if (applied.length > 0) log.info('migrated', { applied });
    if (!config.translation) log.info('no TRANSLATION_PROVIDER set: machine translation is off');
    if (!config.smtpUrl) log.info('no SMTP_URL set: emails are only written to this log, not sent');
    if ((await ensureSearchIndex(store.db)) > 0) log.info('built the search index of the published articles');
    const files = mediaFiles(join(config.dataDir, 'media'));
    const pageCache = createPageCache({ enabled: config.pageCache });
    const clock = () => new Date();
    // Counted always (a few additions a request); shown only where METRICS_TOKEN/METRICS_ADDRESSES allow.
    const metrics = createServerMetrics({ store, clock });
    const requests = observeRequests({ log, trustedProxies: config.trustedProxies, metrics });
    // The app is built once the port is known, so that PORT=0 prints the real address.
    let app: ReturnType<typeof createApp> | null = null;
    const listener = getRequestListener((request, env) =>
      app ? app.fetch(request, env) : new Response('starting', { status: 503 }),
    );
    // Cached pages are answered before any routing; everything else goes to the app.
    const server = createServer((req, res) => {
      stopper.admit(res);
      const id = requests.begin(req, res);
      const sent = answerFromCache(pageCache, req, res, ['x-request-id', id]);
      if (sent !== null) requests.answeredFromCache(req, sent);
      else {
        requests.toApp(req, res);
        void listener(req, res);
      }
    });
    const stopper = gracefulStop(server);
    await new Promise<void>((resolve, reject) => {
      server.listen(config.port, config.host, () => resolve());
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE')
          reject(new StartupError(`port ${config.port} on ${config.host} is already in use`));
        else if (error.code === 'EACCES')
          reject(new StartupError(`no permission to listen on ${config.host}:${config.port}`));
        else reject(new StartupError(`cannot listen on ${config.host}:${config.port}: ${error.message}`));
      });
    });
    listening = server;
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    const publicUrl = config.publicUrlExplicit
      ? config.publicUrl
      : config.publicUrl.replace(/:\d+$/, `:${port}`);
    if (options.demo !== false && (await countArticles(store.db)) === 0) {
      const loaded = await loadDemo({ db: store.db, files, now: new Date(), publicUrl });
      log.info('loaded the demo newsroom into the empty database', {
        articles: loaded.articles,
        media: loaded.media,
      });
      // Shown once on purpose: without it nobody could sign in to the demo newsroom.
      if (loaded.login)
        log.warn('demo newsroom login (shown once; change it under /newsroom/staff)', {
          email: disclosed(loaded.login.email),
          password: disclosed(loaded.login.password),
        });
    }
    // Purges asked for with `shortwave cache purge`, by any operator, for every instance;
    // where they stand is read before the app caches its first page.
    const purges = await startCachePurges({
      db: store.db,
      log,
      purge: (path) => (path === null ? pageCache.clear() : pageCache.purge(path)),
    });
    const machineTranslation = config.translation
      ? machineTranslationFrom(config.translation, { cache: translationCacheIn(store.db, clock) })
      : undefined;
    // Comments of multilingual threads, translated in the background (ADR 0027).
    const commentTranslations = machineTranslation
      ? startCommentTranslations({ db: store.db, mt: machineTranslation, clock, log })
      : null;
    // Reads from the beacon, counted in memory and written in batches.
    const readCounter = startViewCounter({ db: store.db, clock, log });
    app = createApp({
      store,
      files,
      publicUrl,
      timeZone: config.timeZone,
      clock,
      pageCache: countingPageCache(pageCache, (key) => requests.missed(key)),
      log,
      mailer: countingMailer(createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log }), metrics),
      embedMetadata: createEmbedMetadata({
        onFailure: (url, error) => log.debug('no embed metadata', { url, error: String(error) }),
      }),
      readCounter,
      trustedProxies: config.trustedProxies,
      uploadConcurrency: config.uploadConcurrency,
      metrics,
      metricsAccess: { token: config.metricsToken, addresses: config.metricsAddresses },
      draining: () => stopper.stopping,
      ...(machineTranslation ? { machineTranslation } : {}),
    });
    const job = startScheduledPublishing({ db: store.db, clock, log, onPublished: () => pageCache.clear() });
    return {
      url,
      async close() {
        const { cut } = await stopper.stop(config.shutdownTimeoutMs);
        if (cut > 0)
          log.error('stop deadline passed; cut the connections still open', {
            connections: cut,
            timeoutSeconds: config.shutdownTimeoutMs / 1000,
          });
        await job.stop();
        await commentTranslations?.stop();
        await purges.stop();
        metrics.stop();
        // Requests have finished: the reads still in memory are written before the database closes.
        await readCounter.stop().finally(() => store.close());
        return { cutConnections: cut };
      },
    };
  } catch (error) {
    const open = listening;
    if (open) await new Promise<void>((resolve) => open.close(() => resolve()));
    await store.close().catch(() => {});
    throw error;
  }
}
