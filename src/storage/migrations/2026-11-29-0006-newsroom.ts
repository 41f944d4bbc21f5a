/**
 * The newsroom: staff sessions, rate limits, revisions, review notes, pending revisions of
 * published articles, front-page pins, and staff accounts that can be switched off.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('staff_sessions')
    .ifNotExists()
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('staff_sessions_user')
    .ifNotExists()
    .on('staff_sessions')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('rate_limits')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('staff_users').addColumn('disabled_at', 'text').execute();

  await db.schema
    .createTable('article_revisions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('staff_users.id'))
    .addUniqueConstraint('article_revisions_article_number', ['article_id', 'number'])
    .execute();

  await db.schema.alterTable('articles').addColumn('pending_revision_id', 'text').execute();

  await db.schema
    .createTable('article_notes')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('staff_users.id'))
    .execute();
  await db.schema
    .createIndex('article_notes_article')
    .ifNotExists()
    .on('article_notes')
    .columns(['article_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('front_page_pins')
    .ifNotExists()
    .addColumn('language', 'text', (c) => c.notNull().references('languages.code'))
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('pinned_at', 'text', (c) => c.notNull())
    .addColumn('pinned_by', 'text', (c) => c.references('staff_users.id'))
    .addPrimaryKeyConstraint('front_page_pins_pk', ['language', 'article_id'])
    .execute();

  await db.schema
    .createIndex('articles_status_modified')
    .ifNotExists()
    .on('articles')
    .columns(['language', 'status', 'modified_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_status_modified').ifExists().execute();
  await db.schema.dropTable('front_page_pins').ifExists().execute();
  await db.schema.dropTable('article_notes').ifExists().execute();
  await db.schema.alterTable('articles').dropColumn('pending_revision_id').execute();
  await db.schema.dropTable('article_revisions').ifExists().execute();
  await db.schema.alterTable('staff_users').dropColumn('disabled_at').execute();
  await db.schema.dropTable('rate_limits').ifExists().execute();
  await db.schema.dropTable('staff_sessions').ifExists().execute();
}
