/**
 * Settings from the environment, parsed once at start. ONE table (`SETTINGS`) names every
 * variable the program reads, with its default, a line of help and its parser: `loadConfig`,
 * `shortwave --help`, `shortwave config check` and the README's table all come from it.
 * A bad setting stops the server with a one-line reason.
 * @example const config = loadConfig(process.env)
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { isLanguage, LANGUAGES, type Language } from './domain/languages.js';
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
  /** The machine-translation provider; none: machine translation is off (ADR 0023). */
  translation: TranslationSettings | undefined;
}

/** The providers `TRANSLATION_PROVIDER` names. */
export const TRANSLATION_PROVIDERS = ['apertium', 'libretranslate', 'deepl'] as const;
export type TranslationProviderName = (typeof TRANSLATION_PROVIDERS)[number];

/** Where machine translation comes from, as the settings say. */
export interface TranslationSettings {
  provider: TranslationProviderName;
  url: string | undefined;
  key: string | undefined;
  pivot: Language | undefined;
}

/** One environment variable: how it is parsed, its default and what it is for. */
interface Setting<S extends z.ZodType> {
  schema: S;
  /** The value when the variable is unset or empty, written as in the environment. */
  default?: string;
  /** What the help shows as the default when there is no literal one. */
  shown?: string;
  help: string;
  /** Holds a password or token: never printed. */
  secret?: boolean;
}

const setting = <S extends z.ZodType>(s: Setting<S>): Setting<S> => s;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Every setting the program reads, in the order the help lists them. One entry per variable. */
export const SETTINGS = {
  HOST: setting({ schema: z.string().min(1), default: '127.0.0.1', help: 'address the server listens on' }),
  PORT: setting({
    schema: z.coerce.number().int().min(0).max(65535),
    default: '3000',
    help: 'port the server listens on (0: any free port)',
  }),
  DATA_DIR: setting({ schema: z.string().min(1), default: './data', help: 'SQLite file and media files' }),
  DATABASE_URL: setting({
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    shown: '(none: SQLite)',
    help: 'postgres://… runs the same product on PostgreSQL',
    secret: true,
  }),
  PUBLIC_URL: setting({
    schema: z.url({ protocol: /^https?$/ }).optional(),
    shown: 'http://HOST:PORT',
    help: 'absolute base of every URL the site prints',
  }),
  SMTP_URL: setting({
    schema: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    shown: '(none: mail is logged)',
    help: 'outgoing mail server, smtp://user:pass@host:port',
    secret: true,
  }),
  MAIL_FROM: setting({
    schema: z.string(),
    default: 'Shortwave <newsroom@localhost>',
    help: 'sender of outgoing mail',
  }),
  LOG_LEVEL: setting({ schema: z.enum(LOG_LEVELS), default: 'info', help: LOG_LEVELS.join(', ') }),
  NEWSROOM_TIME_ZONE: setting({
    schema: z.string().refine(isTimeZone, 'is not a known time zone'),
    default: 'Europe/Zurich',
    help: 'time zone of the dates readers see',
  }),
  PAGE_CACHE: setting({
    schema: z.enum(['on', 'off']),
    default: 'on',
    help: 'off renders every page afresh (for benchmarks)',
  }),
  SQLITE_MAX_SIZE_MB: setting({
    schema: z.coerce.number().positive().max(1_000_000).optional(),
    shown: '(none)',
    help: 'the most the SQLite file may grow to, in MiB',
  }),
  SHUTDOWN_TIMEOUT: setting({
    schema: z.coerce.number().positive().max(3600),
    default: '10',
    help: 'seconds a stop may take before open connections are cut',
  }),
  TRUSTED_PROXIES: setting({
    schema: z
      .string()
      .optional()
      .transform((value, ctx) => {
        try {
          return parseTrustedProxies(value);
        } catch (error) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: error instanceof Error ? error.message : String(error),
          });
          return z.NEVER;
        }
      }),
    shown: '(none)',
    help: 'proxies whose X-Forwarded-For names the client: a hop count or addresses/networks',
  }),
  UPLOAD_CONCURRENCY: setting({
    schema: z.coerce.number().int().min(1).max(16),
    default: '2',
    help: 'images decoded at once (1-16)',
  }),
  METRICS_TOKEN: setting({
    schema: z.string().min(16, 'must be at least 16 characters').optional(),
    shown: '(none)',
    help: 'bearer token GET /metrics asks for (at least 16 characters)',
    secret: true,
  }),
  METRICS_ADDRESSES: setting({
    schema: z
      .string()
      .optional()
      .transform((value, ctx) => {
        try {
          const parsed = parseTrustedProxies(value);
          if (parsed.kind === 'hops') throw new Error('list addresses or networks, not a count');
          return parsed.kind === 'none' ? undefined : parsed;
        } catch (error) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: error instanceof Error ? error.message : String(error),
          });
          return z.NEVER;
        }
      }),
    shown: '(none)',
    help: 'addresses/networks allowed to read GET /metrics (off when neither this nor METRICS_TOKEN)',
  }),
  TRANSLATION_PROVIDER: setting({
    schema: z.enum(TRANSLATION_PROVIDERS).optional(),
    shown: '(none: off)',
    help: `machine translation: ${TRANSLATION_PROVIDERS.join(', ')}`,
  }),
  TRANSLATION_URL: setting({
    schema: z.url({ protocol: /^https?$/ }).optional(),
    shown: '(none)',
    help: 'address of the APY or LibreTranslate server (DeepL: its API by the key)',
  }),
  TRANSLATION_KEY: setting({
    schema: z.string().min(1).optional(),
    shown: '(none)',
    help: 'API key of LibreTranslate or DeepL',
    secret: true,
  }),
  TRANSLATION_PIVOT: setting({
    schema: z
      .string()
      .refine(isLanguage, `must be one of ${LANGUAGES.join(', ')}`)
      .optional(),
    shown: '(none)',
    help: 'language a missing pair goes through (es: en -> es -> pt)',
  }),
};

