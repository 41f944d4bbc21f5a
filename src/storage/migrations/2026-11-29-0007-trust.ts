/**
 * Trust and transparency: the transparency settings per language, readers' error reports,
 * corrections marked as not needed in a translation, and what author pages show (languages,
 * areas of expertise, contact).
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trust_settings')
    .ifNotExists()
    .addColumn('language', 'text', (c) => c.notNull().references('languages.code'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('staff_users.id'))
    .addPrimaryKeyConstraint('trust_settings_pk', ['language', 'field'])
    .execute();

  await db.schema
    .createTable('error_reports')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('article_version', 'integer', (c) => c.notNull())
    .addColumn('revision_number', 'integer')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('email', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .addColumn('handled_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('notified_at', 'text')
    .execute();
  await db.schema
    .createIndex('error_reports_inbox')
    .ifNotExists()
    .on('error_reports')
    .columns(['language', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('error_reports_article')
    .ifNotExists()
    .on('error_reports')
    .column('article_id')
    .execute();

  await db.schema
    .createTable('correction_followups')
    .ifNotExists()
    .addColumn('correction_id', 'text', (c) => c.notNull().references('corrections.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('staff_users.id'))
    .addPrimaryKeyConstraint('correction_followups_pk', ['correction_id', 'article_id'])
    .execute();

  await db.schema
    .alterTable('authors')
    .addColumn('languages_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('authors')
    .addColumn('expertise_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('authors').addColumn('contact_email', 'text').execute();
  await db.schema.alterTable('authors').addColumn('contact_url', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('authors').dropColumn('contact_url').execute();
  await db.schema.alterTable('authors').dropColumn('contact_email').execute();
  await db.schema.alterTable('authors').dropColumn('expertise_json').execute();
  await db.schema.alterTable('authors').dropColumn('languages_json').execute();
  await db.schema.dropTable('correction_followups').ifExists().execute();
  await db.schema.dropTable('error_reports').ifExists().execute();
  await db.schema.dropTable('trust_settings').ifExists().execute();
}
