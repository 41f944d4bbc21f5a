/**
 * What a language version of a story (a translation) knows about its own text: which
 * original and which version of it it was made from, whether a machine made it (and which
 * provider), and which fields are still machine-translated or copied and not yet reviewed by
 * a person. Fields are the headline, the lead, the kicker, the hero's alt text and caption,
 * and each top-level block of the body (`body.0`, `body.1`, …; images in the body carry their
 * own alt text and caption, so they are reviewed with their block). Marking fields reviewed
 * is an ordinary edit (ADR 0024).
 * @example markReviewed(['headline', 'body.0'], ['body']) // ['headline']
 */
import type { Article } from './article.js';
import { DomainError, invalid } from './errors.js';
import { languageMismatch } from './language-check.js';
import { NATIVE_NAMES } from './languages.js';

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

/** A field of a version that a person reviews: named text fields and each top-level body block. */
export type ReviewField = 'headline' | 'lead' | 'kicker' | 'hero.alt' | 'hero.caption' | `body.${number}`;

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
  /** Fields still as the machine (or the copy) left them, in reading order. */
  unreviewed: ReviewField[];
  createdAt: string;
}

/** The fields of an article that carry text, in reading order: what a new version must review. */
export function reviewFieldsOf(
  article: Pick<Article, 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
): ReviewField[] {
  const fields: ReviewField[] = [];
  if (article.headline.trim()) fields.push('headline');
  if (article.kicker?.trim()) fields.push('kicker');
  if (article.lead.trim()) fields.push('lead');
  if (article.hero?.alt.trim()) fields.push('hero.alt');
  if (article.hero?.caption?.trim()) fields.push('hero.caption');
  article.body.content.forEach((_, index) => {
    fields.push(`body.${index}`);
  });
  return fields;
}

/** True when `name` names a reviewable field (`body` included, meaning all of the body). */
export function isReviewName(name: string): boolean {
  return (
    name === 'body' ||
    (NAMED_FIELDS as readonly string[]).includes(name) ||
    /^body\.(0|[1-9]\d{0,4})$/.test(name)
  );
}

/** The unreviewed fields left once `reviewed` are marked; an unknown field name is a 400. */
export function markReviewed(unreviewed: readonly ReviewField[], reviewed: readonly string[]): ReviewField[] {
  const bad = reviewed.find((name) => !isReviewName(name));
  if (bad !== undefined)
    throw invalid(
      'reviewed',
      `Unknown field "${bad}" (headline, lead, kicker, hero.alt, hero.caption, body or body.N)`,
    );
  return unreviewed.filter(
    (field) => !reviewed.includes(field) && !(field.startsWith('body.') && reviewed.includes('body')),
  );
}

/** The unreviewed fields that still exist in the article (a body that lost blocks drops theirs). */
export function stillPresent(
  unreviewed: readonly ReviewField[],
  article: Pick<Article, 'body'>,
): ReviewField[] {
  return unreviewed.filter((field) => {
    const match = /^body\.(\d+)$/.exec(field);
    return !match || Number(match[1]) < article.body.content.length;
  });
}

/**
 * The publish guard of a version, asked by every path that publishes or schedules (API,
 * newsroom, the scheduled job, through `changeArticle`): a 409 naming the first unreviewed
 * field, or the first field whose text is detectably in another language. An editor may
 * override the language check (not the review) with a reason, which is kept as a note.
 */
export function translationRefusal(
  article: Pick<Article, 'language' | 'headline' | 'lead' | 'body'>,
  review: Pick<TranslationReview, 'unreviewed'> | null,
  overrideReason: string | undefined,
): DomainError | null {
  const [first] = review ? stillPresent(review.unreviewed, article) : [];
  if (first) {
    return new DomainError(
      'conflict',
      `The field ${first} is still a machine translation (or a copy of the original) that nobody has reviewed`,
      first,
    );
  }
  if (overrideReason?.trim()) return null;
  const mismatch = languageMismatch(article);
  if (!mismatch) return null;
  return new DomainError(
    'conflict',
    `The ${mismatch.field} reads as ${NATIVE_NAMES[mismatch.detected]} (${mismatch.detected}), not ${article.language}; fix it or publish with an override reason`,
    mismatch.field,
  );
}
