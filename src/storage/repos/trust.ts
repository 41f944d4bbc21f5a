/**
 * Transparency settings per language, and corrections an editor judged not needed in a
 * translation (for the view of translations still lacking a correction).
 */
import type { Language } from '../../domain/languages.js';
import { isTrustField, type TrustField, type TrustSettings } from '../../domain/trust.js';
import type { Db } from '../db.js';

/** The stored settings of one language. */
export async function trustSettingsOf(db: Db, language: Language): Promise<TrustSettings> {
  const rows = await db
    .selectFrom('trust_settings')
    .select(['field', 'value'])
    .where('language', '=', language)
    .execute();
  const settings: TrustSettings = {};
  for (const row of rows) if (isTrustField(row.field)) settings[row.field] = row.value;
  return settings;
}

/** The stored settings of a few languages, in one query. */
export async function trustSettingsFor(
  db: Db,
  languages: readonly Language[],
): Promise<Partial<Record<Language, TrustSettings>>> {
  const rows = await db
    .selectFrom('trust_settings')
    .select(['language', 'field', 'value'])
    .where('language', 'in', languages)
    .execute();
  const found: Partial<Record<Language, TrustSettings>> = {};
  for (const row of rows) {
    if (!isTrustField(row.field)) continue;
    const language = row.language as Language;
    found[language] = { ...found[language], [row.field]: row.value };
  }
  return found;
}

/** Writes the given fields of a language: a text is stored, null removes the field. */
export async function writeTrustSettings(
  db: Db,
  language: Language,
  changes: Partial<Record<TrustField, string | null>>,
  by: { at: string; userId: string | null },
): Promise<void> {
  for (const [field, value] of Object.entries(changes)) {
    if (value === null || value === undefined) {
      await db
        .deleteFrom('trust_settings')
        .where('language', '=', language)
        .where('field', '=', field)
        .execute();
      continue;
    }
    await db
      .insertInto('trust_settings')
      .values({ language, field, value, updated_at: by.at, updated_by: by.userId })
      .onConflict((oc) =>
        oc.columns(['language', 'field']).doUpdateSet({ value, updated_at: by.at, updated_by: by.userId }),
      )
      .execute();
  }
}

/** One correction on one language version, with the story it belongs to. */
export interface StoryCorrection {
  id: string;
  articleId: string;
  storyId: string;
  language: Language;
  kind: string;
  text: string;
  createdAt: string;
}

/** A published language version of a story that has corrections. */
export interface StoryVersion {
  id: string;
  storyId: string;
  language: Language;
  headline: string;
  slug: string;
  sectionSlug: string | null;
  firstPublishedAt: string | null;
}

/**
 * What the translations view is computed from: the corrections of published articles whose
 * story has more than one published version, those versions, and the corrections editors
 * marked as not needed for a version.
 */
export async function correctionsAcrossStories(db: Db): Promise<{
  corrections: StoryCorrection[];
  versions: StoryVersion[];
  notNeeded: Array<{ correctionId: string; articleId: string }>;
}> {
  const corrections = await db
    .selectFrom('corrections')
    .innerJoin('articles', 'articles.id', 'corrections.article_id')
    .select([
      'corrections.id',
      'corrections.article_id',
      'corrections.kind',
      'corrections.text',
      'corrections.created_at',
      'articles.story_id',
      'articles.language',
    ])
    .where('articles.status', '=', 'published')
    .orderBy('corrections.created_at')
    .orderBy('corrections.id')
    .execute();
  const storyIds = [...new Set(corrections.map((c) => c.story_id))];
  if (storyIds.length === 0) return { corrections: [], versions: [], notNeeded: [] };
  const versions = await db
    .selectFrom('articles')
    .select(['id', 'story_id', 'language', 'headline', 'slug', 'section_slug', 'first_published_at'])
    .where('story_id', 'in', storyIds)
    .where('status', '=', 'published')
    .execute();
  const notNeeded = await db
    .selectFrom('correction_followups')
    .select(['correction_id', 'article_id'])
    .where(
      'correction_id',
      'in',
      corrections.map((c) => c.id),
    )
    .execute();
  return {
    corrections: corrections.map((c) => ({
      id: c.id,
      articleId: c.article_id,
      storyId: c.story_id,
      language: c.language as Language,
      kind: c.kind,
      text: c.text,
      createdAt: c.created_at,
    })),
    versions: versions.map((v) => ({
      id: v.id,
      storyId: v.story_id,
      language: v.language as Language,
      headline: v.headline,
      slug: v.slug,
      sectionSlug: v.section_slug,
      firstPublishedAt: v.first_published_at,
    })),
    notNeeded: notNeeded.map((n) => ({ correctionId: n.correction_id, articleId: n.article_id })),
  };
}

/** Records that a correction is not needed in one translation (idempotent). */
export async function markCorrectionNotNeeded(
  db: Db,
  input: { correctionId: string; articleId: string; at: string; userId: string | null },
): Promise<void> {
  await db
    .insertInto('correction_followups')
    .values({
      correction_id: input.correctionId,
      article_id: input.articleId,
      decided_at: input.at,
      decided_by: input.userId,
    })
    .onConflict((oc) => oc.columns(['correction_id', 'article_id']).doNothing())
    .execute();
}

/** The article a correction belongs to; null when there is no such correction. */
export async function articleOfCorrection(db: Db, correctionId: string): Promise<string | null> {
  const row = await db
    .selectFrom('corrections')
    .select('article_id')
    .where('id', '=', correctionId)
    .executeTakeFirst();
  return row?.article_id ?? null;
}
