/**
 * The shape of the demo newsroom's written content and small builders for its bodies.
 * Content refers to pictures by demo image name and to other articles by demo key; the
 * loader swaps in the real media and article ids as it creates them.
 * @example p('Voters said **yes** to the [fund](https://www.admin.ch/).')
 */
import type { ArticleCreateInput } from '../commands/articles.js';
import type { BlockNode, InlineNode, ListItemNode, Mark, ParagraphNode } from '../domain/body.js';
import type { Language, Localized } from '../domain/languages.js';
import type { DemoImageName } from './images.js';

/** A hero picture of a demo article: which demo image, with its localized texts. */
export interface DemoHero {
  image: DemoImageName;
  alt: string;
  caption: string;
  credit: string;
}

/**
 * One demo article. `key` names it for `translationOf` and "More" boxes, which may point
 * only to articles that come earlier in the creation order.
 */
export interface DemoArticle
  extends Omit<
    ArticleCreateInput,
    'body' | 'html' | 'hero' | 'translationOf' | 'status' | 'publishAt' | 'section'
  > {
  key: string;
  section: 'politics' | 'business' | 'society' | 'culture' | 'science';
  translationOf?: string | undefined;
  hero: DemoHero;
  body: BlockNode[];
}

export interface DemoAuthor {
  slug: string;
  name: Localized;
  role: Localized;
  bio: Localized;
  languages?: Language[];
  expertise?: Partial<Record<Language, string[]>>;
  contactEmail?: string;
}

export interface DemoTopic {
  slug: string;
  name: Localized;
}

// **bold**, *italic*, [text](https://...) and [text](https://... nofollow); no nesting.
const MARKUP = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((\S+?)( nofollow)?\)/g;

/** Inline nodes from a line of light markup. */
export function inline(markup: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  const text = (value: string, marks?: Mark[]) => {
    if (value) nodes.push(marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
  };
  let last = 0;
  for (const match of markup.matchAll(MARKUP)) {
    text(markup.slice(last, match.index));
    const [, bold, italic, label, href, nofollow] = match;
    if (bold) text(bold, [{ type: 'bold' }]);
    else if (italic) text(italic, [{ type: 'italic' }]);
    else if (label && href) {
      text(label, [{ type: 'link', attrs: nofollow ? { href, rel: 'nofollow' } : { href } }]);
    }
    last = match.index + match[0].length;
  }
  text(markup.slice(last));
  return nodes;
}

/** A paragraph. */
export function p(markup: string): ParagraphNode {
  return { type: 'paragraph', content: inline(markup) };
}

/** A sub-heading (level 2). */
export function h2(text: string): BlockNode {
  return { type: 'heading', attrs: { level: 2 }, content: inline(text) };
}

/**
 * A quotation of one or more paragraphs; the speaker, when given, closes it on a line of its
 * own (readers see it; `attrs.cite` is not shown).
 */
export function quote(paragraphs: string[], by?: string): BlockNode {
  const lines = by ? [...paragraphs, `— ${by}`] : paragraphs;
  return { type: 'blockquote', content: lines.map(p) };
}

const items = (entries: string[]): ListItemNode[] =>
  entries.map((e) => ({ type: 'list_item', content: [p(e)] }));

/** A bulleted list. */
export function ul(entries: string[]): BlockNode {
  return { type: 'bullet_list', content: items(entries) };
}

/** A numbered list. */
export function ol(entries: string[]): BlockNode {
  return { type: 'ordered_list', content: items(entries) };
}

/** An inline picture: `image` is a demo image name until the loader resolves it. */
export function img(image: DemoImageName, alt: string, caption: string, credit: string): BlockNode {
  return { type: 'image', attrs: { mediaId: image, alt, caption, credit } };
}

/** A "More" box: `key` is the demo key of an earlier article until the loader resolves it. */
export function more(key: string): BlockNode {
  return { type: 'related', attrs: { articleId: key } };
}
