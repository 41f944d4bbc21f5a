/**
 * The one traversal of an article body (docs/adr/0019-one-body-traversal.md). A walker is a
 * table with one entry per element kind; `walkBody` takes it through the tree bottom-up, so
 * a container's entry receives its children already walked: a quote the results of its
 * paragraphs, a list the results of each item's paragraphs and lists. Where the children of
 * each kind are is known here only, and a kind added to `BlockNode` is a compile error in
 * every walker (and in `BLOCK_SHAPES`) until it says what it makes of the new kind.
 *
 * Depth: a walk recurses once per level, and bodies are at most 23 levels deep
 * (MAX_LIST_NESTING); input is refused past 64 levels before any schema sees it. This file
 * imports no runtime code, so the editor's bundle takes it without zod.
 * @example
 * const blocks = walkBody(body, { paragraph: () => 1, heading: () => 1, blockquote: (_n, ps) => ps.length, ... });
 */
import type { BlockKind, BlockNode, BodyDoc, ListItemNode } from './body.js';

/** The node of one element kind. */
export type BlockOf<K extends BlockKind> = Extract<BlockNode, { type: K }>;

/** How a node keeps child blocks: none, a list of blocks (a quote), or items of blocks (a list). */
export type BlockShape<N> = N extends { content: ReadonlyArray<ListItemNode> }
  ? 'items'
  : N extends { content: ReadonlyArray<BlockNode> }
    ? 'blocks'
    : 'leaf';

/** What a walker's entry receives after the node: the walked children, by the node's shape. */
export type WalkedChildren<N, R> = {
  leaf: [];
  blocks: [children: R[]];
  items: [items: R[][]];
}[BlockShape<N>];

/**
 * A walk of a body: for every element kind, what it makes of a node of that kind (given its
 * walked children). Exhaustive by type: a missing kind does not compile.
 */
export type BodyWalker<R> = {
  readonly [K in BlockKind]: (node: BlockOf<K>, ...children: WalkedChildren<BlockOf<K>, R>) => R;
};

/**
 * The shape of every kind, checked against its type: a kind whose type holds child blocks
 * must be listed with that shape, so the traversal never passes over children.
 */
export const BLOCK_SHAPES = {
  paragraph: 'leaf',
  heading: 'leaf',
  blockquote: 'blocks',
  bullet_list: 'items',
  ordered_list: 'items',
  image: 'leaf',
  embed: 'leaf',
  related: 'leaf',
} as const satisfies { readonly [K in BlockKind]: BlockShape<BlockOf<K>> };

type AnyEntry<R> = (node: BlockNode, children?: R[] | R[][]) => R;

/** What a walker makes of one block (and, through it, of the blocks inside it). */
export function walkBlock<R>(node: BlockNode, walker: BodyWalker<R>): R {
  // The table is exhaustive by its type; the cast only joins its per-kind signatures.
  const entry = walker[node.type] as AnyEntry<R>;
  switch (BLOCK_SHAPES[node.type]) {
    case 'leaf':
      return entry(node);
    case 'blocks':
      return entry(
        node,
        (node as { content: readonly BlockNode[] }).content.map((child) => walkBlock(child, walker)),
      );
    case 'items':
      return entry(
        node,
        (node as { content: readonly ListItemNode[] }).content.map((item) =>
          item.content.map((child) => walkBlock(child, walker)),
        ),
      );
  }
}

/** What a walker makes of each top-level block of a body, in order. */
export function walkBody<R>(body: Pick<BodyDoc, 'content'>, walker: BodyWalker<R>): R[] {
  return body.content.map((node) => walkBlock(node, walker));
}
