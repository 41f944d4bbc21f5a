/**
 * The stored article body: a ProseMirror-compatible document of typed nodes (see
 * docs/adr/0003-body-model.md and docs/elements/). Every block kind is one element kind,
 * rendered by exactly one component.
 * @example parseBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] })
 */
import { z } from 'zod';
import { isSafeHref } from '../lib/urls.js';

export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: { href: string; rel?: string | undefined } };

export type TextNode = { type: 'text'; text: string; marks?: Mark[] | undefined };
export type HardBreakNode = { type: 'hard_break' };
export type InlineNode = TextNode | HardBreakNode;

export type ParagraphNode = { type: 'paragraph'; content?: InlineNode[] | undefined };
export type HeadingNode = {
  type: 'heading';
  attrs: { level: 2 | 3 | 4 };
  content?: InlineNode[] | undefined;
};
export type BlockquoteNode = {
  type: 'blockquote';
  attrs?: { cite?: string | undefined } | undefined;
  content: ParagraphNode[];
};
export type ListItemNode = { type: 'list_item'; content: Array<ParagraphNode | ListNode> };
export type BulletListNode = { type: 'bullet_list'; content: ListItemNode[] };
export type OrderedListNode = {
  type: 'ordered_list';
  attrs?: { start?: number | undefined } | undefined;
  content: ListItemNode[];
};
export type ListNode = BulletListNode | OrderedListNode;
export type ImageNode = {
  type: 'image';
  attrs: { mediaId: string; alt: string; caption?: string | undefined; credit?: string | undefined };
};
export type EmbedNode = { type: 'embed'; attrs: { url: string } };
export type RelatedNode = { type: 'related'; attrs: { articleId: string } };

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BlockquoteNode
  | BulletListNode
  | OrderedListNode
  | ImageNode
  | EmbedNode
  | RelatedNode;
export type BlockKind = BlockNode['type'];
export type BodyDoc = { type: 'doc'; content: BlockNode[] };

export const BLOCK_KINDS = [
  'paragraph',
  'heading',
  'blockquote',
  'bullet_list',
  'ordered_list',
  'image',
  'embed',
  'related',
] as const satisfies readonly BlockKind[];

const Href = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .refine(isSafeHref, { message: 'must be an http(s) or mailto address, or a path on this site' });

const MarkSchema: z.ZodType<Mark> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({
    type: z.literal('link'),
    attrs: z.object({ href: Href, rel: z.string().max(100).optional() }),
  }),
]);

const TextSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(100_000),
  marks: z.array(MarkSchema).max(10).optional(),
});
const InlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion('type', [
  TextSchema,
  z.object({ type: z.literal('hard_break') }),
]);
const inlineContent = z.array(InlineSchema).max(10_000).optional();

const ParagraphSchema = z.object({ type: z.literal('paragraph'), content: inlineContent });

// Lists nest, so their schemas refer to each other through getters (zod's recursion form).
const ListItemSchema: z.ZodType<ListItemNode> = z
  .object({
    type: z.literal('list_item'),
    get content() {
      return z.array(z.union([ParagraphSchema, BulletListSchema, OrderedListSchema])).min(1);
    },
  })
  .meta({ id: 'BodyListItem' });
const BulletListSchema: z.ZodType<BulletListNode> = z
  .object({
    type: z.literal('bullet_list'),
    get content() {
      return z.array(ListItemSchema).min(1);
    },
  })
  .meta({ id: 'BodyBulletList' });
const OrderedListSchema: z.ZodType<OrderedListNode> = z
  .object({
    type: z.literal('ordered_list'),
    attrs: z.object({ start: z.number().int().min(0).optional() }).optional(),
    get content() {
      return z.array(ListItemSchema).min(1);
    },
  })
  .meta({ id: 'BodyOrderedList' });

const BlockSchema: z.ZodType<BlockNode> = z.union([
  ParagraphSchema,
  z.object({
    type: z.literal('heading'),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
    content: inlineContent,
  }),
  z.object({
    type: z.literal('blockquote'),
    attrs: z.object({ cite: z.string().max(500).optional() }).optional(),
    content: z.array(ParagraphSchema).min(1),
  }),
  BulletListSchema,
  OrderedListSchema,
  z.object({
    type: z.literal('image'),
    attrs: z.object({
      mediaId: z.string().min(1).max(64),
      alt: z.string().trim().min(1, 'alt text is required').max(1000),
      caption: z.string().max(2000).optional(),
      credit: z.string().max(300).optional(),
    }),
  }),
  z.object({
    type: z.literal('embed'),
    attrs: z.object({ url: z.url({ protocol: /^https?$/ }).max(2048) }),
  }),
  z.object({ type: z.literal('related'), attrs: z.object({ articleId: z.string().min(1).max(64) }) }),
]);

/**
 * How deeply lists may nest in a body (a list in a list item is one level deeper): at most
 * 10, so a body is at most 23 levels of nodes deep (doc, 10 lists with their items, a
 * paragraph, its text). Every walk of a body stays shallow.
 */
export const MAX_LIST_NESTING = 10;

/** How many lists deep the deepest list of a body is (0 without lists); walks with its own stack. */
export function listNestingOf(body: BodyDoc): number {
  let deepest = 0;
  const stack: Array<{ node: BlockNode | ListItemNode; lists: number }> = body.content.map((node) => ({
    node,
    lists: 0,
  }));
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, lists } = entry;
    if (node.type === 'bullet_list' || node.type === 'ordered_list') {
      deepest = Math.max(deepest, lists + 1);
      for (const item of node.content) stack.push({ node: item, lists: lists + 1 });
    } else if (node.type === 'list_item') {
      for (const child of node.content) stack.push({ node: child, lists });
    }
  }
  return deepest;
}

/** The schema every stored or submitted body passes. */
export const BodySchema: z.ZodType<BodyDoc> = z
  .object({
    type: z.literal('doc'),
    content: z.array(BlockSchema).max(5_000),
  })
  .superRefine((body, ctx) => {
    if (listNestingOf(body) > MAX_LIST_NESTING)
      ctx.addIssue({ code: 'custom', message: `lists nest deeper than ${MAX_LIST_NESTING} levels` });
  });

/** An empty document. */
export function emptyBody(): BodyDoc {
  return { type: 'doc', content: [] };
}

/** The plain text of inline nodes. */
export function inlineText(nodes: readonly InlineNode[] | undefined): string {
  return (nodes ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

/** Every media id a body refers to, in order. */
export function mediaIdsOf(body: BodyDoc): string[] {
  return body.content.flatMap((node) => (node.type === 'image' ? [node.attrs.mediaId] : []));
}

/** Every article id a body's related boxes point to, in order. */
export function relatedIdsOf(body: BodyDoc): string[] {
  return body.content.flatMap((node) => (node.type === 'related' ? [node.attrs.articleId] : []));
}
