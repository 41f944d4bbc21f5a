/**
 * The rankings pages show, per language, kept in memory for a minute (and fetched anew at once
 * when published content changes, so an unpublished article leaves the lists): pages rendered
 * afresh do not query the rankings each time.
 * @example const rankings = rankingsSource({ db, clock, pageCache }); const view = await rankings.of('en');
 */
import { articlePath } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import type { DiscussedItemView, RankingsView } from '../../render/elements/rankings.js';
import type { Db } from '../../storage/db.js';
import { mostDiscussed } from '../../storage/repos/most-discussed.js';
import { popularArticles } from '../../storage/repos/rankings.js';
import type { PageCache } from '../page-cache.js';

/** How many entries each list shows. */
export const RANKING_SIZE = 5;
/** How long a language's lists are reused before they are fetched again. */
export const RANKINGS_MEMO_MS = 60_000;
/**
 * How long a cached page that shows rankings is kept: with the memo (one minute) and the
 * counter's flush interval (20 s), the lists a reader sees are at most three and a half minutes old.
 */
export const RANKED_PAGE_MAX_AGE_MS = 120_000;

/**
 * Most Discussed for a language: articles and debates with the most approved comments in the
 * seven days before `now` (src/storage/repos/most-discussed.ts). Null leaves the list out.
 */
export type MostDiscussedSource = (
  db: Db,
  language: Language,
  now: Date,
  limit: number,
) => Promise<DiscussedItemView[]>;

/** Most Discussed from the comments' storage, in the shape the pages show. */
export const MOST_DISCUSSED: MostDiscussedSource = async (db, language, now, limit) =>
  (await mostDiscussed(db, language, now, limit)).map((entry) => ({
    kind: entry.kind,
    href: entry.url,
    title: entry.headline,
    comments: entry.comments,
  }));

/** The lists of a language for pages: Popular Stories over 24 hours, else over 7 days when a quiet day has none. */
export async function rankingsViewOf(
  db: Db,
  language: Language,
  now: Date,
  mostDiscussed: MostDiscussedSource | null,
): Promise<RankingsView> {
  const [day, discussed] = await Promise.all([
    popularArticles(db, { language, window: '24h', now, limit: RANKING_SIZE }),
    mostDiscussed ? mostDiscussed(db, language, now, RANKING_SIZE) : null,
  ]);
  const popular =
    day.length > 0 ? day : await popularArticles(db, { language, window: '7d', now, limit: RANKING_SIZE });
  return {
    popular: popular.map(({ article }) => ({ href: articlePath(article), headline: article.headline })),
    discussed,
  };
}

export interface RankingsSource {
  of(language: Language): Promise<RankingsView>;
}

/** Builds the per-language memo of the lists (one per app). */
export function rankingsSource(deps: {
  db: Db;
  clock: () => Date;
  pageCache: Pick<PageCache, 'generation'>;
  /** Most Discussed; MOST_DISCUSSED when not given, left out when null. */
  mostDiscussed?: MostDiscussedSource | null;
}): RankingsSource {
  const discussed = deps.mostDiscussed === undefined ? MOST_DISCUSSED : deps.mostDiscussed;
  const memo = new Map<Language, { generation: number; at: number; value: Promise<RankingsView> }>();
  return {
    of(language) {
      const generation = deps.pageCache.generation;
      const now = deps.clock();
      const held = memo.get(language);
      if (held && held.generation === generation && now.getTime() - held.at < RANKINGS_MEMO_MS) {
        return held.value;
      }
      // Requests that come while the lists are fetched share the one fetch.
      const entry = {
        generation,
        at: now.getTime(),
        value: rankingsViewOf(deps.db, language, now, discussed),
      };
      memo.set(language, entry);
      entry.value.catch(() => {
        if (memo.get(language) === entry) memo.delete(language);
      });
      return entry.value;
    },
  };
}
