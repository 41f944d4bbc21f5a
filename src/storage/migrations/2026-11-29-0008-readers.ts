/**
 * Readers: accounts, their one-time tokens and sessions, comment threads (settings per
 * article, standalone debates), comments with recommendations and reports, the moderation
 * log, word lists per language and the readers' site settings.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('readers')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    // The folded form of the display name (look-alikes, case, spacing): unique, so nobody can pose as another.
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('banned_at', 'text')
    .addColumn('suspended_until', 'text')
    .addColumn('ban_reason', 'text')
    .execute();

  await db.schema
    .createTable('reader_tokens')
    .ifNotExists()
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('reader_id', 'text', (c) => c.notNull().references('readers.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reader_tokens_reader')
    .ifNotExists()
    .on('reader_tokens')
    .column('reader_id')
    .execute();

  await db.schema
    .createTable('reader_sessions')
    .ifNotExists()
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('reader_id', 'text', (c) => c.notNull().references('readers.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reader_sessions_reader')
    .ifNotExists()
    .on('reader_sessions')
    .column('reader_id')
    .execute();

  await db.schema
    .createTable('article_comment_settings')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('staff_users.id'))
    .execute();

  await db.schema
    .createTable('debates')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('language', 'text', (c) => c.notNull().references('languages.code'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('staff_users.id'))
    .execute();
  await db.schema
    .createIndex('debates_language_opens')
    .ifNotExists()
    .on('debates')
    .columns(['language', 'opens_at'])
    .execute();

  await db.schema
    .createTable('comments')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('thread_kind', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('comments.id').onDelete('cascade'))
    // Null for staff replies and for comments whose reader deleted the account.
    .addColumn('reader_id', 'text', (c) => c.references('readers.id').onDelete('set null'))
    .addColumn('staff_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('queue_reason', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('featured_at', 'text')
    .addColumn('recommendations', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reports', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('comments_thread')
    .ifNotExists()
    .on('comments')
    .columns(['thread_kind', 'thread_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('comments_queue')
    .ifNotExists()
    .on('comments')
    .columns(['language', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('comments_reader')
    .ifNotExists()
    .on('comments')
    .columns(['reader_id', 'created_at'])
    .execute();
  await db.schema.createIndex('comments_parent').ifNotExists().on('comments').column('parent_id').execute();

  await db.schema
    .createTable('comment_recommendations')
    .ifNotExists()
    .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('reader_id', 'text', (c) => c.notNull().references('readers.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_recommendations_pk', ['comment_id', 'reader_id'])
    .execute();

  await db.schema
    .createTable('comment_reports')
    .ifNotExists()
    .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('reader_id', 'text', (c) => c.notNull().references('readers.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_reports_pk', ['comment_id', 'reader_id'])
    .execute();

  await db.schema
    .createTable('moderation_log')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('comment_id', 'text')
    .addColumn('reader_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('staff_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('moderation_log_comment')
    .ifNotExists()
    .on('moderation_log')
    .columns(['comment_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('moderation_words')
    .ifNotExists()
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('moderation_words_pk', ['language', 'kind', 'word'])
    .execute();

  await db.schema
    .createTable('reader_settings')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('staff_users.id'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'reader_settings',
    'moderation_words',
    'moderation_log',
    'comment_reports',
    'comment_recommendations',
    'comments',
    'debates',
    'article_comment_settings',
    'reader_sessions',
    'reader_tokens',
    'readers',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
