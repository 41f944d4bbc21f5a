/**
 * The whole HTTP app in-process over a fresh database, with one staff user and token per
 * role. Requests go through `app.request()`, without a socket; `fromAddress` gives one a
 * connection address as the Node server would (`app.request(path, init, fromAddress(ip))`).
 */
import { join } from 'node:path';
import { addStaffUser, createApiToken } from '../../src/commands/staff.js';
import type { Role } from '../../src/domain/policy.js';
import { createApp } from '../../src/http/app.js';
import type { AppDeps } from '../../src/http/deps.js';
import { createPageCache } from '../../src/http/page-cache.js';
import type { Mailer, MailMessage } from '../../src/integrations/mail.js';
import { createLogger, type Logger } from '../../src/lib/logger.js';
import type { DialectName } from '../../src/storage/db.js';
import { mediaFiles } from '../../src/storage/media-files.js';
import { freshStore, type TestStore } from './databases.js';

export const PUBLIC_URL = 'http://shortwave.test';

/** The password of every staff user testApp creates (`<role>@shortwave.test`). */
export const STAFF_PASSWORD = 'correct horse battery staple';

export interface TestApp extends TestStore {
  app: ReturnType<typeof createApp>;
  tokens: Record<Role, string>;
  /** Mail the app sent (when no other mailer was given). */
  outbox: MailMessage[];
  /** A JSON request as a staff member of `role`. */
  api(
    role: Role | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** Moves the app's clock. */
  setNow(now: Date): void;
}

/** The environment a request made in-process gets to come from `address`, like a socket's. */
export function fromAddress(address: string): { incoming: { socket: { remoteAddress: string } } } {
  return { incoming: { socket: { remoteAddress: address } } };
}

export async function testApp(
  dialect: DialectName,
  options: {
    pageCache?: boolean;
    embedMetadata?: AppDeps['embedMetadata'];
    mailer?: Mailer;
    trustedProxies?: AppDeps['trustedProxies'];
    uploadConcurrency?: number;
    readCounter?: AppDeps['readCounter'];
    /** Where the app logs (silent when absent). */
    log?: Logger;
    metrics?: AppDeps['metrics'];
    metricsAccess?: AppDeps['metricsAccess'];
    draining?: AppDeps['draining'];
    machineTranslation?: AppDeps['machineTranslation'];
  } = {},
): Promise<TestApp> {
  const base = await freshStore(dialect);
  let now = new Date('2026-11-20T09:00:00Z');
  const files = mediaFiles(join(base.dir, 'media'));
  const outbox: MailMessage[] = [];
  const app = createApp({
    store: base.store,
    files,
    publicUrl: PUBLIC_URL,
    timeZone: 'Europe/Zurich',
    clock: () => now,
    pageCache: createPageCache({ enabled: options.pageCache ?? true }),
    log: options.log ?? createLogger('silent'),
    // SMTP is a third party's service; in-process tests keep what would be sent.
    mailer: options.mailer ?? { send: async (message) => void outbox.push(message) },
    embedMetadata: options.embedMetadata,
    trustedProxies: options.trustedProxies,
    uploadConcurrency: options.uploadConcurrency,
    readCounter: options.readCounter,
    metrics: options.metrics,
    metricsAccess: options.metricsAccess,
    draining: options.draining,
    machineTranslation: options.machineTranslation,
  });
  const tokens = {} as Record<Role, string>;
  for (const role of ['contributor', 'editor', 'moderator', 'admin'] as const) {
    await addStaffUser(
      base.store.db,
      { email: `${role}@shortwave.test`, name: `The ${role}`, role, password: STAFF_PASSWORD },
      now,
    );
    tokens[role] = (await createApiToken(base.store.db, { email: `${role}@shortwave.test` }, now)).token;
  }
  return {
    ...base,
    app,
    tokens,
    outbox,
    setNow: (value) => {
      now = value;
    },
    api: (role, method, path, body, headers = {}) =>
      Promise.resolve(
        app.request(path, {
          method,
          headers: {
            ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      ),
  };
}
