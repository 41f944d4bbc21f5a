/**
 * What a language version of a story (a translation) knows about its own text: which
 * original and which version of it it was made from, whether a machine made it (and which
 * provider), and which fields are still machine-translated or copied and not yet reviewed by
 * a person. Fields are the headline, the lead, the kicker, the hero's alt text and caption,
 * each top-level block of the body, and the alt text and caption of each image in the body.
 * The body's fields are stored by the block's stable key (src/domain/review-blocks.ts), so a
 * mark stays on its paragraph when others are inserted before it; the API and the pages name
 * them by position (`body.2`, `body.4.alt`, `body.4.caption`). Marking fields reviewed is an
 * ordinary edit (ADR 0024).
 * @example markReviewed(review, ['headline', 'body']) // every block and the headline reviewed
 */
import type { Article } from './article.js';
import type { BlockNode } from './body.js';
import { DomainError, invalid } from './errors.js';
import { languageMismatch } from './language-check.js';
import { type Language, NATIVE_NAMES } from './languages.js';
import { keysFor } from './review-blocks.js';

/** The text of an original that a version follows. */
export type SourceText = Pick<Article, 'headline' | 'lead' | 'body'>;

/** The text of an original that a version follows. */
export function sourceTextOf(article: SourceText): SourceText {
  return { headline: article.headline, lead: article.lead, body: article.body };
}

/** True when the original's text is no longer what the version was made from. */
export function sourceChanged(was: SourceText, now: SourceText): boolean {
  return JSON.stringify(sourceTextOf(was)) !== JSON.stringify(sourceTextOf(now));
}

/** The name of a reviewable field as the API and the pages give it: named fields and body blocks by position. */
export type ReviewField =
  | 'headline'
  | 'lead'
  | 'kicker'
  | 'hero.alt'
  | 'hero.caption'
  | `body.${number}`
  | `body.${number}.alt`
  | `body.${number}.caption`;

/** A field as stored: named fields, and body fields by block key (`block:k3x9q2m7`, `block:k3x9q2m7.alt`). */
export type ReviewKey = string;

/** The fields a request may name besides `body.N`; `body` names every block of the body. */
const NAMED_FIELDS = ['headline', 'lead', 'kicker', 'hero.alt', 'hero.caption'] as const;

export interface TranslationReview {
  articleId: string;
  /** The article it was translated from, and that article's version at the time. */
  sourceId: string;
  sourceVersion: number;
  /** The original's text as it was translated: what "the original was updated" compares with. */
  sourceText: SourceText;
  /** The machine-translation provider that made the text; null when the text was copied for a person to translate. */
  provider: string | null;
  /** Fields still as the machine (or the copy) left them, as stored keys, in reading order. */
  unreviewed: ReviewKey[];
  /** The stable key of each top-level block of the version's working copy, in order. */
  blocks: string[];
  createdAt: string;
}

/** The stored keys of a block's text fields: an image's alt text and caption, any other block as a whole. */
function blockFields(block: BlockNode, key: string): ReviewKey[] {
  if (block.type !== 'image') return [`block:${key}`];
  return block.attrs.caption?.trim() ? [`block:${key}.alt`, `block:${key}.caption`] : [`block:${key}.alt`];
}

/** The fields of an article that carry text, as stored keys in reading order: what a version must review. */
export function reviewKeysOf(
  article: Pick<Article, 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
  blocks: readonly string[],
): ReviewKey[] {
  const fields: ReviewKey[] = [];
  if (article.headline.trim()) fields.push('headline');
  if (article.kicker?.trim()) fields.push('kicker');
  if (article.lead.trim()) fields.push('lead');
  if (article.hero?.alt.trim()) fields.push('hero.alt');
  if (article.hero?.caption?.trim()) fields.push('hero.caption');
  article.body.content.forEach((block, index) => {
    fields.push(...blockFields(block, blocks[index] ?? `#${index}`));
  });
  return fields;
}