/** The translation settings, or why they do not go together (a provider without its URL or key). */
export function translationSettingsOf(
  e: Pick<
    SettingValues,
    'TRANSLATION_PROVIDER' | 'TRANSLATION_URL' | 'TRANSLATION_KEY' | 'TRANSLATION_PIVOT'
  >,
): { settings: TranslationSettings | undefined } | { problem: SettingProblem } {
  const provider = e.TRANSLATION_PROVIDER;
  if (!provider) return { settings: undefined };
  const needs: Record<TranslationProviderName, 'TRANSLATION_URL' | 'TRANSLATION_KEY'> = {
    apertium: 'TRANSLATION_URL',
    libretranslate: 'TRANSLATION_URL',
    deepl: 'TRANSLATION_KEY',
  };
  const missing = needs[provider];
  if (e[missing] === undefined)
    return { problem: { name: missing, message: `is needed when TRANSLATION_PROVIDER is ${provider}` } };
  return {
    settings: {
      provider,
      url: e.TRANSLATION_URL,
      key: e.TRANSLATION_KEY,
      pivot: e.TRANSLATION_PIVOT as Language | undefined,
    },
  };
}

export type SettingName = keyof typeof SETTINGS;

/** The parsed value of every setting, by name. */
export type SettingValues = { [K in SettingName]: z.output<(typeof SETTINGS)[K]['schema']> };

/** What is wrong with one setting. */
export interface SettingProblem {
  name: SettingName;
  message: string;
  /** The value given (absent for secret settings). */
  value?: string | undefined;
}

/**
 * Parses every setting on its own, so that all bad ones are found at once; `values` holds
 * the good ones (a bad one is missing).
 */
export function parseSettings(env: NodeJS.ProcessEnv): {
  values: Partial<SettingValues>;
  problems: SettingProblem[];
} {
  const values: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const [name, entry] of Object.entries(SETTINGS) as Array<[SettingName, Setting<z.ZodType>]>) {
    const raw = env[name];
    const result = entry.schema.safeParse(raw !== undefined && raw !== '' ? raw : entry.default);
    if (result.success) values[name] = result.data;
    else {
      const message = result.error.issues[0]?.message ?? 'invalid';
      problems.push({ name, message, ...(entry.secret ? {} : { value: raw }) });
    }
  }
  return { values: values as Partial<SettingValues>, problems };
}

/** The settings as the help lists them: name, default and what it is for, one line each. */
export function settingsHelp(): string {
  const rows = (Object.entries(SETTINGS) as Array<[string, Setting<z.ZodType>]>).map(([name, s]) => [
    name,
    s.default ?? s.shown ?? '',
    s.help,
  ]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows
    .map(([name, shown, help]) =>
      `  ${name?.padEnd(widths[0] ?? 0)}  ${shown?.padEnd(widths[1] ?? 0)}  ${help}`.trimEnd(),
    )
    .join('\n');
}

/** Reads the settings; throws an Error whose message names the (first) bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const { values, problems } = parseSettings(env);
  const translation = problems.length === 0 ? translationSettingsOf(values as SettingValues) : undefined;
  const problem = problems[0] ?? (translation && 'problem' in translation ? translation.problem : undefined);
  if (problem) throw new Error(`bad setting ${problem.name}: ${problem.message}`);
  return configFrom(values as SettingValues);
}

/** The program's view of settings that all parsed. */
function configFrom(e: SettingValues): Config {
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
    trustedProxies: e.TRUSTED_PROXIES,
    uploadConcurrency: e.UPLOAD_CONCURRENCY,
    metricsToken: e.METRICS_TOKEN,
    metricsAddresses: e.METRICS_ADDRESSES,
    translation: (translationSettingsOf(e) as { settings?: TranslationSettings }).settings,
  };
}
