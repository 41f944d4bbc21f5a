/**
 * Where a `next`, `back` or `to` parameter may send the browser: only a path of this site
 * under a given section. Anything else (another host as `//host` or `https://host`, a
 * backslash that browsers read as a slash, control characters or white space, raw or
 * percent-encoded, which would also break the Location header) gives the safe default.
 * @example safeRedirectPath(c.req.query('next'), { within: '/newsroom', fallback: '/newsroom' })
 */

/** Characters no path we send people to has: controls, white space, backslash. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\\\s]/u;
/** The same, percent-encoded (a second decoding must not bring them back). */
const FORBIDDEN_ENCODED = /%(?:[01][0-9a-f]|20|7f|5c)/i;
const MAX_LENGTH = 2000;

export function safeRedirectPath(value: unknown, options: { within: string; fallback: string }): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return options.fallback;
  if (FORBIDDEN.test(value) || FORBIDDEN_ENCODED.test(value) || value.includes('//')) return options.fallback;
  const { within } = options;
  const under = value === within || value.startsWith(`${within}/`) || value.startsWith(`${within}?`);
  if (!value.startsWith('/') || !under) return options.fallback;
  // The last word goes to the URL parser browsers use: it must stay on this site.
  const base = 'http://site.invalid';
  return new URL(value, base).origin === base ? value : options.fallback;
}