/** A new review state: every field of the version unreviewed, each block with a new key. */
export function freshReview(
  version: Pick<Article, 'id' | 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
  original: Pick<Article, 'id' | 'version' | 'headline' | 'lead' | 'body'>,
  provider: string | null,
  now: Date,
): TranslationReview {
  const blocks = keysFor(version.body);
  return {
    articleId: version.id,
    sourceId: original.id,
    sourceVersion: original.version,
    sourceText: sourceTextOf(original),
    provider,
    unreviewed: reviewKeysOf(version, blocks),
    blocks,
    createdAt: now.toISOString(),
  };
}

/**
 * The fields of a version written with `translationOf` that are still the original's text
 * (copied, not translated): a field is the person's own once its text differs from every
 * text of the same kind in the original.
 */
export function copiedKeys(
  version: Pick<Article, 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
  original: Pick<Article, 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
  blocks: readonly string[],
): ReviewKey[] {
  const texts = (article: typeof version) => {
    const map = new Map<string, string>([
      ['headline', article.headline],
      ['lead', article.lead],
      ['kicker', article.kicker ?? ''],
      ['hero.alt', article.hero?.alt ?? ''],
      ['hero.caption', article.hero?.caption ?? ''],
    ]);
    return map;
  };
  const mine = texts(version);
  const theirs = texts(original);
  const theirBlocks = new Set(original.body.content.map((block) => JSON.stringify(block)));
  const theirImageTexts = new Set(
    original.body.content.flatMap((block) =>
      block.type === 'image' ? [block.attrs.alt, block.attrs.caption ?? ''].filter(Boolean) : [],
    ),
  );
  return reviewKeysOf(version, blocks).filter((key) => {
    const block = /^block:([^.]+)(\.alt|\.caption)?$/.exec(key);
    if (!block) return mine.get(key) === theirs.get(key);
    const node = version.body.content[blocks.indexOf(block[1] as string)];
    if (!node) return false;
    if (node.type !== 'image') return theirBlocks.has(JSON.stringify(node));
    const text = block[2] === '.caption' ? (node.attrs.caption ?? '') : node.attrs.alt;
    return theirImageTexts.has(text);
  });
}

/** The public name of a stored key (`block:k.alt` → `body.3.alt`); null for a block no longer there. */
export function publicName(key: ReviewKey, blocks: readonly string[]): ReviewField | null {
  const match = /^block:([^.]+)(\.alt|\.caption)?$/.exec(key);
  if (!match) return (NAMED_FIELDS as readonly string[]).includes(key) ? (key as ReviewField) : null;
  const index = blocks.indexOf(match[1] as string);
  return index < 0 ? null : (`body.${index}${match[2] ?? ''}` as ReviewField);
}

/** The stored key of a public name (`body.3` → `block:k`); null for a position past the body. */
export function storedKey(name: string, blocks: readonly string[]): ReviewKey | null {
  const match = /^body\.(\d+)(\.alt|\.caption)?$/.exec(name);
  if (!match) return name;
  const key = blocks[Number(match[1])];
  return key === undefined ? null : `block:${key}${match[2] ?? ''}`;
}

/** The unreviewed fields of a version by their public names, in reading order. */
export function unreviewedNames(
  review: Pick<TranslationReview, 'unreviewed' | 'blocks'>,
  article: Pick<Article, 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
): ReviewField[] {
  const open = new Set(review.unreviewed);
  return reviewKeysOf(article, review.blocks)
    .filter((key) => open.has(key))
    .map((key) => publicName(key, review.blocks))
    .filter((name): name is ReviewField => name !== null);
}

/** True when `name` names a reviewable field (`body` included, meaning all of the body). */
export function isReviewName(name: string): boolean {
  return (
    name === 'body' ||
    (NAMED_FIELDS as readonly string[]).includes(name) ||
    /^body\.(0|[1-9]\d{0,4})(\.alt|\.caption)?$/.test(name)
  );
}

/**
 * The unreviewed keys left once the fields named in `reviewed` are marked; an unknown name is
 * a 400. `body.N` marks the block with its alt text and caption; `body` marks every block.
 */
