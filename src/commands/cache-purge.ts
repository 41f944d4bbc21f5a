/**
 * Asks every running server to drop its cached pages, or one page: the request is stored,
 * each server picks it up within about a second (src/jobs/cache-purges.ts, ADR 0018).
 * @example await requestCachePurge(db, { path: '/en/' }, new Date())
 */
import { DomainError } from '../domain/errors.js';
import type { Db } from '../storage/db.js';
import { insertCachePurge, pruneCachePurges } from '../storage/repos/cache-purges.js';

/** Requests older than this are deleted when a new one is made: servers apply them in seconds. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const MAX_PATH = 2048;

/**
 * The cache key of a page as an operator names it: a path (`/en/`, with or without a query)
 * or a whole URL of the site (its path is taken). Throws a validation error otherwise.
 */
export function purgePathOf(input: string): string {
  const text = input.trim();
  let path = text;
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      path = `${url.pathname}${url.search}`;
    } catch {
      throw new DomainError('validation_failed', `${text} is not a URL`, 'key');
    }
  }
  if (
    !path.startsWith('/') ||
    path.length > MAX_PATH ||
    /\s/.test(path) ||
    [...path].some((ch) => ch.charCodeAt(0) < 0x20)
  )
    throw new DomainError(
      'validation_failed',
      `${JSON.stringify(input)} is not a page path (like /en/) or a URL of the site`,
      'key',
    );
  return path;
}

/** Stores a purge of one page (its path) or of every page (null); answers its id. */
export async function requestCachePurge(
  db: Db,
  input: { path: string | null },
  now: Date,
): Promise<{ id: number; path: string | null }> {
  const path = input.path === null ? null : purgePathOf(input.path);
  const { id } = await insertCachePurge(db, { path, requestedAt: now.toISOString() });
  await pruneCachePurges(db, new Date(now.getTime() - KEEP_MS).toISOString());
  return { id, path };
}
