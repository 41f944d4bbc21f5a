/**
 * The stored body (src/domain/body.ts) to an editor document and back. The node names are
 * the same; what differs is that the editor carries every attribute with its default, and a
 * document always holds at least one block, while the stored body leaves out what is empty.
 * @example bodyFromDoc(docFromBody(body)) // equal to body, less empty paragraphs
 */
import type { Node as PMNode } from 'prosemirror-model';
import type {
  BlockKind,
  BlockNode,
  BodyDoc,
  InlineNode,
  ListItemNode,
  ListNode,
  Mark,
  ParagraphNode,
} from '../../src/domain/body.js';
import type { BlockOf } from '../../src/domain/body-walk.js';
import { schema } from './schema.js';

/** Inserts an empty paragraph where a list item starts with a nested list (the editor needs one first). */
function repairListItems(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const record = node as { type?: string; content?: unknown[] };
  const content = record.content?.map(repairListItems);
  if (record.type === 'list_item' && content && (content[0] as { type?: string })?.type !== 'paragraph') {
    content.unshift({ type: 'paragraph' });
  }
  return content ? { ...record, content } : record;
}

/** An editor document of a stored body; an empty body becomes one empty paragraph. */
export function docFromBody(body: BodyDoc): PMNode {
  const content = body.content.length > 0 ? body.content.map(repairListItems) : [{ type: 'paragraph' }];
  const doc = schema.nodeFromJSON({ type: 'doc', content });
  doc.check();
  return doc;
}

function markOf(mark: PMNode['marks'][number]): Mark {
  switch (mark.type.name) {
    case 'bold':
      return { type: 'bold' };
    case 'italic':
      return { type: 'italic' };
    case 'link': {
      const href = String(mark.attrs.href);
      return mark.attrs.rel
        ? { type: 'link', attrs: { href, rel: String(mark.attrs.rel) } }
        : { type: 'link', attrs: { href } };
    }
    default:
      throw new Error(`The editor has a mark the body does not know: ${mark.type.name}`);
  }
}

function inlineOf(node: PMNode): InlineNode[] {
  const out: InlineNode[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hard_break') out.push({ type: 'hard_break' });
    else if (child.isText && child.text) {
      out.push(
        child.marks.length > 0
          ? { type: 'text', text: child.text, marks: child.marks.map(markOf) }
          : { type: 'text', text: child.text },
      );
    }
  });
  return out;
}

function paragraphOf(node: PMNode): ParagraphNode {
  const content = inlineOf(node);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listOf(node: PMNode): ListNode {
  const items: ListItemNode[] = [];
  node.forEach((item) => {
    const content: Array<ParagraphNode | ListNode> = [];
    item.forEach((child) => {
      content.push(child.type.name === 'paragraph' ? paragraphOf(child) : listOf(child));
    });
    items.push({ type: 'list_item', content });
  });
  if (node.type.name === 'bullet_list') return { type: 'bullet_list', content: items };
  const start = Number(node.attrs.start);
  return start !== 1
    ? { type: 'ordered_list', attrs: { start }, content: items }
    : { type: 'ordered_list', content: items };
}

/** An optional text attribute: left out when empty. */
function optional(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? text : undefined;
}

/** What each element kind's editor node is stored as; null leaves an empty one out. */
export const FROM_EDITOR: { readonly [K in BlockKind]: (node: PMNode) => BlockOf<K> | null } = {
  paragraph: (node) => {
    const p = paragraphOf(node);
    // Empty paragraphs are the editor's spacing while typing, not content.
    return p.content ? p : null;
  },
  heading: (node) => {
    const content = inlineOf(node);
    if (content.length === 0) return null;
    return { type: 'heading', attrs: { level: node.attrs.level as 2 | 3 | 4 }, content };
  },
  blockquote: (node) => {
    const content: ParagraphNode[] = [];
    node.forEach((child) => {
      const p = paragraphOf(child);
      if (p.content) content.push(p);
    });
    if (content.length === 0) return null;
    const cite = optional(node.attrs.cite);
    return cite ? { type: 'blockquote', attrs: { cite }, content } : { type: 'blockquote', content };
  },
  // listOf reads the list's kind from the node itself, which is this entry's kind.
  bullet_list: (node) => listOf(node) as BlockOf<'bullet_list'>,
  ordered_list: (node) => listOf(node) as BlockOf<'ordered_list'>,
  image: (node) => {
    const caption = optional(node.attrs.caption);
    const credit = optional(node.attrs.credit);
    return {
      type: 'image',
      attrs: {
        mediaId: String(node.attrs.mediaId),
        alt: String(node.attrs.alt ?? '').trim(),
        ...(caption ? { caption } : {}),
        ...(credit ? { credit } : {}),
      },
    };
  },
  embed: (node) => ({ type: 'embed', attrs: { url: String(node.attrs.url) } }),
  related: (node) => ({ type: 'related', attrs: { articleId: String(node.attrs.articleId) } }),
};

function blockOf(node: PMNode): BlockNode | null {
  const name = node.type.name;
  if (!Object.hasOwn(FROM_EDITOR, name))
    throw new Error(`The editor has a node the body does not know: ${name}`);
  return FROM_EDITOR[name as BlockKind](node);
}

/** The stored body of an editor document. */
export function bodyFromDoc(doc: PMNode): BodyDoc {
  const content: BlockNode[] = [];
  doc.forEach((node) => {
    const block = blockOf(node);
    if (block) content.push(block);
  });
  return { type: 'doc', content };
}

/** Images of a body without alt text, by position (1-based) among the body's images. */
export function imagesWithoutAlt(body: BodyDoc): number[] {
  return body.content
    .filter((node) => node.type === 'image')
    .flatMap((node, i) => (node.type === 'image' && !node.attrs.alt ? [i + 1] : []));
}
