/**
 * A fixed-window limit counted in memory, per key and overall, for calls whose only cost is
 * this instance's own work (a log line): nothing is written anywhere, memory stays bounded
 * (at most `maxKeys` keys per window; beyond that, unknown keys are refused until it ends).
 * Limits that must hold across instances live in the database (storage/repos/rate-limits.ts).
 * @example const limiter = windowLimiter({ perKey: 10, overall: 100, windowMs: 60_000 }); limiter.hit(ip, Date.now())
 */

export interface WindowLimiter {
  /** Counts one call of `key` at `nowMs`; false when the key or everyone is over the limit. */
  hit(key: string, nowMs: number): boolean;
}

export function windowLimiter(options: {
  perKey: number;
  overall: number;
  windowMs: number;
  maxKeys?: number;
}): WindowLimiter {
  const maxKeys = options.maxKeys ?? 10_000;
  let windowStart = Number.NEGATIVE_INFINITY;
  let total = 0;
  const counts = new Map<string, number>();
  return {
    hit(key, nowMs) {
      if (nowMs - windowStart >= options.windowMs || nowMs < windowStart) {
        windowStart = nowMs - (nowMs % options.windowMs);
        total = 0;
        counts.clear();
      }
      const count = counts.get(key);
      if (count === undefined && counts.size >= maxKeys) return false;
      const next = (count ?? 0) + 1;
      counts.set(key, next);
      if (next > options.perKey) return false;
      total += 1;
      return total <= options.overall;
    },
  };
}
