/**
 * "Did you mean" for a query without results: each word that finds nothing alone is replaced
 * by its nearest spelling the index holds in the query's language (src/domain/search-suggest.ts),
 * and the new query is offered only when it finds something. Phrases and Chinese or Japanese
 * characters are kept as they are. The same answer on both databases: it asks only
 * `searchPublished` and `indexedWordCounts` (the index's vocabulary, looked up by key).
 * Bounded work per query, since anyone can send queries that find nothing: words the
 * vocabulary holds are not searched, at most {@link MAX_SEARCHED} words are searched alone,
 * at most {@link MAX_CORRECTED} corrected, each with at most ~1,600 candidate spellings
 * (words of 4 to 24 letters, src/domain/search-suggest.ts) looked up in a few statements.
 * @example const better = await didYouMean(store, parseQuery('glaicer', 'en'), now) // query for 'glacier'
 */
import type { QueryTerm, SearchQuery } from '../domain/search-query.js';
import { stemOf } from '../domain/search-stem.js';
import { bestSpelling, nearSpellings } from '../domain/search-suggest.js';
import type { Store } from './db.js';
import { indexedWordCounts, searchPublished } from './search.js';

/** Words corrected in one query at most: each costs a few vocabulary look-ups. */
const MAX_CORRECTED = 3;
/** Words searched alone (not in the vocabulary, but maybe found by their stem) at most; then no suggestion. */
const MAX_SEARCHED = 6;

async function finds(store: Store, query: SearchQuery, now: Date): Promise<boolean> {
  return (await searchPublished(store, { query, limit: 1, offset: 0, now })).total > 0;
}

/** A better query than `query` (which found nothing), or null when none is near. */
export async function didYouMean(store: Store, query: SearchQuery, now: Date): Promise<SearchQuery | null> {
  let corrected = 0;
  let searched = 0;
  let changed = false;
  const terms: QueryTerm[] = [];
  const words = query.terms.flatMap((term) => (term.kind === 'word' ? [term.exact] : []));
  const known = await indexedWordCounts(store, query.language, words);
  for (const term of query.terms) {
    if (term.kind !== 'word' || corrected >= MAX_CORRECTED || known.has(term.exact)) {
      terms.push(term);
      continue;
    }
    searched += 1;
    if (searched > MAX_SEARCHED) return null;
    if (await finds(store, { language: query.language, terms: [term] }, now)) {
      terms.push(term);
      continue;
    }
    corrected += 1;
    const found = await indexedWordCounts(store, query.language, nearSpellings(term.exact, query.language));
    const best = bestSpelling(found);
    if (best === null) return null;
    changed = true;
    terms.push({ kind: 'word', exact: best, stem: stemOf(query.language, best) });
  }
  if (!changed) return null;
  const better = { language: query.language, terms };
  return (await finds(store, better, now)) ? better : null;
}
