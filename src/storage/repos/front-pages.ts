/**
 * Front-page pins: the stories editors put on top of a language home, in their order, each
 * until an optional expiry. A pin counts only while its article is published and its
 * expiry has not passed; the rows of other pins stay until the list is next written.
 * @example const pins = await activePins(db, 'en', new Date());
 */
import { sql } from 'kysely';
import type { ArticleStatus } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { containsWord } from '../like.js';
import { prepared } from '../prepared.js';

export interface FrontPagePin {
  articleId: string;
  position: number;
  expiresAt: string | null;
  pinnedAt: string;
  pinnedBy: string | null;
}

/** A pin that counts, with what a list of pins shows of its article. */
export interface ActivePin extends FrontPagePin {
  headline: string;
  sectionSlug: string | null;
  slug: string;
  firstPublishedAt: string | null;
  pinnedByName: string | null;
}

const activePinsQuery = prepared((db, a: { language: Language; now: string }) =>
  db
    .selectFrom('front_page_pins as p')
    .innerJoin('articles as a', 'a.id', 'p.article_id')
    .leftJoin('staff_users as u', 'u.id', 'p.pinned_by')
    .select([
      'p.article_id',
      'p.position',
      'p.expires_at',
      'p.pinned_at',
      'p.pinned_by',
      'a.headline',
      'a.section_slug',
      'a.slug',
      'a.first_published_at',
      'u.name as pinned_by_name',
    ])
    .where('p.language', '=', a.language)
    .where('a.language', '=', a.language)
    .where('a.status', '=', 'published')
    .where((eb) => eb.or([eb('p.expires_at', 'is', null), eb('p.expires_at', '>', a.now)]))
    .orderBy('p.position'),
);

/** The pins of a language that count at `now` (published, not expired), in their order. */
export async function activePins(db: Db, language: Language, now: Date): Promise<ActivePin[]> {
  const rows = await activePinsQuery(db, { language, now: now.toISOString() });
  return rows.map((r) => ({
    articleId: r.article_id,
    position: r.position,
    expiresAt: r.expires_at,
    pinnedAt: r.pinned_at,
    pinnedBy: r.pinned_by,
    headline: r.headline,
    sectionSlug: r.section_slug,
    slug: r.slug,
    firstPublishedAt: r.first_published_at,
    pinnedByName: r.pinned_by_name,
  }));
}

/** Every stored pin of a language, counting or not, in their order. */
export async function storedPins(db: Db, language: Language): Promise<FrontPagePin[]> {
  const rows = await db
    .selectFrom('front_page_pins')
    .selectAll()
    .where('language', '=', language)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    position: r.position,
    expiresAt: r.expires_at,
    pinnedAt: r.pinned_at,
    pinnedBy: r.pinned_by,
  }));
}

/**
 * Makes the writer of a language's pins wait for any other one until it commits: a no-op
 * update takes the language row's lock on PostgreSQL and the write lock on SQLite.
 */
export async function lockFrontPage(db: Db, language: Language): Promise<void> {
  await db
    .updateTable('languages')
    .set((eb) => ({ position: eb.ref('position') }))
    .where('code', '=', language)
    .execute();
}

/** Replaces the pins of a language by `pins` (positions as given); run inside a transaction. */
export async function replacePins(db: Db, language: Language, pins: readonly FrontPagePin[]): Promise<void> {
  await db.deleteFrom('front_page_pins').where('language', '=', language).execute();
  if (pins.length === 0) return;
  await db
    .insertInto('front_page_pins')
    .values(
      pins.map((p) => ({
        language,
        article_id: p.articleId,
        position: p.position,
        expires_at: p.expiresAt,
        pinned_at: p.pinnedAt,
        pinned_by: p.pinnedBy,
      })),
    )
    .execute();
}

/** The soonest expiry after `now` among the pins of a language that count, or null. */
export function nextExpiry(pins: ReadonlyArray<Pick<FrontPagePin, 'expiresAt'>>): string | null {
  let soonest: string | null = null;
  for (const { expiresAt } of pins) if (expiresAt && (!soonest || expiresAt < soonest)) soonest = expiresAt;
  return soonest;
}

export interface PinCandidate {
  id: string;
  headline: string;
  sectionSlug: string | null;
  slug: string;
  firstPublishedAt: string | null;
}

/**
 * Published articles of a language whose headline holds every word of `query` (all of
 * them when it is empty), newest first, leaving out `excludeIds`.
 */
export async function pinCandidates(
  db: Db,
  filter: { language: Language; query: string; excludeIds: readonly string[]; limit: number },
): Promise<PinCandidate[]> {
  let query = db
    .selectFrom('articles')
    .select(['id', 'headline', 'section_slug', 'slug', 'first_published_at'])
    .where('language', '=', filter.language)
    .where('status', '=', 'published');
  for (const word of filter.query.split(/\s+/).filter(Boolean)) {
    query = query.where(containsWord(sql<string>`articles.headline`, word));
  }
  if (filter.excludeIds.length > 0) query = query.where('id', 'not in', filter.excludeIds);
  const rows = await query
    .orderBy('first_published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    sectionSlug: r.section_slug,
    slug: r.slug,
    firstPublishedAt: r.first_published_at,
  }));
}

/** Language and status of the articles among `ids` that exist. */
export async function articleStates(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { language: string; status: ArticleStatus }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'language', 'status'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, { language: r.language, status: r.status as ArticleStatus }]));
}
