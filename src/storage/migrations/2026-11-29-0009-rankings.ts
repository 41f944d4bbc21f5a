/**
 * Rankings: privacy-preserving read counts per article and hour. A row holds a number only;
 * no address, cookie or reader id is ever stored.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_reads')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('reads', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_reads_pk', ['article_id', 'hour'])
    .execute();
  // A language's ranking sums the rows of its recent hours.
  await db.schema
    .createIndex('article_reads_language_hour')
    .ifNotExists()
    .on('article_reads')
    .columns(['language', 'hour'])
    .execute();
  // Old hours are pruned by time.
  await db.schema
    .createIndex('article_reads_hour')
    .ifNotExists()
    .on('article_reads')
    .column('hour')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article_reads').ifExists().execute();
}
