/**
 * The first schema: languages, taxonomy, media, stories, articles, staff and tokens.
 * Immutable once on main; data lives in the next migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('languages')
    .ifNotExists()
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('native_name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sections')
    .ifNotExists()
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('name_json', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('topics')
    .ifNotExists()
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('name_json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('media')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('original_file', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text')
    .addColumn('credit', 'text')
    .addColumn('renditions_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('authors')
    .ifNotExists()
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('name_json', 'text', (c) => c.notNull())
    .addColumn('role_json', 'text', (c) => c.notNull())
    .addColumn('bio_json', 'text', (c) => c.notNull())
    .addColumn('photo_media_id', 'text', (c) => c.references('media.id'))
    .execute();

  await db.schema
    .createTable('stories')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_users')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema
    .createTable('articles')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id'))
    .addColumn('language', 'text', (c) => c.notNull().references('languages.code'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('kicker', 'text')
    .addColumn('dateline', 'text')
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('hero_media_id', 'text', (c) => c.references('media.id'))
    .addColumn('hero_alt', 'text')
    .addColumn('hero_caption', 'text')
    .addColumn('hero_credit', 'text')
    .addColumn('section_slug', 'text', (c) => c.references('sections.slug'))
    .addColumn('source', 'text')
    .addColumn('first_published_at', 'text')
    .addColumn('updated_at', 'text')
    .addColumn('publish_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('modified_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('articles_story_language_unique', ['story_id', 'language'])
    .execute();

  await db.schema
    .createIndex('articles_language_status_published')
    .ifNotExists()
    .on('articles')
    .columns(['language', 'status', 'first_published_at'])
    .execute();
  await db.schema
    .createIndex('articles_section_status_published')
    .ifNotExists()
    .on('articles')
    .columns(['section_slug', 'language', 'status', 'first_published_at'])
    .execute();
  await db.schema
    .createIndex('articles_status_publish_at')
    .ifNotExists()
    .on('articles')
    .columns(['status', 'publish_at'])
    .execute();

  await db.schema
    .createTable('article_authors')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('author_slug', 'text', (c) => c.notNull().references('authors.slug'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_slug'])
    .execute();
  await db.schema
    .createIndex('article_authors_author')
    .ifNotExists()
    .on('article_authors')
    .columns(['author_slug', 'article_id'])
    .execute();

  await db.schema
    .createTable('article_topics')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('topic_slug', 'text', (c) => c.notNull().references('topics.slug'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_topics_pk', ['article_id', 'topic_slug'])
    .execute();
  await db.schema
    .createIndex('article_topics_topic')
    .ifNotExists()
    .on('article_topics')
    .columns(['topic_slug', 'article_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'article_topics',
    'article_authors',
    'articles',
    'api_tokens',
    'staff_users',
    'stories',
    'authors',
    'media',
    'topics',
    'sections',
    'languages',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
