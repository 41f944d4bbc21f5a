/**
 * Converts pasted or API-submitted HTML into body nodes. The HTML is first sanitised with
 * an allow-list (scripts, styles, event handlers, unknown tags and unsafe URLs are gone),
 * then walked into our node types; whatever has no node kind becomes plain text. HTML whose
 * elements nest deeper than MAX_HTML_DEPTH is refused before the sanitiser sees it (parsing
 * deep nesting costs time in the square of the depth), and lists nest at most as deep as a
 * body allows.
 * @example htmlToBody('<p>Hi <b>there</b></p>') // { type: 'doc', content: [{ type: 'paragraph', ... }] }
 */
import type { ChildNode, Element } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import {
  type BlockKind,
  type BlockNode,
  type BodyDoc,
  type InlineNode,
  type ListItemNode,
  type ListNode,
  MAX_LIST_NESTING,
  type Mark,
  type ParagraphNode,
} from '../domain/body.js';
import { DomainError } from '../domain/errors.js';
import { isSafeHref } from '../lib/urls.js';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'a',
    'br',
    'figure',
    'figcaption',
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt', 'data-media-id', 'data-credit'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'head'],
};

const HEADING_LEVEL: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag';
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Inline nodes of children, with HTML whitespace collapsed and neighbours merged. */
function inline(children: ChildNode[], marks: Mark[]): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (node: InlineNode) => {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      last.text += node.text;
    } else {
      out.push(node);
    }
  };
  for (const child of children) {
    if (child.type === 'text') {
      const text = child.data.replace(/\s+/g, ' ');
      if (text) push(marks.length > 0 ? { type: 'text', text, marks: [...marks] } : { type: 'text', text });
    } else if (isElement(child)) {
      const tag = child.name;
      if (tag === 'br') push({ type: 'hard_break' });
      else if (tag === 'strong' || tag === 'b')
        for (const n of inline(child.children, addMark(marks, { type: 'bold' }))) push(n);
      else if (tag === 'em' || tag === 'i')
        for (const n of inline(child.children, addMark(marks, { type: 'italic' }))) push(n);
      else if (tag === 'a') {
        const href = child.attribs.href?.trim();
        const rel = child.attribs.rel?.includes('nofollow') ? 'nofollow' : undefined;
        const link: Mark | null =
          href && isSafeHref(href) ? { type: 'link', attrs: rel ? { href, rel } : { href } } : null;
        for (const n of inline(child.children, link ? addMark(marks, link) : marks)) push(n);
      } else for (const n of inline(child.children, marks)) push(n);
    }
  }
  return trimInline(out);
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

