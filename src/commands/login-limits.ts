/**
 * The limits a login passes before its password is even checked, for staff and readers
 * alike: per address, per account and address, and a slower ceiling per account over all
 * addresses. They are checked in that order and an attempt counts against the next limit
 * only when the previous one let it through, so one address hammering an account fills its
 * own limits, not the account's ceiling: the owner, elsewhere, still gets in.
 * @example await checkLoginLimits(db, keys, LOGIN_LIMITS, now); // throws rate_limited
 */
import { rateLimited } from '../domain/errors.js';
import type { Db } from '../storage/db.js';
import { hitRateLimit, type RateLimit } from '../storage/repos/rate-limits.js';

export type LoginLimitKind = 'address' | 'accountAddress' | 'account';
const ORDER: readonly LoginLimitKind[] = ['address', 'accountAddress', 'account'];

/** Counts the attempt; throws `rate_limited` (with Retry-After seconds) at the first limit reached. */
export async function checkLoginLimits(
  db: Db,
  keys: Record<LoginLimitKind, string>,
  limits: Record<LoginLimitKind, RateLimit>,
  now: Date,
): Promise<void> {
  for (const kind of ORDER) {
    const hit = await hitRateLimit(db, keys[kind], limits[kind], now);
    if (!hit.allowed) throw rateLimited('Too many login attempts; try again later', hit.retryAfterSeconds);
  }
}
