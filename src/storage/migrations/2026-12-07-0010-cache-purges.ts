/**
 * Cache purges asked for from the command line (`shortwave cache purge`): one row per request,
 * which every running server picks up by polling (ADR 0018). The id grows with every row, so
 * a server asks only for rows past the last it has seen.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
async function isPostgres(db: Kysely<any>): Promise<boolean> {
  // version() exists on PostgreSQL only (see the search-index migration).
  try {
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
    return String(rows[0]?.v ?? '').includes('PostgreSQL');
  } catch {
    return false;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = await isPostgres(db);
  await db.schema
    .createTable('cache_purges')
    .ifNotExists()
    .addColumn('id', 'integer', (c) =>
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    // The page's path (`/en/`); null purges every page.
    .addColumn('path', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cache_purges').ifExists().execute();
}
