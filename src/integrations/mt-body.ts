/**
 * A body as translatable segments and back (ADR 0023). Each paragraph, heading, list item
 * paragraph and quote paragraph is ONE segment: its text runs joined with lightweight markup
 * (`<b>`, `<i>`, `<a id="l0">`, `<br>`) that APY (`format=html`), LibreTranslate
 * (`format=html`) and DeepL (`tag_handling=html`) keep; link addresses never leave the
 * server (the tag carries an index). Image alt texts and captions are segments of plain
 * (escaped) text; credits, embeds, "More" boxes, media ids and every attribute stay as they
 * are. The walk is the one traversal (body-walk.ts, ADR 0019).
 * @example const plan = planBody(body); const out = plan.rebuild(await translate(plan.segments));
 */
import type { BlockNode, BodyDoc, InlineNode, ListItemNode, Mark, ParagraphNode } from '../domain/body.js';
import { type BodyWalker, walkBody } from '../domain/body-walk.js';

/** A body's segments to translate, and how to build the translated body from their translations. */
export interface BodyPlan {
  segments: string[];
  rebuild(translated: readonly string[]): BodyDoc;
}

/** What the walk makes of one block: its segments and how to rebuild it from their translations. */
interface Walked<N = BlockNode> {
  segments: string[];
  build(take: () => string): N;
}

/** Plain text as markup text (`&`, `<`, `>` escaped). */
export const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Markup text back to plain text (named and numeric entities). */
export function unescapeText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inline nodes as one segment of markup, with the links it refers to by index. */
export function encodeInline(nodes: readonly InlineNode[]): { markup: string; links: Mark[] } {
  const links: Mark[] = [];
  const linkIndex = (mark: Mark): number => {
    const key = JSON.stringify(mark);
    const found = links.findIndex((m) => JSON.stringify(m) === key);
    if (found >= 0) return found;
    links.push(mark);
    return links.length - 1;
  };
  const markup = nodes
    .map((node) => {
      if (node.type === 'hard_break') return '<br>';
      const marks = node.marks ?? [];
      const open = marks.map((m) =>
        m.type === 'bold' ? '<b>' : m.type === 'italic' ? '<i>' : `<a id="l${linkIndex(m)}">`,
      );
      const close = marks
        .map((m) => (m.type === 'bold' ? '</b>' : m.type === 'italic' ? '</i>' : '</a>'))
        .reverse();
      return `${open.join('')}${escapeText(node.text)}${close.join('')}`;
    })
    .join('');
  return { markup, links };
}

const TAG = /<(\/?)([a-z]+)\b([^>]*)>|([^<]+)/gi;

