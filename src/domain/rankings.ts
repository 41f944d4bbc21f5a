/**
 * Rankings: which reads count, how they are bucketed by hour, and the windows "Popular
 * Stories" looks back over. Pure rules; the counting itself is in src/jobs/view-counter.ts.
 * @example isCountableUserAgent('Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0') // true
 */

export const RANKING_WINDOWS = ['24h', '7d'] as const;
export type RankingWindow = (typeof RANKING_WINDOWS)[number];

/** How many hour buckets each window spans: the current hour and those before it. */
export const WINDOW_HOURS: Record<RankingWindow, number> = { '24h': 24, '7d': 168 };

/** Reads older than this are deleted: nothing ranks over more than seven days. */
export const READS_KEPT_HOURS = 8 * 24;

const HOUR_MS = 3_600_000;

/** The hour bucket a moment falls in, as ISO text (`2026-11-20T09:00:00Z`); sorts as time does. */
export function hourOf(moment: Date): string {
  return `${moment.toISOString().slice(0, 13)}:00:00Z`;
}

/** The first hour bucket inside a window that ends now (the current hour counts as one). */
export function windowStart(now: Date, window: RankingWindow): string {
  return hourOf(new Date(now.getTime() - (WINDOW_HOURS[window] - 1) * HOUR_MS));
}

/** The UTC day of a moment (`2026-11-20`): readers are counted once per article and day. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * Fragments of user agents that are not people reading: search and AI crawlers, link
 * previews of chats and social networks, monitors, HTTP libraries and headless browsers.
 * Most crawlers call themselves "…bot" (Googlebot, GPTBot, Slackbot-…): that is one pattern,
 * which spares phones named "Cubot"; the others are named one by one.
 */
const NOT_A_READER = [
  'crawl', // crawler, Crawl
  'spider', // Baiduspider, Sogou web spider
  'slurp', // Yahoo
  'archiver', // ia_archiver
  'google-', // Google-InspectionTool, Google-Extended, Google-Read-Aloud
  'googleother',
  'mediapartners-google',
  'feedfetcher',
  'facebookexternalhit',
  'facebookcatalog',
  'meta-externalagent',
  'skypeuripreview',
  'embedly',
  'preview', // Quora Link Preview, BingPreview, ...
  'ia-archiver',
  'chatgpt',
  'anthropic',
  'claude',
  'perplexity',
  'cohere',
  'headless', // HeadlessChrome
  'phantomjs',
  'lighthouse',
  'pagespeed',
  'pingdom',
  'uptime',
  'monitor',
  'statuscake',
  'site24x7',
  'datadog',
  'newrelic',
  'validator',
  'feedly',
  'inoreader',
  'newsblur',
  'curl/',
  'wget',
  'python',
  'go-http-client',
  'java/',
  'okhttp',
  'axios',
  'node-fetch',
  'undici',
  'libwww',
  'scrapy',
  'httrack',
  'http_request',
  'httpclient',
] as const;

const NOT_A_READER_PATTERN = new RegExp(
  ['(?<!cu)bot(?![a-z])', ...NOT_A_READER.map((s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))].join('|'),
  'i',
);

/**
 * True when a user agent may be a person reading in a browser: every browser names itself
 * "Mozilla/5.0 …" (Opera's old "Opera/" too), and no fragment of a crawler or tool appears.
 */
export function isCountableUserAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.length > 1000) return false;
  if (!/^(Mozilla|Opera)\//.test(userAgent)) return false;
  return !NOT_A_READER_PATTERN.test(userAgent);
}

/**
 * True when a request was made ahead of a reader (prefetch or prerender): such a request is
 * not a read. Takes the values of `Sec-Purpose`, `Purpose` and `X-Moz` as sent.
 */
export function isSpeculative(...purposes: Array<string | null | undefined>): boolean {
  return purposes.some((value) => value !== undefined && value !== null && /prefetch|prerender/i.test(value));
}

/** One read as the beacon reports it; address and user agent serve only to recognise a repeat. */
export interface ReadSignal {
  articleId: string;
  /** The reader's network address (with any proxy chain); hashed, never stored. */
  address: string;
  userAgent: string;
}

/** What became of a read: counted, a repeat of today, not a reader, or dropped under load. */
export type ReadOutcome = 'counted' | 'repeat' | 'not_a_reader' | 'dropped';

/** Where the beacon hands reads to (the buffer of src/jobs/view-counter.ts). */
export interface ReadRecorder {
  record(read: ReadSignal, now: Date): ReadOutcome;
}

/** Read counts of one article in one hour, as buffered and as written. */
export interface HourlyReads {
  articleId: string;
  hour: string;
  reads: number;
}
