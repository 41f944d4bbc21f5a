/**
 * The security headers of every answer, in three sets: reader pages, newsroom pages, and
 * data (API JSON, feeds, media, scripts). One static Content-Security-Policy per set, with no
 * per-request nonce: scripts are files of our own origin ('self'), inline style sheets are
 * allowed by hash (src/render/inline-styles.ts), so a page from the page cache (or a CDN)
 * carries exactly the bytes and headers of a fresh one. Players of privacy-first embeds may be
 * framed from the hosts the embed registry names; a page with a Mastodon post adds that host.
 * Violations are reported to POST /csp-report (src/http/routes/site/csp-report.ts): by `report-uri`,
 * and over https also by the Reporting API (`report-to`). Chromium sends Reporting API reports
 * only from https pages, and ignores `report-uri` once `report-to` is there, so a site on plain
 * http names `report-uri` alone, and its reports still arrive.
 * @example const headers = securityHeaders('https://news.example'); makePage({ base: headers.reader, ... })
 */
import { createHash } from 'node:crypto';
import { FRAME_ORIGINS } from '../domain/embeds.js';
import { NEWSROOM_STYLE_SHEETS, READER_STYLE_SHEETS } from '../render/inline-styles.js';

export type HeaderSet = Readonly<Record<string, string>>;

/** Where browsers send violation reports (both the `report-uri` and the Reporting API kind). */
export const CSP_REPORT_PATH = '/csp-report';
/** The Reporting API endpoint name the policies' `report-to` names. */
const REPORT_GROUP = 'csp';

/** How long browsers keep to https once they saw it: a year. */
const HSTS = 'max-age=31536000';

const sha256 = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const READER_STYLES = READER_STYLE_SHEETS.map(sha256);
const NEWSROOM_STYLES = NEWSROOM_STYLE_SHEETS.map(sha256);

/** The sets of headers an app answers with; built once at boot from the public address. */
export interface SecurityHeaders {
  /** Reader pages: framed by our own pages only (SAMEORIGIN). */
  reader: HeaderSet;
  /** Newsroom pages: never framed (DENY). */
  newsroom: HeaderSet;
  /** Everything that is not an HTML page: nothing may load or run in it, nothing frames it. */
  data: HeaderSet;
  /** A page's set with players also framed from these origins (https://host only; others are left out). */
  framing(set: 'reader' | 'newsroom', origins: readonly string[]): HeaderSet;
  /** The set for a request path: newsroom, data (API, media, assets, reports, health) or reader. */
  forPath(path: string): HeaderSet;
}

type Directives = Record<string, readonly string[]>;

const policyOf = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/** The policy of an HTML page; frames: where embed players may come from. */
function pageDirectives(
  styles: readonly string[],
  ancestors: string,
  frames: readonly string[],
  reportTo: boolean,
): Directives {
  return {
    'default-src': ["'self'"],
    // Every script is a file of ours; JSON-LD and the editor's data are data blocks, not scripts.
    'script-src': ["'self'"],
    // Inline sheets by hash; `style=""` attributes stay blocked (pages use classes instead).
    'style-src': ["'self'", ...styles],
    'img-src': ["'self'"],
    // frame-src alone (CSP 3): child-src would also govern workers, which stay 'self' this way.
    'frame-src': frames.length > 0 ? frames : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': [ancestors],
    'report-uri': [CSP_REPORT_PATH],
    ...(reportTo ? { 'report-to': [REPORT_GROUP] } : {}),
  };
}

const ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;

/** Builds the three sets; HSTS only when the public address is https. */
export function securityHeaders(publicUrl: string): SecurityHeaders {
  const https = publicUrl.startsWith('https:');
  const transport: Record<string, string> = https ? { 'strict-transport-security': HSTS } : {};
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    ...transport,
  };
  const page = (
    styles: readonly string[],
    ancestors: string,
    frameOptions: string,
    frames: readonly string[],
  ) => ({
    ...common,
    'content-security-policy': policyOf(pageDirectives(styles, ancestors, frames, https)),
    ...(https ? { 'reporting-endpoints': `${REPORT_GROUP}="${CSP_REPORT_PATH}"` } : {}),
    'x-frame-options': frameOptions,
    'cross-origin-opener-policy': 'same-origin',
    // Powerful features no page of ours uses; what embed players ask for (fullscreen,
    // autoplay, picture-in-picture) stays delegable through their iframe's `allow`.
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  });
  const reader = (frames: readonly string[]) => page(READER_STYLES, "'self'", 'SAMEORIGIN', frames);
  const newsroom = (frames: readonly string[]) => page(NEWSROOM_STYLES, "'none'", 'DENY', frames);
  const sets = {
    reader: reader(FRAME_ORIGINS),
    newsroom: newsroom(FRAME_ORIGINS),
    data: {
      ...common,
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
    },
  };
  return {
    ...sets,
    framing(set, origins) {
      const extra = origins.filter((origin) => ORIGIN.test(origin) && !FRAME_ORIGINS.includes(origin));
      if (extra.length === 0) return sets[set];
      const frames = [...FRAME_ORIGINS, ...new Set(extra)];
      return set === 'reader' ? reader(frames) : newsroom(frames);
    },
    forPath(path) {
      if (path === '/newsroom' || path.startsWith('/newsroom/')) return sets.newsroom;
      if (DATA_PREFIXES.some((prefix) => path.startsWith(prefix)) || path === CSP_REPORT_PATH)
        return sets.data;
      return sets.reader;
    },
  };
}

const DATA_PREFIXES = ['/api/', '/media/', '/assets/', '/healthz'];
