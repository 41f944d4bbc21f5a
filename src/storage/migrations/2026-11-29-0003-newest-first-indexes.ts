/**
 * Lists order by first publication, then id: indexes that end in both let the database read
 * the newest rows in order instead of sorting them.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_language_status_published').ifExists().execute();
  await db.schema.dropIndex('articles_section_status_published').ifExists().execute();
  await db.schema
    .createIndex('articles_language_status_newest')
    .ifNotExists()
    .on('articles')
    .columns(['language', 'status', 'first_published_at', 'id'])
    .execute();
  await db.schema
    .createIndex('articles_section_language_status_newest')
    .ifNotExists()
    .on('articles')
    .columns(['section_slug', 'language', 'status', 'first_published_at', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_language_status_newest').ifExists().execute();
  await db.schema.dropIndex('articles_section_language_status_newest').ifExists().execute();
}
