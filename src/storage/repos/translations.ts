/**
 * Translation reviews: the review state of each language version made by "Translate"
 * (src/domain/translation-review.ts, ADR 0024).
 * @example const review = await findReview(db, articleId); // null for an article nobody translated
 */
import { z } from 'zod';
import { BodySchema } from '../../domain/body.js';
import { fromPositions, type TranslationReview } from '../../domain/translation-review.js';
import type { Db } from '../db.js';
import { readJson } from '../json.js';

const Fields = z.array(z.string());
const Text = z.object({ headline: z.string(), lead: z.string(), body: BodySchema });

type Row = {
  article_id: string;
  source_id: string;
  source_version: number;
  source_text_json: string;
  provider: string | null;
  unreviewed_json: string;
  block_keys_json: string | null;
  created_at: string;
  /** The version's body, for a row written before blocks had keys. */
  body_json: string;
};

function fromRow(row: Row): TranslationReview {
  const unreviewed = readJson(Fields, row.unreviewed_json, 'translation_reviews.unreviewed_json');
  const keyed =
    row.block_keys_json === null
      ? fromPositions(unreviewed, readJson(BodySchema, row.body_json, 'articles.body_json'))
      : { unreviewed, blocks: readJson(Fields, row.block_keys_json, 'translation_reviews.block_keys_json') };
  return {
    articleId: row.article_id,
    sourceId: row.source_id,
    sourceVersion: Number(row.source_version),
    sourceText: readJson(Text, row.source_text_json, 'translation_reviews.source_text_json'),
    provider: row.provider,
    ...keyed,
    createdAt: row.created_at,
  };
}

/** The review state of one version, or null when it was not made by "Translate". */
export async function findReview(db: Db, articleId: string): Promise<TranslationReview | null> {
  const row = await db
    .selectFrom('translation_reviews as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .selectAll('r')
    .select('a.body_json')
    .where('r.article_id', '=', articleId)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The review states of several versions (e.g. every version of a story), by article id. */
export async function reviewsOf(
  db: Db,
  articleIds: readonly string[],
): Promise<Map<string, TranslationReview>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('translation_reviews as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .selectAll('r')
    .select('a.body_json')
    .where('r.article_id', 'in', articleIds)
    .execute();
  return new Map(rows.map((row) => [row.article_id, fromRow(row)]));
}

/** Stores the review state of a version, replacing what was there. */
export async function saveReview(db: Db, review: TranslationReview): Promise<void> {
  const values = {
    source_id: review.sourceId,
    source_version: review.sourceVersion,
    source_text_json: JSON.stringify(review.sourceText),
    provider: review.provider,
    unreviewed_json: JSON.stringify(review.unreviewed),
    block_keys_json: JSON.stringify(review.blocks),
    created_at: review.createdAt,
  };
  await db
    .insertInto('translation_reviews')
    .values({ article_id: review.articleId, ...values })
    .onConflict((oc) => oc.column('article_id').doUpdateSet(values))
    .execute();
}

/** A row of the translation desk: one article, with the review state of a version made by "Translate". */
export interface DeskRow {
  id: string;
  storyId: string;
  language: string;
  headline: string;
  status: string;
  firstPublishedAt: string | null;
  unreviewed: number | null;
  provider: string | null;
}

/**
 * Published stories with no version in `language` yet, newest first: one article of each
 * (the newest published one), at most `limit` stories.
 */
export async function storiesLacking(db: Db, language: string, limit: number): Promise<DeskRow[]> {
  const rows = await db
    .selectFrom('articles as a')
    .select(['a.id', 'a.story_id', 'a.language', 'a.headline', 'a.status', 'a.first_published_at'])
    .where('a.status', '=', 'published')
    .where('a.language', '<>', language)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('articles as b')
            .select('b.id')
            .whereRef('b.story_id', '=', 'a.story_id')
            .where('b.language', '=', language),
        ),
      ),
    )
    .orderBy('a.first_published_at', 'desc')
    .orderBy('a.id')
    .limit(limit * 10)
    .execute();
  const seen = new Set<string>();
  const stories: DeskRow[] = [];
  for (const row of rows) {
    if (seen.has(row.story_id) || stories.length >= limit) continue;
    seen.add(row.story_id);
    stories.push({
      id: row.id,
      storyId: row.story_id,
      language: row.language,
      headline: row.headline,
      status: row.status,
      firstPublishedAt: row.first_published_at,
      unreviewed: null,
      provider: null,
    });
  }
  return stories;
}

/** The versions in `language` that "Translate" made, newest change first, with how many fields are unreviewed. */
export async function versionsIn(db: Db, language: string, limit: number): Promise<DeskRow[]> {
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('translation_reviews as r', 'r.article_id', 'a.id')
    .select([
      'a.id',
      'a.story_id',
      'a.language',
      'a.headline',
      'a.status',
      'a.first_published_at',
      'r.unreviewed_json',
      'r.provider',
    ])
    .where('a.language', '=', language)
    .orderBy('a.modified_at', 'desc')
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    storyId: row.story_id,
    language: row.language,
    headline: row.headline,
    status: row.status,
    firstPublishedAt: row.first_published_at,
    unreviewed: readJson(Fields, row.unreviewed_json, 'translation_reviews.unreviewed_json').length,
    provider: row.provider,
  }));
}
