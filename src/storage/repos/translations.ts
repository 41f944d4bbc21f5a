/**
 * Translation reviews: the review state of each language version made by "Translate"
 * (src/domain/translation-review.ts, ADR 0024).
 * @example const review = await findReview(db, articleId); // null for an article nobody translated
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { BodySchema } from '../../domain/body.js';
import { LANGUAGES } from '../../domain/languages.js';
import { fromPositions, type TranslationReview } from '../../domain/translation-review.js';
import type { Db } from '../db.js';
import { readJson } from '../json.js';

/** The languages a story may have (src/domain/languages.ts). */
const LANGUAGE_COUNT = LANGUAGES.length;

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

/** How the desk weighs a story lacking a language: pinned, reads of the last days, languages it lacks. */
export interface DeskWeight {
  pinned: boolean;
  reads: number;
  lacking: number;
}

/**
 * Published stories with no version in `language` yet, most important first: stories pinned
 * to a front page (in any language), then the most read over the last seven days (every
 * version counted), then those missing in the most languages, then the newest. One article of
 * each story (its newest published one), at most `limit` stories.
 */
export async function storiesLacking(
  db: Db,
  language: string,
  limit: number,
  now: Date,
): Promise<Array<DeskRow & DeskWeight>> {
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
    if (seen.has(row.story_id)) continue;
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
  const weights = await storyWeights(db, [...seen], now);
  const weighed = stories.map((story) => ({
    ...story,
    ...(weights.get(story.storyId) ?? { pinned: false, reads: 0, lacking: 0 }),
  }));
  weighed.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      b.reads - a.reads ||
      b.lacking - a.lacking ||
      (b.firstPublishedAt ?? '').localeCompare(a.firstPublishedAt ?? ''),
  );
  return weighed.slice(0, limit);
}

/** Pins, reads of the last seven days and languages lacking, per story. */
async function storyWeights(
  db: Db,
  storyIds: readonly string[],
  now: Date,
): Promise<Map<string, DeskWeight>> {
  const weights = new Map<string, DeskWeight>();
  if (storyIds.length === 0) return weights;
  const iso = now.toISOString();
  const versions = await db
    .selectFrom('articles')
    .select(['story_id', db.fn.countAll<number>().as('versions')])
    .where('story_id', 'in', storyIds)
    .groupBy('story_id')
    .execute();
  for (const row of versions) {
    weights.set(row.story_id, { pinned: false, reads: 0, lacking: LANGUAGE_COUNT - Number(row.versions) });
  }
  const pinned = await db
    .selectFrom('front_page_pins as p')
    .innerJoin('articles as a', 'a.id', 'p.article_id')
    .select('a.story_id')
    .distinct()
    .where('a.story_id', 'in', storyIds)
    .where((eb) => eb.or([eb('p.expires_at', 'is', null), eb('p.expires_at', '>', iso)]))
    .execute();
  for (const row of pinned) {
    const weight = weights.get(row.story_id);
    if (weight) weight.pinned = true;
  }
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000).toISOString();
  const reads = await db
    .selectFrom('article_reads as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .select(['a.story_id', sql<number>`sum(r.reads)`.as('reads')])
    .where('a.story_id', 'in', storyIds)
    .where('r.hour', '>=', since)
    .groupBy('a.story_id')
    .execute();
  for (const row of reads) {
    const weight = weights.get(row.story_id);
    if (weight) weight.reads = Number(row.reads);
  }
  return weights;
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
