/**
 * Settings from the environment, parsed once at start. A bad setting stops the server with
 * a one-line reason.
 * @example const config = loadConfig(process.env)
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './lib/logger.js';
import { parseTrustedProxies, type TrustedProxies } from './lib/trusted-proxies.js';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The absolute base of printed URLs; when not set, the address the server listens on. */
  publicUrl: string;
  publicUrlExplicit: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: LogLevel;
  timeZone: string;
  pageCache: boolean;
  /** The most the SQLite file may grow to, in MiB; past it writes are refused as on a full disk. */
  sqliteMaxSizeMb: number | undefined;
  /** How long a stop (SIGTERM) may take, in milliseconds, before open connections are cut. */
  shutdownTimeoutMs: number;
  /** Reverse proxies whose `X-Forwarded-For` names the client; none unless set. */
  trustedProxies: TrustedProxies;
  /** Image uploads processed at once; more wait briefly, then get 503. */
  uploadConcurrency: number;
  /** The bearer token `GET /metrics` asks for; with neither this nor `metricsAddresses`, /metrics is off. */
  metricsToken: string | undefined;
  /** The client addresses and networks allowed to read `GET /metrics`. */
  metricsAddresses: TrustedProxies | undefined;
}

const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Shortwave <newsroom@localhost>'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NEWSROOM_TIME_ZONE: z
    .string()
    .default('Europe/Zurich')
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'is not a known time zone'),
  PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  SQLITE_MAX_SIZE_MB: z.coerce.number().positive().max(1_000_000).optional(),
  SHUTDOWN_TIMEOUT: z.coerce.number().positive().max(3600).default(10),
  TRUSTED_PROXIES: z.string().optional(),
  UPLOAD_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_ADDRESSES: z.string().optional(),
});

/** Reads the settings; throws an Error whose message names the bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const values = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(values);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`bad setting ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  const e = result.data;
  let trustedProxies: TrustedProxies;
  try {
    trustedProxies = parseTrustedProxies(e.TRUSTED_PROXIES);
  } catch (error) {
    throw new Error(`bad setting TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)}`);
  }
  let metricsAddresses: TrustedProxies | undefined;
  try {
    metricsAddresses = parseTrustedProxies(e.METRICS_ADDRESSES);
    if (metricsAddresses.kind === 'hops') throw new Error('list addresses or networks, not a count');
  } catch (error) {
    throw new Error(
      `bad setting METRICS_ADDRESSES: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const publicHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (
      e.PUBLIC_URL ?? `http://${publicHost.includes(':') ? `[${publicHost}]` : publicHost}:${e.PORT}`
    ).replace(/\/+$/, ''),
    publicUrlExplicit: e.PUBLIC_URL !== undefined,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    timeZone: e.NEWSROOM_TIME_ZONE,
    pageCache: e.PAGE_CACHE === 'on',
    sqliteMaxSizeMb: e.SQLITE_MAX_SIZE_MB,
    shutdownTimeoutMs: Math.round(e.SHUTDOWN_TIMEOUT * 1000),
    trustedProxies,
    uploadConcurrency: e.UPLOAD_CONCURRENCY,
    metricsToken: e.METRICS_TOKEN,
    metricsAddresses: metricsAddresses.kind === 'none' ? undefined : metricsAddresses,
  };
}
