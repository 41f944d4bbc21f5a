/**
 * A pinned story leaves its home when the pin expires, but a cached home does not change by
 * itself: the home route hands over the soonest expiry it depends on, and the page cache is
 * cleared at that moment (on every instance that cached such a home, as each one renders it).
 * @example const clearAt = cacheClearsAtExpiry(deps); clearAt('2026-11-29T18:00:00.000Z');
 */
import type { AppDeps } from './deps.js';

/** setTimeout's longest delay; a later expiry is waited for in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** Timers may fire a little early against the wall clock; the expiry must have passed. */
const MARGIN_MS = 20;

export function cacheClearsAtExpiry(
  deps: Pick<AppDeps, 'pageCache' | 'clock'>,
): (expiresAt: string | null) => void {
  const pending = new Set<string>();
  return (expiresAt) => {
    if (!expiresAt || pending.has(expiresAt)) return;
    const delay = Date.parse(expiresAt) - deps.clock().getTime();
    if (!(delay > 0)) return;
    pending.add(expiresAt);
    const timer = setTimeout(
      () => {
        pending.delete(expiresAt);
        deps.pageCache.clear();
      },
      Math.min(delay + MARGIN_MS, MAX_DELAY_MS),
    );
    timer.unref();
  };
}
