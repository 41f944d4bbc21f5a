/**
 * Translation reviews keep a stable key per top-level block of the version (ADR 0024,
 * amended): a JSON array of keys, one per block in order, so that review marks follow their
 * paragraph when others are inserted before it. Null on rows written before: the repository
 * gives those blocks keys from their positions when it reads them.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  const columns = await db.introspection.getTables();
  const table = columns.find((t) => t.name === 'translation_reviews');
  if (table?.columns.some((c) => c.name === 'block_keys_json')) return;
  await db.schema.alterTable('translation_reviews').addColumn('block_keys_json', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('translation_reviews').dropColumn('block_keys_json').execute();
}
