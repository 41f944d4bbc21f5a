/**
 * Search text rules, the same for both databases: how text is normalised (case, accents,
 * Arabic letter forms) and cut into tokens (words, each also stemmed in its language by
 * src/domain/search-stem.ts; overlapping character pairs for Chinese and Japanese, which
 * have no spaces), and how matches are marked in a snippet. The databases only ever see the
 * tokens made here. Queries are parsed in src/domain/search-query.ts.
 * Longer than 300 lines: normalising, tokenising and marking share the run scanner and must
 * agree character for character; splitting them would export its internals.
 * @example queryTokens('Zürich ÉCOLE 冰川') // ['zurich', 'ecole', '冰川']
 */
import type { Article } from './article.js';
import { type BodyDoc, inlineText } from './body.js';
import { type BodyWalker, walkBody } from './body-walk.js';
import type { Language } from './languages.js';
import { stemOf } from './search-stem.js';

/** Characters of a query that are used; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Tokens of a query that are used (after removing repeats). */
export const MAX_QUERY_TOKENS = 32;
/** Longer tokens are cut to this many characters, in documents and queries alike. */
export const MAX_TOKEN_LENGTH = 60;
/** Tokens indexed per field; PostgreSQL refuses a text-search vector over 1 MB. */
export const MAX_FIELD_TOKENS = 50_000;

// Han, Hiragana and Katakana, with the iteration and prolonged-sound marks they use.
const CJK_CLASS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005-\\u3007\\u30fc\\uff70\\uff9e\\uff9f';
// Soft hyphen and zero-width (non-)joiners sit inside words and must not split them.
const WORD_CLASS = '\\p{L}\\p{N}\\p{M}\\u00ad\\u200c\\u200d\\u2060';
/** A run of CJK characters, or a run of other letters and digits; everything else separates. */
const RUN = new RegExp(
  `([${CJK_CLASS}][${CJK_CLASS}\\p{M}]*)|((?:(?![${CJK_CLASS}])[${WORD_CLASS}])+)`,
  'gu',
);
const IS_CJK = new RegExp(`^[${CJK_CLASS}]`, 'u');

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const PLAIN_WORD = /^[a-z0-9]+$/;
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
// Joiners are listed outside the class: inside one they read as a joined sequence.
const IGNORED =
  /\u200c|\u200d|[\u00ad\u2060\u0640\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ё: 'е',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, digit) => [
      [String.fromCharCode(0x0660 + digit), String(digit)],
      [String.fromCharCode(0x06f0 + digit), String(digit)],
    ]).flat(),
  ),
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/**
 * Text as the index compares it: compatibility forms unified (full-width letters, ligatures),
 * lower case, Latin accents removed ("Zürich" → "zurich", "ÉCOLE" → "ecole"), ß → ss, ё → е,
 * Arabic alef forms → ا, ة → ه, ى → ي, tatweel and harakat removed, Arabic digits → 0-9.
 * Cyrillic letters keep their marks (й stays й); Japanese voicing marks are kept.
 */
export function normalizeSearchText(text: string): string {
  // Most words of most languages are plain ASCII: lower case is all they need.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFC')
    .replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch)
    .replace(IGNORED, '');
}

/** A stretch of the original text that yields tokens, with its normalised form. */
interface Run {
  kind: 'word' | 'cjk';
  /** Offsets in the original text (UTF-16 units, never inside a character). */
  start: number;
  end: number;
  normal: string;
}

function* rawRuns(text: string): Generator<{ kind: 'word' | 'cjk'; start: number; end: number }> {
  for (const match of text.matchAll(RUN)) {
    const start = match.index ?? 0;
    yield { kind: match[1] ? 'cjk' : 'word', start, end: start + match[0].length };
  }
}

/**
 * The runs of a text, lazily. A run whose normal form splits again (NFKC of "½" is "1⁄2")
 * yields several, each with the original run's offsets.
 */
function* runsOf(text: string): Generator<Run> {
  const seen = new Map<string, string>();
  for (const raw of rawRuns(text)) {
    const original = text.slice(raw.start, raw.end);
    let normal = seen.get(original);
    if (normal === undefined) {
      normal = normalizeSearchText(original);
      if (seen.size < 10_000) seen.set(original, normal);
    }
    if (raw.kind === 'word' && PLAIN_WORD.test(normal)) {
      yield { kind: 'word', start: raw.start, end: raw.end, normal };
      continue;
    }
    for (const part of rawRuns(normal)) {
      yield { kind: part.kind, start: raw.start, end: raw.end, normal: normal.slice(part.start, part.end) };
    }
  }
}

