/**
 * A reader's query as the index reads it: words (each matching any word of the same stem,
 * the exact form ranking higher), phrases in quotes (these exact words, side by side), and
 * Chinese or Japanese character pairs. Every term must match. Unpaired quotes, `*`, `-` and
 * the like are ignored, so no query is ever an error.
 * @example parseQuery('"Swiss glaciers" melting', 'en').terms
 * // [{ kind: 'phrase', words: ['swiss', 'glaciers'] }, { kind: 'word', exact: 'melting', stem: 'melt' }]
 */
import type { Language } from './languages.js';
import { stemOf } from './search-stem.js';
import { capQuery, MAX_QUERY_TOKENS, type MarkTerms, queryParts } from './search-text.js';

/** One thing a result must contain. */
export type QueryTerm =
  | { kind: 'word'; exact: string; stem: string }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'gram'; gram: string };

export interface SearchQuery {
  language: Language;
  terms: QueryTerm[];
}

/** Straight and typographic double quotes all open or close a phrase. */
const QUOTES = /["“”„«»]/;

/** The identity of a term, to drop repeats. */
function keyOf(term: QueryTerm): string {
  switch (term.kind) {
    case 'word':
      return `w ${term.exact}`;
    case 'phrase':
      return `p ${term.words.join(' ')}`;
    case 'gram':
      return `g ${term.gram}`;
  }
}

/** The terms of a stretch of text, quoted (exact words) or not (stemmed words). */
function termsOf(text: string, quoted: boolean, language: Language): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let phrase: string[] = [];
  const endPhrase = () => {
    if (phrase.length > 0) terms.push({ kind: 'phrase', words: phrase });
    phrase = [];
  };
  for (const part of queryParts(text)) {
    if (part.kind === 'cjk') {
      // Pairs already match in sentence order only where they touch: quotes add nothing.
      endPhrase();
      for (const gram of part.grams) terms.push({ kind: 'gram', gram });
    } else if (quoted) {
      phrase.push(part.token);
    } else {
      terms.push({ kind: 'word', exact: part.token, stem: stemOf(language, part.token) });
    }
  }
  endPhrase();
  return terms;
}

/** The number of tokens a term sends to the index. */
function sizeOf(term: QueryTerm): number {
  return term.kind === 'phrase' ? term.words.length : 1;
}

/**
 * The terms of a query in a language, repeats removed, at most {@link MAX_QUERY_TOKENS}
 * tokens in all; no terms when nothing in it is searchable.
 */
export function parseQuery(raw: string, language: Language): SearchQuery {
  const pieces = capQuery(raw).split(QUOTES);
  // An odd piece sits between quotes; the last one is open-ended when a quote is unpaired.
  const unpaired = pieces.length % 2 === 0;
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  let size = 0;
  pieces.forEach((piece, index) => {
    const quoted = index % 2 === 1 && !(unpaired && index === pieces.length - 1);
    for (const term of termsOf(piece, quoted, language)) {
      const key = keyOf(term);
      if (seen.has(key) || size + sizeOf(term) > MAX_QUERY_TOKENS) continue;
      seen.add(key);
      size += sizeOf(term);
      terms.push(term);
    }
  });
  return { language, terms };
}

/** What the snippet marks for a query: exact words, phrase words, pairs, and the words' stems. */
export function markTermsOf(query: SearchQuery): MarkTerms {
  const tokens: string[] = [];
  const stems = new Set<string>();
  for (const term of query.terms) {
    if (term.kind === 'word') {
      tokens.push(term.exact);
      stems.add(term.stem);
    } else if (term.kind === 'phrase') tokens.push(...term.words);
    else tokens.push(term.gram);
  }
  return { tokens, stems: { language: query.language, stems } };
}

/** The query as text again, with some of its words replaced (for "did you mean"). */
export function queryTextOf(query: SearchQuery): string {
  return query.terms
    .map((term) => {
      if (term.kind === 'word') return term.exact;
      if (term.kind === 'phrase') return `"${term.words.join(' ')}"`;
      return term.gram;
    })
    .join(' ');
}
