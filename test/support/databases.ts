/**
 * Fresh databases for tests, one per test file and dialect: an SQLite file in a temp folder,
 * and a PostgreSQL database on the server named by TEST_DATABASE_URL, or, when none is
 * configured, an in-memory PGlite (real PostgreSQL compiled to WebAssembly).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { type DialectName, openPostgres, openSqlite, type Store } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import type { Schema } from '../../src/storage/schema/database.js';

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export interface TestStore {
  store: Store;
  /** A folder of this test's own (media files, SQLite file). */
  dir: string;
  cleanup(): Promise<void>;
}

/** Where the PostgreSQL tests run: the real server, or PGlite when none is configured. */
export const postgresTarget = process.env.TEST_DATABASE_URL ? 'server' : 'pglite';

async function freshPostgres(): Promise<{ store: Store; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = new Kysely<Schema>({ dialect: new PGliteDialect({ pglite: new PGlite() }) });
    return {
      store: { db, dialect: 'postgres', sqlitePath: null, close: () => db.destroy() },
      drop: async () => {},
    };
  }
  const created = await freshPostgresUrl();
  if (!created) throw new Error('unreachable: TEST_DATABASE_URL is set');
  const store = await openPostgres(created.url);
  return { store, drop: created.drop };
}
/** A new, migrated, empty database of the dialect. */
export async function freshStore(dialect: DialectName): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), `sw-${dialect}-`));
  if (dialect === 'sqlite') {
    const store = openSqlite(join(dir, 'test.db'));
    await migrateToLatest(store);
    return {
      store,
      dir,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { store, drop } = await freshPostgres();
  await migrateToLatest(store);
  return {
    store,
    dir,
    cleanup: async () => {
      await store.close();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A new, empty PostgreSQL database on the configured server, for tests that start the server
 * as a process; null when no server is configured (PGlite cannot be shared between processes).
 */
export async function freshPostgresUrl(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return null;
  const name = `sw_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