function capToken(token: string): string {
  return token.length <= MAX_TOKEN_LENGTH ? token : Array.from(token).slice(0, MAX_TOKEN_LENGTH).join('');
}

/** Overlapping character pairs of a CJK run; with `unigrams`, each character as well. */
function cjkGrams(run: string, unigrams: boolean): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (unigrams) grams.push(chars[i] ?? '');
    if (i + 1 < chars.length) grams.push(`${chars[i]}${chars[i + 1]}`);
  }
  return grams;
}

/**
 * The tokens of a document's text, in order: each word, and for a CJK run every character
 * and every pair of neighbouring characters (so one-character queries find something too).
 */
export function documentTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of runsOf(text)) {
    if (run.kind === 'word') tokens.push(capToken(run.normal));
    else tokens.push(...cjkGrams(run.normal, true));
    if (tokens.length >= MAX_FIELD_TOKENS) return tokens.slice(0, MAX_FIELD_TOKENS);
  }
  return tokens;
}

/** A query as the reader typed it, trimmed and cut to {@link MAX_QUERY_LENGTH} characters. */
export function capQuery(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length <= MAX_QUERY_LENGTH) return trimmed;
  return Array.from(trimmed).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * The tokens a query must all match: its words, and for a CJK run its character pairs (a
 * single character stays one token). Operators mean nothing: `"`, `*`, `-`, `(` separate
 * like spaces, and `OR` or `NEAR` are words like any other. Empty when nothing is searchable.
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  for (const run of runsOf(capQuery(query))) {
    const made = run.kind === 'word' ? [capToken(run.normal)] : cjkGrams(run.normal, false);
    for (const token of made) if (token) tokens.add(token);
  }
  return [...tokens].slice(0, MAX_QUERY_TOKENS);
}

/** A query's searchable parts in order: words (normalised) and CJK runs (as character pairs). */
export type QueryPart = { kind: 'word'; token: string } | { kind: 'cjk'; grams: string[] };

/** The parts of a stretch of query text, without limits (the query parser applies them). */
export function queryParts(text: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const run of runsOf(text)) {
    if (run.kind === 'word') parts.push({ kind: 'word', token: capToken(run.normal) });
    else parts.push({ kind: 'cjk', grams: cjkGrams(run.normal, false) });
  }
  return parts;
}

/** True for a token made from a CJK run. */
export function isCjkToken(token: string): boolean {
  return IS_CJK.test(token);
}

// An embed is someone else's content and a "More" box another article's: neither is this text.
/** The plain text of each kind of block. */
export const PLAIN_TEXT: BodyWalker<string> = {
  paragraph: (node) => inlineText(node.content),
  heading: (node) => inlineText(node.content),
  blockquote: (_node, paragraphs) => paragraphs.join('\n'),
  bullet_list: (_node, items) => items.flat().join('\n'),
  ordered_list: (_node, items) => items.flat().join('\n'),
  image: (node) => node.attrs.caption ?? '',
  embed: () => '',
  related: () => '',
};

/** The plain text of a body: its paragraphs, headings, quotes, lists and image captions. */
export function bodyPlainText(body: BodyDoc): string {
  return walkBody(body, PLAIN_TEXT).filter(Boolean).join('\n');
}

/** The stems of the words of a text's tokens (CJK tokens have none), in order. */
export function stemTokens(tokens: readonly string[], language: Language): string[] {
  return tokens.filter((token) => !isCjkToken(token)).map((token) => stemOf(language, token));
}

/** The token strings of one field: its exact tokens, and the stems of its words. */
function fieldOf(text: string, language: Language): { exact: string; stems: string } {
  const tokens = documentTokens(text);
  return { exact: tokens.join(' '), stems: stemTokens(tokens, language).join(' ') };
}

/**
 * The token strings an article is indexed with: its headline with its lead (they weigh
 * more), and its body; each as exact tokens and as stems.
 */
export function searchDocumentOf(article: Pick<Article, 'headline' | 'lead' | 'body' | 'language'>): {
  headline: string;
  body: string;
  headlineStems: string;
  bodyStems: string;
} {
  const top = fieldOf(`${article.headline}\n${article.lead}`, article.language);
  const body = fieldOf(bodyPlainText(article.body), article.language);
  return { headline: top.exact, body: body.exact, headlineStems: top.stems, bodyStems: body.stems };
}

