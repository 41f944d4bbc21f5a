/**
 * Multilingual threads (ADR 0027): a debate, or an article's comments, may take comments in
 * every language (`multilingual`, 0 or 1, off for every existing thread), and each comment of
 * such a thread is machine-translated in the background into the other languages, one row per
 * comment and language: `pending` (with its attempts and the time of the next one),
 * `done` (the text and the provider that made it) or `unsupported` (the provider lacks the
 * pair). Rows go with their comment. Both dialects store it the same way.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  const columns = async (table: string) =>
    (await db.introspection.getTables()).find((t) => t.name === table)?.columns.map((c) => c.name) ?? [];
  // Idempotent: a column already there (a half-applied run) is not added twice.
  for (const table of ['debates', 'article_comment_settings']) {
    if (!(await columns(table)).includes('multilingual'))
      await db.schema
        .alterTable(table)
        .addColumn('multilingual', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
  }
  await db.schema
    .createTable('comment_translations')
    .ifNotExists()
    .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('provider', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_translations_pk', ['comment_id', 'language'])
    .execute();
  // The job's one read: the pending rows that are due, oldest first.
  await db.schema
    .createIndex('comment_translations_due')
    .ifNotExists()
    .on('comment_translations')
    .columns(['status', 'next_attempt_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comment_translations').ifExists().execute();
  for (const table of ['debates', 'article_comment_settings'])
    await db.schema.alterTable(table).dropColumn('multilingual').execute();
}