/** A translated segment back to inline nodes: tags it does not know are dropped, text is kept. */
export function decodeInline(markup: string, links: readonly Mark[]): InlineNode[] {
  const out: InlineNode[] = [];
  let bold = 0;
  let italic = 0;
  const linkStack: Array<Mark | undefined> = [];
  for (const match of markup.matchAll(TAG)) {
    const [, closing, rawTag, attrs, text] = match;
    if (text !== undefined) {
      const plain = unescapeText(text);
      if (plain === '') continue;
      const link = linkStack.findLast((m) => m !== undefined);
      const marks: Mark[] = [
        ...(bold > 0 ? [{ type: 'bold' } as const] : []),
        ...(italic > 0 ? [{ type: 'italic' } as const] : []),
        ...(link ? [link] : []),
      ];
      const last = out.at(-1);
      if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks))
        last.text += plain;
      else out.push(marks.length > 0 ? { type: 'text', text: plain, marks } : { type: 'text', text: plain });
      continue;
    }
    const tag = rawTag?.toLowerCase();
    const step = closing ? -1 : 1;
    if (tag === 'br' && !closing) out.push({ type: 'hard_break' });
    else if (tag === 'b' || tag === 'strong') bold = Math.max(0, bold + step);
    else if (tag === 'i' || tag === 'em') italic = Math.max(0, italic + step);
    else if (tag === 'a' && closing) linkStack.pop();
    else if (tag === 'a') linkStack.push(links[Number(/id="?l(\d+)/.exec(attrs ?? '')?.[1] ?? -1)]);
  }
  return out;
}

/** One run of inline content (a paragraph's or a heading's) as a segment, unless it holds no text. */
function inlineWalked(content: InlineNode[] | undefined): Walked<InlineNode[] | undefined> {
  if (!content?.some((n) => n.type === 'text' && /\p{L}/u.test(n.text)))
    return { segments: [], build: () => content };
  const { markup, links } = encodeInline(content);
  return {
    segments: [markup],
    build: (take) => {
      const decoded = decodeInline(take(), links);
      return decoded.some((n) => n.type === 'text') ? decoded : content;
    },
  };
}

/** A plain text attribute (alt, caption) as a segment. */
function plainWalked(text: string | undefined): Walked<string | undefined> {
  if (text === undefined || !/\p{L}/u.test(text)) return { segments: [], build: () => text };
  return {
    segments: [escapeText(text)],
    build: (take) => unescapeText(take().replace(/<[^>]*>/g, '')).trim() || text,
  };
}

const joined = <N>(parts: ReadonlyArray<Walked<unknown>>, build: (take: () => string) => N): Walked<N> => ({
  segments: parts.flatMap((p) => p.segments),
  build,
});

const listItems = (node: { content: ListItemNode[] }, items: Walked[][]) =>
  joined(items.flat(), (take) =>
    node.content.map((item, i) => ({
      ...item,
      content: (items[i] ?? []).map((w) => w.build(take)) as ListItemNode['content'],
    })),
  );

/** What translation does with each kind of block. */
const TRANSLATABLE: BodyWalker<Walked> = {
  paragraph: (node) => {
    const inner = inlineWalked(node.content);
    return joined([inner], (take) => withContent(node, inner.build(take)));
  },
  heading: (node) => {
    const inner = inlineWalked(node.content);
    return joined([inner], (take) => withContent(node, inner.build(take)));
  },
  blockquote: (node, paragraphs) =>
    joined(paragraphs, (take) => ({
      ...node,
      content: paragraphs.map((p) => p.build(take) as ParagraphNode),
    })),
  bullet_list: (node, items) => {
    const walked = listItems(node, items);
    return joined([walked], (take) => ({ ...node, content: walked.build(take) }));
  },
  ordered_list: (node, items) => {
    const walked = listItems(node, items);
    return joined([walked], (take) => ({ ...node, content: walked.build(take) }));
  },
  image: (node) => {
    const alt = plainWalked(node.attrs.alt);
    const caption = plainWalked(node.attrs.caption);
    return joined([alt, caption], (take) => {
      const attrs = { ...node.attrs, alt: alt.build(take) ?? node.attrs.alt };
      const translatedCaption = caption.build(take);
      return {
        ...node,
        attrs: translatedCaption === undefined ? attrs : { ...attrs, caption: translatedCaption },
      };
    });
  },
  embed: (node) => ({ segments: [], build: () => node }),
  related: (node) => ({ segments: [], build: () => node }),
};

function withContent<N extends { content?: InlineNode[] | undefined }>(
  node: N,
  content: InlineNode[] | undefined,
): N {
  return content === undefined ? node : { ...node, content };
}

/** The segments of a body and how to put their translations back in place. */
export function planBody(body: BodyDoc): BodyPlan {
  const walked = walkBody(body, TRANSLATABLE);
  return {
    segments: walked.flatMap((w) => w.segments),
    rebuild(translated) {
      let next = 0;
      const take = (): string => {
        const text = translated[next++];
        if (text === undefined) throw new Error('fewer translations than segments');
        return text;
      };
      return { type: 'doc', content: walked.map((w) => w.build(take)) };
    },
  };
}
