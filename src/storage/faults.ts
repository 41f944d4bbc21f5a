/**
 * Which failures of the database or the disk are faults of the moment rather than bugs: a
 * dropped or refused database connection (a failover, a restart, `pg_terminate_backend`, a
 * lock held too long) is `unavailable`, a full disk or database is `storage_full`. Only this
 * folder knows the drivers' error shapes; the transport maps the kind to an answer.
 * @example storageFaultOf(error) // 'unavailable' for PostgreSQL 57P01 or "Connection terminated"
 */

/** A failure that is no bug of ours: the same request may work a moment (or some space) later. */
export type StorageFault = 'unavailable' | 'storage_full';

/** PostgreSQL SQLSTATE codes of a connection lost, refused or cut by the server's operator. */
const PG_UNAVAILABLE = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, in recovery
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
  '53200', // out_of_memory
  '40001', // serialization_failure: the same transaction succeeds when tried again
  '40P01', // deadlock_detected: likewise
  '25006', // read_only_sql_transaction: a standby answered during a failover
]);

/** PostgreSQL SQLSTATE codes of a disk or quota that has no room left. */
const PG_FULL = new Set(['53100']);

/** Operating system error codes of a network path to the database that broke. */
const NETWORK_ERRNO = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Operating system error codes of a disk with no room left (for this user). */
const FULL_ERRNO = new Set(['ENOSPC', 'EDQUOT']);

/** What the pg driver says when a connection dies under it, or none can be had in time. */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Postgres connection has been discarded/,
  /^Query read timeout/,
];

/** The kind of fault an error is, or null when it is not one (a bug, bad input, a closed store). */
export function storageFaultOf(error: unknown): StorageFault | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const kind = faultOfOne(e as Error & { code?: unknown });
    if (kind) return kind;
    e = (e as Error & { cause?: unknown }).cause;
  }
  return null;
}

function faultOfOne(error: Error & { code?: unknown }): StorageFault | null {
  const code = typeof error.code === 'string' ? error.code : '';
  // better-sqlite3: SQLITE_FULL (disk or max_page_count), SQLITE_BUSY / SQLITE_LOCKED after busy_timeout.
  if (code === 'SQLITE_FULL') return 'storage_full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'unavailable';
  if (FULL_ERRNO.has(code) || PG_FULL.has(code)) return 'storage_full';
  if (NETWORK_ERRNO.has(code) || PG_UNAVAILABLE.has(code) || code.startsWith('08')) return 'unavailable';
  if (PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(error.message))) return 'unavailable';
  return null;
}
