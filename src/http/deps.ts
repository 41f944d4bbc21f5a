/**
 * What the HTTP app is built from; everything is passed in by the composition root.
 */
import type { Hono } from 'hono';
import type { EmbedMeta } from '../domain/embeds.js';
import type { ReadRecorder } from '../domain/rankings.js';
import type { ReaderSession } from '../domain/readers.js';
import type { StaffUser } from '../domain/staff.js';
import type { MachineTranslation } from '../integrations/machine-translation.js';
import type { Mailer } from '../integrations/mail.js';
import type { Logger } from '../lib/logger.js';
import type { TrustedProxies } from '../lib/trusted-proxies.js';
import type { Store } from '../storage/db.js';
import type { MediaFiles } from '../storage/media-files.js';
import type { PageCache } from './page-cache.js';
import type { ServerMetrics } from './server-metrics.js';

export interface AppDeps {
  store: Store;
  files: MediaFiles;
  /** The absolute base of every URL the site prints, without a trailing slash. */
  publicUrl: string;
  timeZone: string;
  clock: () => Date;
  pageCache: PageCache;
  log: Logger;
  /** Outgoing email (SMTP, or the log when no SMTP_URL is set). */
  mailer: Mailer;
  /** Title and author of embedded posts and videos (src/integrations/oembed.ts); when absent, none are fetched. */
  embedMetadata?: (url: string) => Promise<EmbedMeta | null>;
  /** Machine translation for the newsroom (src/integrations/machine-translation.ts); off when absent. */
  machineTranslation?: MachineTranslation;
  /** Where the read beacon counts (src/jobs/view-counter.ts); when absent, reads are not counted. */
  readCounter?: ReadRecorder;
  /** Reverse proxies whose `X-Forwarded-For` names the client (src/http/client-address.ts); none when absent. */
  trustedProxies?: TrustedProxies;
  /** Image uploads processed at once (src/http/upload-gate.ts); 2 when absent. */
  uploadConcurrency?: number;
  /** What `GET /metrics` shows (src/http/server-metrics.ts); without it, /metrics is not found. */
  metrics?: ServerMetrics;
  /** Who may read /metrics: a bearer token and/or client addresses; /metrics is off without either. */
  metricsAccess?: MetricsAccess;
  /** True once the server is stopping (SIGTERM): /readyz answers 503. */
  draining?: () => boolean;
}

export interface MetricsAccess {
  token?: string | undefined;
  addresses?: TrustedProxies | undefined;
}

export interface AppEnv {
  Variables: {
    staff: StaffUser | null;
    /** The CSRF token of the newsroom session; null for bearer tokens and readers. */
    csrf: string | null;
    /** The client's address (src/http/client-address.ts). */
    clientAddress: string;
    /** The reader of the session cookie, looked up once on first use (src/http/middleware/reader-session.ts). */
    readerSession: () => Promise<ReaderSession | null>;
    /** The request's id, echoed in X-Request-Id (src/http/request-id.ts). */
    requestId: string;
  };
}

export type App = Hono<AppEnv>;