/** Text cut into parts, the ones that match the query marked. Rendered as text, never as HTML. */
export type Marked = Array<{ text: string; mark: boolean }>;

/**
 * What marks a word: its exact tokens (and CJK pairs), and with a language the stems of
 * the query's words, so "glaciers" is marked for the query "glacier".
 */
export interface MarkTerms {
  tokens: readonly string[];
  stems?: { language: Language; stems: ReadonlySet<string> };
}

/** The [start, end) ranges of `text` that match one of the query tokens, run by run. */
function* matchesOf(text: string, terms: readonly string[] | MarkTerms): Generator<[number, number]> {
  const { tokens, stems } = 'tokens' in terms ? terms : { tokens: terms, stems: undefined };
  const words = new Set(tokens.filter((token) => !isCjkToken(token)));
  const grams = tokens.filter(isCjkToken);
  for (const run of runsOf(text)) {
    if (run.kind === 'word') {
      const token = capToken(run.normal);
      if (words.has(token) || stems?.stems.has(stemOf(stems.language, token))) yield [run.start, run.end];
      continue;
    }
    if (grams.length === 0) continue;
    // Characters of the original run, each with its normal form, so a match maps back to it.
    const chars: Array<{ start: number; end: number; normal: string }> = [];
    let offset = run.start;
    for (const ch of text.slice(run.start, run.end)) {
      chars.push({ start: offset, end: offset + ch.length, normal: normalizeSearchText(ch) });
      offset += ch.length;
    }
    const found: Array<[number, number]> = [];
    for (const gram of grams) {
      const wanted = Array.from(gram);
      for (let i = 0; i + wanted.length <= chars.length; i++) {
        if (wanted.every((ch, k) => chars[i + k]?.normal === ch)) {
          found.push([chars[i]?.start ?? 0, chars[i + wanted.length - 1]?.end ?? 0]);
        }
      }
    }
    yield* found.sort((x, y) => x[0] - y[0]);
  }
}

/** The matching ranges of `text`, in order, overlapping and touching ones merged. */
function matchRanges(text: string, tokens: readonly string[] | MarkTerms): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const range of matchesOf(text, tokens)) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function marked(text: string, ranges: ReadonlyArray<[number, number]>): Marked {
  const parts: Marked = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** The whole text with every match of the query tokens marked. */
export function highlight(text: string, tokens: readonly string[] | MarkTerms): Marked {
  return marked(text, matchRanges(text, tokens));
}

/** The offset of the first space at or after `at` within `limit` units; -1 when there is none. */
function spaceAfter(text: string, at: number, limit: number): number {
  const found = text.indexOf(' ', at);
  return found !== -1 && found < at + limit ? found : -1;
}

/** Steps back from `at` off the second half of a surrogate pair. */
function charStart(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
}

/**
 * About `length` characters of `text` around its first match, the matches marked, with "…"
 * where the text was cut; the start of the text when nothing matches. Only the part shown
 * is analysed beyond the first match, so long bodies stay cheap.
 */
export function snippet(text: string, tokens: readonly string[] | MarkTerms, length = 240): Marked {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = matchesOf(flat, tokens).next().value?.[0] ?? 0;
  // About a third of the window before the match, more when the text ends soon after it.
  const before = Math.max(Math.floor(length / 3), length - (flat.length - first));
  let start = first <= before ? 0 : charStart(flat, first - before);
  const space = start > 0 ? spaceAfter(flat, start, 20) : -1;
  if (space !== -1) start = Math.min(space + 1, first);
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const lastSpace = flat.lastIndexOf(' ', end);
    end = lastSpace > start + length / 2 ? lastSpace : charStart(flat, end);
  }
  // Analyse up to the end of the word the cut falls in, so a match there is kept whole.
  const next = spaceAfter(flat, end, 200);
  const analysed = flat.slice(start, next === -1 ? Math.min(flat.length, end + 200) : next);
  const ranges = matchRanges(analysed, tokens);
  const cutMatch = ranges.find(([s, e]) => s < end - start && e > end - start);
  if (cutMatch) end = start + cutMatch[1];
  const parts = marked(
    flat.slice(start, end),
    ranges.filter(([, e]) => e <= end - start),
  );
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < flat.length) parts.push({ text: ' …', mark: false });
  return parts;
}
