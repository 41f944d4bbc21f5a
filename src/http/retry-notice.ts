/**
 * What a person held back by a limit reads: when to try again, as a time of day in their
 * language and as minutes from now.
 * @example retryNotice(t, 'abuse.login.paused', 840, now) // '… paused until 20 November 2026 at 10:15 (about 14 min) …'
 */
import type { Translator } from '../i18n/catalogue.js';

export function retryNotice(
  t: Translator,
  key: 'abuse.login.paused' | 'abuse.tooMany',
  retryAfterSeconds: number,
  now: Date,
): string {
  const seconds = Math.max(1, retryAfterSeconds);
  // Rounded up to the next minute, so that the time shown is never before the limit ends.
  const at = new Date(Math.ceil((now.getTime() + seconds * 1000) / 60_000) * 60_000);
  return t.t(key, { time: t.dateTime(at.toISOString()), minutes: Math.max(1, Math.ceil(seconds / 60)) });
}
