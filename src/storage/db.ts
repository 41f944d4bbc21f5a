/**
 * The one data layer over both databases: the embedded SQLite file (default) and
 * PostgreSQL (`DATABASE_URL`). Only this folder knows SQL.
 * @example const store = await openDatabase({ dataDir: './data' }); await migrateToLatest(store);
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Schema } from './schema/database.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Schema>;
  dialect: DialectName;
  /** Where the SQLite file lives; null on PostgreSQL. */
  sqlitePath: string | null;
  /** The PostgreSQL pool's connections (for metrics); absent on SQLite. */
  poolUse?: () => { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export type Db = Kysely<Schema>;

/** Opens the database the settings name: PostgreSQL when a URL is given, else SQLite in `dataDir`. */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** The most the SQLite file may grow to, in MiB (none when not given). */
  sqliteMaxSizeMb?: number | undefined;
  /** Told of a PostgreSQL connection the server dropped; the pool replaces it by itself. */
  onConnectionLost?: ((error: Error) => void) | undefined;
}): Promise<Store> {
  if (options.databaseUrl)
    return openPostgres(options.databaseUrl, { onConnectionLost: options.onConnectionLost });
  mkdirSync(options.dataDir, { recursive: true });
  return openSqlite(join(options.dataDir, 'shortwave.db'), { maxSizeMb: options.sqliteMaxSizeMb });
}

/**
 * Opens (or creates) an SQLite file in WAL mode with full sync and foreign keys. With
 * `maxSizeMb` the file grows no further (`max_page_count`): a write past it fails as on a full
 * disk (SQLITE_FULL), and works again once deleted rows have freed pages.
 */
export function openSqlite(path: string, options: { maxSizeMb?: number | undefined } = {}): Store {
  const raw = new SqliteDatabase(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  if (options.maxSizeMb !== undefined) {
    const pageSize = Number(raw.pragma('page_size', { simple: true }));
    raw.pragma(`max_page_count = ${Math.max(1, Math.floor((options.maxSizeMb * 1024 * 1024) / pageSize))}`);
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return {
    db,
    dialect: 'sqlite',
    sqlitePath: path,
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query anew; preparing costs more than running a small indexed query,
 * so prepared statements are kept by their SQL text (bounded). Queries run one at a time on
 * this connection and read all rows at once, so reusing a statement is safe.
 */
function withStatementCache(raw: SqliteDatabase.Database, max = 500) {
  const statements = new Map<string, KyselyStatement>();
  return {
    close: () => raw.close(),
    prepare(text: string) {
      // Some failures (SQLITE_FULL, SQLITE_IOERR) make SQLite roll the transaction back itself;
      // Kysely's own rollback would then fail and hide the error that says what happened.
      if (text === 'rollback' && !raw.inTransaction) return NOTHING_TO_ROLL_BACK;
      let statement = statements.get(text);
      if (!statement) {
        statement = fastRows(raw.prepare(text));
        if (statements.size >= max) statements.delete(statements.keys().next().value as string);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/** What Kysely's SQLite driver uses of a statement. */
interface KyselyStatement {
  readonly reader: boolean;
  all(parameters: ReadonlyArray<unknown>): unknown[];
  run(parameters: ReadonlyArray<unknown>): { changes: number; lastInsertRowid: number | bigint };
  iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown>;
}

const NOTHING_TO_ROLL_BACK: KyselyStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

/**
 * Rows as plain objects of one shape per statement. better-sqlite3 builds each row object key by
 * key, which leaves a row of many columns a slow dictionary; reading the values as an array and
 * building the object from a literal made for the statement's columns is twice as fast, and so
 * is every later read of the row's fields. The same keys as better-sqlite3 gives, in the same
 * order (a later column of the same name wins, as there).
 */
function fastRows(statement: SqliteDatabase.Statement): KyselyStatement {
  if (!statement.reader) return statement;
  let names: string[];
  try {
    names = statement.columns().map((c) => c.name);
  } catch {
    return statement;
  }
  if (names.includes('__proto__')) return statement;
  const fields = names.map((name, i) => `${JSON.stringify(name)}: r[${i}]`).join(', ');
  const rowOf = new Function('r', `return { ${fields} };`) as (values: unknown[]) => unknown;
  statement.raw(true);
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(rowOf),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const values of statement.iterate(parameters)) yield rowOf(values as unknown[]);
    },
  };
}

/**
 * Opens a pool to a PostgreSQL server; fails fast when it does not answer. A connection the
 * server drops (restart, failover, `pg_terminate_backend`) fails only the queries on it; the
 * pool throws it away and opens a new one for the next.
 */
export async function openPostgres(
  url: string,
  options: { onConnectionLost?: ((error: Error) => void) | undefined } = {},
): Promise<Store> {
  // COUNT(*) and other int8 values arrive as strings by default; our counts fit a number.
  // Loaded only here: a site on SQLite starts without the PostgreSQL driver.
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle connection the server closes: the pool has already dropped it.
  pool.on('error', (error) => options.onConnectionLost?.(error));
  // A connection lost while checked out (in a transaction, between two queries) emits 'error'
  // on the client, where the pool listens only while it is idle: unheard, that event would end
  // the process. The queries on it fail by themselves, and the pool does not take back a client
  // that is no longer queryable. Those queries' own failures say what happened.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  return {
    db,
    dialect: 'postgres',
    sqlitePath: null,
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

/**
 * Settings that could lose a write the server has acknowledged; empty when there are none.
 * The server refuses to start when this lists anything.
 */
export async function durabilityProblems(store: Store): Promise<string[]> {
  const problems: string[] = [];
  if (store.dialect === 'sqlite') {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    if (mode.rows[0]?.journal_mode !== 'wal')
      problems.push(`SQLite journal_mode is ${mode.rows[0]?.journal_mode}, not wal`);
    if (sync.rows[0]?.synchronous !== 2)
      problems.push(`SQLite synchronous is ${sync.rows[0]?.synchronous}, not FULL (2)`);
    if (fk.rows[0]?.foreign_keys !== 1) problems.push('SQLite foreign keys are off');
  } else {
    const fsync = await sql<{ fsync: string }>`show fsync`.execute(store.db);
    const commit = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(store.db);
    if (fsync.rows[0]?.fsync !== 'on') problems.push('PostgreSQL fsync is off');
    if (commit.rows[0]?.synchronous_commit === 'off') problems.push('PostgreSQL synchronous_commit is off');
  }
  return problems;
}

/** True when the database answers a trivial query. */
export async function isHealthy(store: Store): Promise<boolean> {
  try {
    await sql`select 1`.execute(store.db);
    return true;
  } catch {
    return false;
  }
}
