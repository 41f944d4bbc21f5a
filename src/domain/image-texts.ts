/**
 * Credit and alt text are required for publishing: every image readers will see, the main
 * (hero) image and each image of the body, needs alt text and a credit (agency photos must be
 * credited). A body image may leave its credit to the media library's (as the reader page
 * does, src/render/elements/blocks.tsx); the hero carries its own. This lists what is missing,
 * in reading order, for the publishing steps (src/commands/image-texts.ts) and the editor.
 * @example imageTextGaps(article, media) // [{ place: 'body', n: 2, mediaId: 'm1', label: 'Boats', missing: 'credit' }]
 */
import type { Article } from './article.js';
import type { ImageNode } from './body.js';
import { type BodyWalker, walkBody } from './body-walk.js';

/** What one image lacks: `n` counts the body's images from 1 (0 for the hero). */
export interface ImageTextGap {
  place: 'hero' | 'body';
  n: number;
  mediaId: string;
  /** How the desk recognises the image: its alt text (shortened), else its media id. */
  label: string;
  missing: 'alt' | 'credit';
}

const NONE: readonly ImageNode[] = [];
const flat = (groups: ReadonlyArray<readonly ImageNode[]>): readonly ImageNode[] =>
  groups.some((g) => g.length > 0) ? groups.flat() : NONE;

/** Every image of a body, in reading order. */
const IMAGES: BodyWalker<readonly ImageNode[]> = {
  paragraph: () => NONE,
  heading: () => NONE,
  blockquote: (_node, children) => flat(children),
  bullet_list: (_node, items) => flat(items.map(flat)),
  ordered_list: (_node, items) => flat(items.map(flat)),
  image: (node) => [node],
  embed: () => NONE,
  related: () => NONE,
};

const labelOf = (alt: string, mediaId: string): string => {
  const text = alt.trim();
  if (!text) return mediaId;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

/** The texts the media library keeps for an image (the fallback of a body image's credit). */
export type StoredImageTexts = ReadonlyMap<string, { credit: string | null }>;

/** What the article's images lack for publishing, in reading order; empty when nothing. */
export function imageTextGaps(
  article: Pick<Article, 'hero' | 'body'>,
  stored: StoredImageTexts,
): ImageTextGap[] {
  const gaps: ImageTextGap[] = [];
  const hero = article.hero;
  if (hero) {
    const label = labelOf(hero.alt, hero.mediaId);
    if (!hero.alt.trim()) gaps.push({ place: 'hero', n: 0, mediaId: hero.mediaId, label, missing: 'alt' });
    if (!hero.credit?.trim())
      gaps.push({ place: 'hero', n: 0, mediaId: hero.mediaId, label, missing: 'credit' });
  }
  walkBody(article.body, IMAGES)
    .flat()
    .forEach((node, index) => {
      const { mediaId, alt, credit } = node.attrs;
      const base = { place: 'body' as const, n: index + 1, mediaId, label: labelOf(alt, mediaId) };
      if (!alt.trim()) gaps.push({ ...base, missing: 'alt' });
      if (!(credit?.trim() || stored.get(mediaId)?.credit?.trim())) gaps.push({ ...base, missing: 'credit' });
    });
  return gaps;
}

/** The API's message for a gap, naming the image. */
export function gapMessage(gap: ImageTextGap): string {
  const what = gap.missing === 'alt' ? 'alt text' : 'a credit';
  const image =
    gap.place === 'hero'
      ? `The main image (“${gap.label}”, media ${gap.mediaId})`
      : `Image ${gap.n} in the body (“${gap.label}”, media ${gap.mediaId})`;
  return `${image} needs ${what} before the article can be published: credit and alt text are required for every image`;
}

/** The field a gap is reported on: `hero.credit`, `body.images.2.alt`. */
export function gapField(gap: ImageTextGap): string {
  return gap.place === 'hero' ? `hero.${gap.missing}` : `body.images.${gap.n}.${gap.missing}`;
}
