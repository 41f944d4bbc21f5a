/**
 * Sections, topics and authors.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { LANGUAGES, type Language, type Localized } from '../../domain/languages.js';
import type { Author, Section, Topic } from '../../domain/taxonomy.js';
import type { Db } from '../db.js';
import { readJson } from '../json.js';
import { prepared } from '../prepared.js';
import type { AuthorsTable, SectionsTable, TopicsTable } from '../schema/taxonomy.js';

const LocalizedSchema: z.ZodType<Localized> = z.record(z.string(), z.string()) as z.ZodType<Localized>;
const LanguagesSchema: z.ZodType<Language[]> = z.array(z.enum(LANGUAGES));
const LocalizedListSchema = z.record(z.string(), z.array(z.string())) as z.ZodType<
  Partial<Record<Language, string[]>>
>;

const toSection = (row: SectionsTable): Section => ({
  slug: row.slug,
  name: readJson(LocalizedSchema, row.name_json, `name of section ${row.slug}`),
  position: row.position,
});
const toTopic = (row: TopicsTable): Topic => ({
  slug: row.slug,
  name: readJson(LocalizedSchema, row.name_json, `name of topic ${row.slug}`),
});
const toAuthor = (row: AuthorsTable): Author => ({
  slug: row.slug,
  name: readJson(LocalizedSchema, row.name_json, `name of author ${row.slug}`),
  role: readJson(LocalizedSchema, row.role_json, `role of author ${row.slug}`),
  bio: readJson(LocalizedSchema, row.bio_json, `bio of author ${row.slug}`),
  photoMediaId: row.photo_media_id,
  languages: readJson(LanguagesSchema, row.languages_json, `languages of author ${row.slug}`),
  expertise: readJson(LocalizedListSchema, row.expertise_json, `expertise of author ${row.slug}`),
  contactEmail: row.contact_email,
  contactUrl: row.contact_url,
});

/** All sections in their navigation order. */
export async function listSections(db: Db): Promise<Section[]> {
  const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('slug').execute();
  return rows.map(toSection);
}

export async function findSection(db: Db, slug: string): Promise<Section | null> {
  const row = await db.selectFrom('sections').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toSection(row) : null;
}

/** Inserts a section, or changes the stored one with the same slug. */
export async function upsertSection(db: Db, section: Section): Promise<void> {
  const values = { slug: section.slug, name_json: JSON.stringify(section.name), position: section.position };
  await db
    .insertInto('sections')
    .values(values)
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet({ name_json: values.name_json, position: values.position }),
    )
    .execute();
}

export async function listTopics(db: Db): Promise<Topic[]> {
  const rows = await db.selectFrom('topics').selectAll().orderBy('slug').execute();
  return rows.map(toTopic);
}

export async function findTopic(db: Db, slug: string): Promise<Topic | null> {
  const row = await db.selectFrom('topics').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toTopic(row) : null;
}

export async function upsertTopic(db: Db, topic: Topic): Promise<void> {
  const values = { slug: topic.slug, name_json: JSON.stringify(topic.name) };
  await db
    .insertInto('topics')
    .values(values)
    .onConflict((oc) => oc.column('slug').doUpdateSet({ name_json: values.name_json }))
    .execute();
}

export async function listAuthors(db: Db): Promise<Author[]> {
  const rows = await db.selectFrom('authors').selectAll().orderBy('slug').execute();
  return rows.map(toAuthor);
}

export async function findAuthor(db: Db, slug: string): Promise<Author | null> {
  const row = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toAuthor(row) : null;
}

/** Authors by slug, in the order asked. Unknown slugs are left out. */
const authorsQuery = prepared((db, a: { slugs: string[] }) =>
  db.selectFrom('authors').selectAll().where('slug', 'in', a.slugs),
);

export async function findAuthors(db: Db, slugs: readonly string[]): Promise<Author[]> {
  if (slugs.length === 0) return [];
  const rows = await authorsQuery(db, { slugs: [...slugs] });
  const bySlug = new Map(rows.map((row) => [row.slug, toAuthor(row)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

export async function upsertAuthor(db: Db, author: Author): Promise<void> {
  const values = {
    slug: author.slug,
    name_json: JSON.stringify(author.name),
    role_json: JSON.stringify(author.role),
    bio_json: JSON.stringify(author.bio),
    photo_media_id: author.photoMediaId,
    languages_json: JSON.stringify(author.languages),
    expertise_json: JSON.stringify(author.expertise),
    contact_email: author.contactEmail,
    contact_url: author.contactUrl,
  };
  const { slug: _slug, ...changes } = values;
  await db
    .insertInto('authors')
    .values(values)
    .onConflict((oc) => oc.column('slug').doUpdateSet(changes))
    .execute();
}

/** The slugs among `slugs` that name no row of `table`. */
export async function missingSlugs(
  db: Db,
  table: 'sections' | 'topics' | 'authors',
  slugs: readonly string[],
) {
  if (slugs.length === 0) return [];
  const rows = await db.selectFrom(table).select('slug').where('slug', 'in', slugs).execute();
  const found = new Set(rows.map((r) => r.slug));
  return slugs.filter((slug) => !found.has(slug));
}

/**
 * The slugs of the author profiles that are a staff member's own: those whose contact email
 * is their login email (compared without case). See src/domain/workflow.ts for why.
 */
export async function authorSlugsOfStaff(db: Db, email: string): Promise<string[]> {
  const rows = await db
    .selectFrom('authors')
    .select('slug')
    .where(sql<string>`lower(contact_email)`, '=', email.trim().toLowerCase())
    .execute();
  return rows.map((row) => row.slug);
}
