/**
 * The stored article body: a ProseMirror-compatible document of typed nodes (see
 * docs/adr/0003-body-model.md and docs/elements/). Every block kind is one element kind,
 * rendered by exactly one component.
 * @example parseBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] })
 */
import { z } from 'zod';
import { isSafeHref } from '../lib/urls.js';
import { type BlockOf, type BodyWalker, walkBlock, walkBody } from './body-walk.js';

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

/** Every element kind, in the order of docs/elements/ (a table, so none can be left out). */
export const BLOCK_KIND_TABLE: { readonly [K in BlockKind]: true } = {
  paragraph: true,
  heading: true,
  blockquote: true,
  bullet_list: true,
  ordered_list: true,
  image: true,
  embed: true,
  related: true,
};
export const BLOCK_KINDS = Object.keys(BLOCK_KIND_TABLE) as readonly BlockKind[];

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

/** The schema of each element kind: a kind without one does not compile. */
export const BLOCK_SCHEMAS: { readonly [K in BlockKind]: z.ZodType<BlockOf<K>> } = {
  paragraph: ParagraphSchema,
  heading: z.object({
    type: z.literal('heading'),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
    content: inlineContent,
  }),
  blockquote: z.object({
    type: z.literal('blockquote'),
    attrs: z.object({ cite: z.string().max(500).optional() }).optional(),
    content: z.array(ParagraphSchema).min(1),
  }),
  bullet_list: BulletListSchema,
  ordered_list: OrderedListSchema,
  image: z.object({
    type: z.literal('image'),
    attrs: z.object({
      mediaId: z.string().min(1).max(64),
      alt: z.string().trim().min(1, 'alt text is required').max(1000),
      caption: z.string().max(2000).optional(),
      credit: z.string().max(300).optional(),
    }),
  }),
  embed: z.object({
    type: z.literal('embed'),
    attrs: z.object({ url: z.url({ protocol: /^https?$/ }).max(2048) }),
  }),
  related: z.object({
    type: z.literal('related'),
    attrs: z.object({ articleId: z.string().min(1).max(64) }),
  }),
};

const BlockSchema: z.ZodType<BlockNode> = z.union(
  BLOCK_KINDS.map((kind) => BLOCK_SCHEMAS[kind]) as unknown as [
    z.ZodType<BlockNode>,
    ...z.ZodType<BlockNode>[],
  ],
);

/**
 * How deeply lists may nest in a body (a list in a list item is one level deeper): at most
 * 10, so a body is at most 23 levels of nodes deep (doc, 10 lists with their items, a
 * paragraph, its text). Every walk of a body stays shallow.
 */
export const MAX_LIST_NESTING = 10;

const deepest = (depths: readonly number[]): number => depths.reduce((a, b) => Math.max(a, b), 0);

/** How many lists deep each kind of block goes. */
export const LIST_NESTING: BodyWalker<number> = {
  paragraph: () => 0,
  heading: () => 0,
  blockquote: (_node, paragraphs) => deepest(paragraphs),
  bullet_list: (_node, items) => 1 + deepest(items.map(deepest)),
  ordered_list: (_node, items) => 1 + deepest(items.map(deepest)),
  image: () => 0,
  embed: () => 0,
  related: () => 0,
};

/** How many lists deep the deepest list of a body is (0 without lists). */
export function listNestingOf(body: BodyDoc): number {
  return deepest(walkBody(body, LIST_NESTING));
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

/** What a body refers to outside itself: media items, other articles, embedded posts. */
export interface BodyReferences {
  media: string[];
  related: string[];
  embeds: string[];
}

/** One thing a body refers to: a media item, an article or an embedded address. */
export type Reference = { to: keyof BodyReferences; id: string };
const NONE: Reference[] = [];
const within = (children: ReadonlyArray<readonly Reference[]>): Reference[] =>
  children.some((refs) => refs.length > 0) ? children.flat() : NONE;

/** What each kind of block refers to outside the body. */
export const REFERENCES: BodyWalker<readonly Reference[]> = {
  paragraph: () => NONE,
  heading: () => NONE,
  blockquote: (_node, paragraphs) => within(paragraphs),
  bullet_list: (_node, items) => within(items.map(within)),
  ordered_list: (_node, items) => within(items.map(within)),
  image: (node) => [{ to: 'media', id: node.attrs.mediaId }],
  embed: (node) => [{ to: 'embeds', id: node.attrs.url }],
  related: (node) => [{ to: 'related', id: node.attrs.articleId }],
};

/** Every media id, related article id and embed address a body refers to, each in order. */
export function referencesOf(body: BodyDoc): BodyReferences {
  const found: BodyReferences = { media: [], related: [], embeds: [] };
  for (const node of body.content) for (const ref of walkBlock(node, REFERENCES)) found[ref.to].push(ref.id);
  return found;
}

/** Every media id a body refers to, in order. */
export function mediaIdsOf(body: BodyDoc): string[] {
  return referencesOf(body).media;
}

/** Every article id a body's related boxes point to, in order. */
export function relatedIdsOf(body: BodyDoc): string[] {
  return referencesOf(body).related;
}