function trimInline(nodes: InlineNode[]): InlineNode[] {
  const first = nodes[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
  return nodes.filter((n) => n.type !== 'text' || n.text.length > 0);
}

function paragraph(children: ChildNode[]): ParagraphNode | null {
  const content = inline(children, []);
  return content.length > 0 ? { type: 'paragraph', content } : null;
}

/** The media id of an image: `data-media-id`, or the id in a `/media/{id}/...` address. */
function mediaIdOf(img: Element, publicUrl: string | undefined): string | null {
  if (img.attribs['data-media-id']) return img.attribs['data-media-id'];
  const src = img.attribs.src ?? '';
  const path = publicUrl && src.startsWith(publicUrl) ? src.slice(publicUrl.replace(/\/$/, '').length) : src;
  return /^\/media\/([a-z0-9]+)\//.exec(path)?.[1] ?? null;
}

function image(img: Element, caption: string | undefined, publicUrl: string | undefined): BlockNode | null {
  const mediaId = mediaIdOf(img, publicUrl);
  if (!mediaId) return null;
  const attrs: { mediaId: string; alt: string; caption?: string; credit?: string } = {
    mediaId,
    alt: img.attribs.alt?.trim() ?? '',
  };
  if (caption) attrs.caption = caption;
  if (img.attribs['data-credit']) attrs.credit = img.attribs['data-credit'];
  return { type: 'image', attrs };
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return isElement(node) ? node.children.map(textOf).join('') : '';
}

function list(element: Element, publicUrl: string | undefined, lists: number): ListNode | null {
  if (lists > MAX_LIST_NESTING)
    throw new DomainError('too_deep', `html: lists nest deeper than ${MAX_LIST_NESTING} levels`, 'html');
  const items: ListItemNode[] = [];
  for (const child of element.children) {
    if (!isElement(child) || child.name !== 'li') continue;
    const content = blocks(child.children, publicUrl, lists).filter(
      (b): b is ParagraphNode | ListNode =>
        b.type === 'paragraph' || b.type === 'bullet_list' || b.type === 'ordered_list',
    );
    if (content.length > 0) items.push({ type: 'list_item', content });
  }
  if (items.length === 0) return null;
  if (element.name === 'ul') return { type: 'bullet_list', content: items };
  const start = Number.parseInt(element.attribs.start ?? '', 10);
  return Number.isInteger(start) && start !== 1
    ? { type: 'ordered_list', attrs: { start }, content: items }
    : { type: 'ordered_list', content: items };
}

/** Reads one element into a node (inside `lists` lists), or nothing when it holds no content. */
type Reader = (element: Element, publicUrl: string | undefined, lists: number) => BlockNode | null;

/**
 * The HTML elements each element kind is read from, and how; none for a kind that HTML
 * cannot carry. A kind without an entry does not compile.
 */
export const FROM_HTML: { readonly [K in BlockKind]: { tags: readonly string[]; read: Reader } } = {
  paragraph: { tags: ['p'], read: (element) => paragraph(element.children) },
  heading: {
    tags: Object.keys(HEADING_LEVEL),
    read: (element) => {
      const content = inline(element.children, []);
      const level = HEADING_LEVEL[element.name] ?? 2;
      return content.length > 0 ? { type: 'heading', attrs: { level }, content } : null;
    },
  },
  blockquote: {
    tags: ['blockquote'],
    read: (element, publicUrl, lists) => {
      const inner = blocks(element.children, publicUrl, lists).filter(
        (b): b is ParagraphNode => b.type === 'paragraph',
      );
      return inner.length > 0 ? { type: 'blockquote', content: inner } : null;
    },
  },
  bullet_list: { tags: ['ul'], read: (element, publicUrl, lists) => list(element, publicUrl, lists + 1) },
  ordered_list: { tags: ['ol'], read: (element, publicUrl, lists) => list(element, publicUrl, lists + 1) },
  image: {
    tags: ['img', 'figure'],
    read: (element, publicUrl) => {
      if (element.name === 'img') return image(element, undefined, publicUrl);
      const img = element.children.find((c): c is Element => isElement(c) && c.name === 'img');
      const caption = element.children.find((c): c is Element => isElement(c) && c.name === 'figcaption');
      const node = img
        ? image(img, caption ? textOf(caption).replace(/\s+/g, ' ').trim() : undefined, publicUrl)
        : null;
      // A figure without one of our images keeps its caption as a paragraph.
      return node ?? (caption ? paragraph(caption.children) : null);
    },
  },
  // An embed or a "More" box is chosen in the editor; pasted HTML has no such thing.
  embed: { tags: [], read: () => null },
  related: { tags: [], read: () => null },
};
const READERS = new Map(Object.values(FROM_HTML).flatMap(({ tags, read }) => tags.map((tag) => [tag, read])));

/** Block nodes of children (inside `lists` lists); loose inline content is gathered into paragraphs. */
function blocks(children: ChildNode[], publicUrl: string | undefined, lists = 0): BlockNode[] {
  const out: BlockNode[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    const p = paragraph(loose);
    if (p) out.push(p);
    loose = [];
  };
  for (const child of children) {
    const read = isElement(child) ? READERS.get(child.name) : undefined;
    if (!read) {
      loose.push(child);
      continue;
    }
    flush();
    const node = read(child as Element, publicUrl, lists);
    if (node) out.push(node);
  }
  flush();
  return out;
}

/** How deeply the elements of submitted HTML may nest; pastes from word processors stay far below. */
export const MAX_HTML_DEPTH = 100;

const PAST_LIMIT = Symbol('past the depth limit');

/**
 * True when elements of `html` nest deeper than `limit`, by the same HTML parser the sanitiser
 * uses (void elements and implied ends as a browser reads them). It stops at the first element
 * past the limit, so its parser's stack never grows beyond it: linear in the length of the text.
 */
export function htmlDepthPast(html: string, limit: number): boolean {
  let depth = 0;
  const parser = new Parser({
    onopentagname() {
      depth++;
      if (depth > limit) throw PAST_LIMIT;
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.end(html);
  } catch (error) {
    if (error === PAST_LIMIT) return true;
    throw error;
  }
  return false;
}

/** Sanitises HTML and converts it to a body document; too deep a nesting is refused (`too_deep`). */
export function htmlToBody(html: string, publicUrl?: string): BodyDoc {
  if (htmlDepthPast(html, MAX_HTML_DEPTH))
    throw new DomainError('too_deep', `html: elements nest deeper than ${MAX_HTML_DEPTH} levels`, 'html');
  const clean = sanitizeHtml(html, SANITIZE);
  return { type: 'doc', content: blocks(parseDocument(clean).children, publicUrl) };
}
