/**
 * Row type of the rate limit counters (migration 0006): one fixed window per key.
 * @example const count: LimitsSchema['rate_limits']['count'] = 3;
 */

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

/** The rate limit tables by name. */
export interface LimitsSchema {
  rate_limits: RateLimitsTable;
}
