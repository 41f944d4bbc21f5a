/**
 * The view model of the translator's view (ADR 0024): every review field of a version beside
 * the original's text, in reading order (headline, kicker, lead, hero, then each top-level
 * block of the body, an image in the body by its alt text and caption), with its review state;
 * what changed in the original since; and the edit a review form asks for. A live version is
 * shown as its working copy (the held edit, when there is one): what the translator reviews
 * is what will go out.
 * @example const rows = rowsOf(t, working, original, review);
 */
import type { Article } from '../../domain/article.js';
import type { BlockNode, BodyDoc } from '../../domain/body.js';
import { walkBlock } from '../../domain/body-walk.js';
import { PLAIN_TEXT } from '../../domain/search-text.js';
import {
  type ReviewField,
  type SourceText,
  type TranslationReview,
  unreviewedNames,
} from '../../domain/translation-review.js';
import type { Translator } from '../../i18n/catalogue.js';
import { fieldLabel } from '../../render/newsroom/review-fields.js';
import type { TranslatorRow } from '../../render/newsroom/translator-page.js';

const blockText = (block: BlockNode | undefined) => (block ? walkBlock(block, PLAIN_TEXT) : '');

/** A paragraph of plain text (no marks, links or breaks) can be edited in a text box. */
function plainParagraph(block: BlockNode | undefined): boolean {
  return (
    block?.type === 'paragraph' && (block.content ?? []).every((n) => n.type === 'text' && !n.marks?.length)
  );
}

function textOf(
  article: Pick<Article, 'headline' | 'lead' | 'kicker' | 'hero' | 'body'>,
  field: string,
): string {
  const block = /^body\.(\d+)(\.alt|\.caption)?$/.exec(field);
  if (block) {
    const node = article.body.content[Number(block[1])];
    if (node?.type === 'image' && block[2] === '.alt') return node.attrs.alt;
    if (node?.type === 'image' && block[2] === '.caption') return node.attrs.caption ?? '';
    return block[2] ? '' : blockText(node);
  }
  if (field === 'hero.alt') return article.hero?.alt ?? '';
  if (field === 'hero.caption') return article.hero?.caption ?? '';
  return (field === 'kicker' ? article.kicker : article[field as 'headline' | 'lead']) ?? '';
}

/** The fields of one body block as rows: an image by its alt text and caption, any other block whole. */
function blockFields(block: BlockNode, index: number): ReviewField[] {
  if (block.type !== 'image') return [`body.${index}`];
  return [`body.${index}.alt`, `body.${index}.caption`];
}

/** Every field of the version beside the original's, in reading order. */
export function rowsOf(
  t: Translator,
  version: Article,
  original: Article,
  review: Pick<TranslationReview, 'unreviewed' | 'blocks'>,
): TranslatorRow[] {
  const unreviewed = unreviewedNames(review, version);
  const named: ReviewField[] = ['headline', 'kicker', 'lead', 'hero.alt', 'hero.caption'];
  const all = [...named, ...version.body.content.flatMap((block, i) => blockFields(block, i))];
  return all
    .filter((field) => textOf(version, field) || textOf(original, field) || unreviewed.includes(field))
    .filter((field) => !field.startsWith('hero') || version.hero)
    .map((field) => {
      const block = /^body\.(\d+)$/.exec(field);
      return {
        field,
        label: fieldLabel(t, field),
        original: textOf(original, field),
        version: textOf(version, field),
        reviewed: !unreviewed.includes(field),
        editable: block
          ? plainParagraph(version.body.content[Number(block[1])])
          : !field.startsWith('hero') && !field.startsWith('body'),
      };
    });
}

/** What changed in the original since the version was made: headline, lead and paragraph by paragraph. */
export function changesOf(t: Translator, was: SourceText, now: Article) {
  const changes: Array<{ label: string; was: string; now: string }> = [];
  if (was.headline !== now.headline)
    changes.push({ label: fieldLabel(t, 'headline'), was: was.headline, now: now.headline });
  if (was.lead !== now.lead) changes.push({ label: fieldLabel(t, 'lead'), was: was.lead, now: now.lead });
  const count = Math.max(was.body.content.length, now.body.content.length);
  for (let i = 0; i < count; i++) {
    const before = blockText(was.body.content[i]);
    const after = blockText(now.body.content[i]);
    if (before !== after) changes.push({ label: fieldLabel(t, `body.${i}`), was: before, now: after });
  }
  return changes;
}

/** The text change a review form asks for, as the fields of an edit. */
export function editOf(article: Article, field: string, text: string | undefined) {
  if (text === undefined) return {};
  const value = text.replace(/\r\n/g, '\n').trim();
  if (field === 'headline' || field === 'lead' || field === 'kicker') return { [field]: value };
  const block = /^body\.(\d+)$/.exec(field);
  const index = Number(block?.[1]);
  if (!block || !plainParagraph(article.body.content[index])) return {};
  const body: BodyDoc = {
    ...article.body,
    content: article.body.content.map((node, i) =>
      i === index ? { type: 'paragraph', content: value ? [{ type: 'text', text: value }] : [] } : node,
    ),
  };
  return { body };
}
