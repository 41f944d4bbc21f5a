/**
 * What the newsroom's comment pages share: a form's text fields, a datetime-local field as an
 * instant, a language with a fallback, and an HTML answer that is never stored.
 * @example const form = await formFields(c); const closesAt = instantField('closesAt', form.closesAt, zone);
 */
import type { Context } from 'hono';
import { DomainError } from '../domain/errors.js';
import { isLanguage, type Language } from '../domain/languages.js';
import { localToInstant } from '../lib/zoned-time.js';
import type { AppEnv } from './deps.js';

/** A newsroom page answered as HTML that no cache keeps. */
export const noStoreHtml = async (c: Context<AppEnv>, node: unknown, status: 200 | 400 | 404 = 200) => {
  c.header('Cache-Control', 'no-store');
  return c.html(await Promise.resolve(String(node ?? '')), status);
};

/** A form's text fields (files and repeated names are not used by these forms). */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** A datetime-local value as an ISO instant of the newsroom's zone; null when empty, a validation error when not a time. */
export function instantField(field: string, value: string | undefined, timeZone: string): string | null {
  if (!value?.trim()) return null;
  const instant = localToInstant(value, timeZone);
  if (!instant) throw new DomainError('validation_failed', 'This is not a date and time', field);
  return instant.toISOString();
}

/** The value when it is a language, else the fallback. */
export const languageOr = (value: unknown, fallback: Language): Language =>
  isLanguage(value) ? value : fallback;
