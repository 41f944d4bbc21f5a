/**
 * Translation reviews (ADR 0024): one row per language version made by "Translate", saying
 * which original (and which version of it) it was made from, which machine-translation
 * provider made its text (null: copied for a person to translate), and which fields nobody
 * has reviewed yet (a JSON array of field names). Both dialects store it the same way.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('translation_reviews')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('source_version', 'integer', (c) => c.notNull())
    // The original's headline, lead and body as translated: "the original was updated" compares with it.
    .addColumn('source_text_json', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('unreviewed_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('translation_reviews_source')
    .ifNotExists()
    .on('translation_reviews')
    .column('source_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('translation_reviews').ifExists().execute();
}
