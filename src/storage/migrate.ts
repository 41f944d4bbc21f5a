/**
 * Runs the ordered migrations. Idempotent: already applied ones are skipped.
 * @example await migrateToLatest(store) // ['2026-11-29-0001-initial-schema', ...] newly applied
 */
import { sql } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';
import type { Db, Store } from './db.js';
import * as initialSchema from './migrations/2026-11-29-0001-initial-schema.js';
import * as seedLanguages from './migrations/2026-11-29-0002-seed-languages-and-sections.js';
import * as newestFirstIndexes from './migrations/2026-11-29-0003-newest-first-indexes.js';
import * as corrections from './migrations/2026-11-29-0004-corrections.js';
import * as searchIndex from './migrations/2026-11-29-0005-search-index.js';
import * as newsroom from './migrations/2026-11-29-0006-newsroom.js';
import * as trust from './migrations/2026-11-29-0007-trust.js';
import * as readers from './migrations/2026-11-29-0008-readers.js';
import * as rankings from './migrations/2026-11-29-0009-rankings.js';
import * as cachePurges from './migrations/2026-12-07-0010-cache-purges.js';
import * as machineTranslations from './migrations/2026-12-07-0011-machine-translations.js';
import * as translationReviews from './migrations/2026-12-07-1850-translation-reviews.js';
import * as reviewBlockKeys from './migrations/2026-12-07-2201-review-block-keys.js';
import * as multilingualThreads from './migrations/2026-12-07-2204-multilingual-threads.js';
import * as searchStems from './migrations/2026-12-07-2205-search-stems.js';
import * as searchTerms from './migrations/2026-12-07-2300-search-terms.js';

/** Every migration, by name; names sort in the order they run. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-29-0001-initial-schema': initialSchema,
  '2026-11-29-0002-seed-languages-and-sections': seedLanguages,
  '2026-11-29-0003-newest-first-indexes': newestFirstIndexes,
  '2026-11-29-0004-corrections': corrections,
  '2026-11-29-0005-search-index': searchIndex,
  '2026-11-29-0006-newsroom': newsroom,
  '2026-11-29-0007-trust': trust,
  '2026-11-29-0008-readers': readers,
  '2026-11-29-0009-rankings': rankings,
  '2026-12-07-0010-cache-purges': cachePurges,
  '2026-12-07-0011-machine-translations': machineTranslations,
  '2026-12-07-1850-translation-reviews': translationReviews,
  '2026-12-07-2201-review-block-keys': reviewBlockKeys,
  '2026-12-07-2204-multilingual-threads': multilingualThreads,
  '2026-12-07-2205-search-stems': searchStems,
  '2026-12-07-2300-search-terms': searchTerms,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** The names of every migration this version knows, in the order they run. */
export function knownMigrations(): string[] {
  return Object.keys(MIGRATIONS).sort();
}

/** The names of the migrations applied to the database, in order; empty for a new database. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((row) => row.name);
}

/** Brings the schema up to date and answers the names of the migrations it applied. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  return applyMigrations(store, (migrator) => migrator.migrateToLatest());
}

/**
 * Brings the schema up to the named migration (not past it); answers those it applied.
 * Never migrates down: a database already past that migration is refused.
 */
export async function migrateUpTo(store: Store, name: string): Promise<string[]> {
  if (!(name in MIGRATIONS)) throw new Error(`unknown migration ${name}`);
  const past = (await appliedMigrations(store.db)).find((applied) => applied > name);
  if (past) throw new Error(`the database is already past migration ${name} (it has ${past})`);
  return applyMigrations(store, (migrator) => migrator.migrateTo(name));
}

async function applyMigrations(
  store: Store,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await run(migrator);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
