/**
 * The one way times are shown to readers and the newsroom: the page's language, a long date
 * and a short time, in the newsroom's time zone (NEWSROOM_TIME_ZONE). The server's translator
 * and the comments island both format with it, so a comment posted from a browser in another
 * zone or locale reads exactly as the server would have written it.
 * @example formatDateTime('en', 'Europe/Zurich', '2022-09-22T08:00:00Z') // 'September 22, 2022 at 10:00 AM'
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${withTime ? 't' : 'd'}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(
      language,
      withTime ? { dateStyle: 'long', timeStyle: 'short', timeZone } : { dateStyle: 'long', timeZone },
    );
    formats.set(key, made);
  }
  return made;
}

/** A date and time (ISO 8601 in) as readers see it: long date, short time, the newsroom's zone. */
export function formatDateTime(language: string, timeZone: string, iso: string): string {
  return formatter(language, timeZone, true).format(new Date(iso));
}

/** A date without its time, in the same conventions. */
export function formatDate(language: string, timeZone: string, iso: string): string {
  return formatter(language, timeZone, false).format(new Date(iso));
}