export function markReviewed(
  review: Pick<TranslationReview, 'unreviewed' | 'blocks'>,
  reviewed: readonly string[],
): ReviewKey[] {
  const bad = reviewed.find((name) => !isReviewName(name));
  if (bad !== undefined)
    throw invalid(
      'reviewed',
      `Unknown field "${bad}" (headline, lead, kicker, hero.alt, hero.caption, body, body.N, body.N.alt or body.N.caption)`,
    );
  const marked = new Set(reviewed.map((name) => storedKey(name, review.blocks)));
  return review.unreviewed.filter((key) => {
    if (marked.has(key)) return false;
    if (!key.startsWith('block:')) return true;
    if (reviewed.includes('body')) return false;
    return !marked.has(key.replace(/\.(alt|caption)$/, ''));
  });
}

/** Keys (and marks) that follow a body's blocks: dropped blocks drop theirs, new blocks are unreviewed. */
export function followBlocks(
  review: TranslationReview,
  article: Pick<Article, 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
  blocks: string[],
): TranslationReview {
  const known = new Set(review.blocks);
  const present = reviewKeysOf(article, blocks);
  const fresh = article.body.content.flatMap((block, index) => {
    const key = blocks[index] as string;
    return known.has(key) ? [] : blockFields(block, key);
  });
  const open = new Set([...review.unreviewed, ...fresh]);
  return { ...review, blocks, unreviewed: present.filter((key) => open.has(key)) };
}

/** Why the guard refused: the fields nobody reviewed, or a field in another language. */
export type RefusalReason =
  | { kind: 'unreviewed'; fields: ReviewField[] }
  | { kind: 'language'; field: 'headline' | 'lead' | 'body'; detected: Language; expected: Language };

/** The guard's 409, with what the newsroom needs to say it in the reader's language. */
export class TranslationRefusal extends DomainError {
  readonly reason: RefusalReason;

  constructor(reason: RefusalReason, message: string) {
    super('conflict', message, reason.kind === 'unreviewed' ? reason.fields[0] : reason.field);
    this.reason = reason;
  }
}

/**
 * The publish guard of a version, asked whenever its text goes out (published or scheduled,
 * a live version's text edited, a held edit published, the scheduled job; all through
 * `changeArticle`): a 409 naming the first unreviewed field, or the first field whose text is
 * detectably in another language. An editor may override the language check (not the
 * review) with a reason, which is kept as a note.
 */
export function translationRefusal(
  article: Pick<Article, 'language' | 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
  review: Pick<TranslationReview, 'unreviewed' | 'blocks'> | null,
  overrideReason: string | undefined,
): TranslationRefusal | null {
  const fields = review ? unreviewedNames(review, article) : [];
  if (fields.length > 0) {
    return new TranslationRefusal(
      { kind: 'unreviewed', fields },
      `The field ${fields[0]} is still a machine translation (or a copy of the original) that nobody has reviewed (unreviewed: ${fields.join(', ')})`,
    );
  }
  if (overrideReason?.trim()) return null;
  const mismatch = languageMismatch(article);
  if (!mismatch) return null;
  return new TranslationRefusal(
    { kind: 'language', field: mismatch.field, detected: mismatch.detected, expected: article.language },
    `The ${mismatch.field} reads as ${NATIVE_NAMES[mismatch.detected]} (${mismatch.detected}), not ${article.language}; fix it or publish with an override reason`,
  );
}

/**
 * A review state written before blocks had keys (fields by position, `body.N`): its blocks
 * get keys from their positions and its body fields move to them.
 */
export function fromPositions(
  unreviewed: readonly string[],
  body: Pick<Article, 'body'>['body'],
): Pick<TranslationReview, 'unreviewed' | 'blocks'> {
  const blocks = body.content.map((_, index) => `p${index}`);
  return {
    blocks,
    unreviewed: unreviewed.flatMap((name) => {
      const match = /^body\.(\d+)$/.exec(name);
      if (!match) return [name];
      const index = Number(match[1]);
      const block = body.content[index];
      return block ? blockFields(block, blocks[index] as string) : [];
    }),
  };
}
