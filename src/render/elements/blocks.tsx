/**
 * One render component per body element kind, dispatched through an exhaustive table:
 * a new kind of node is a compile error here until it has a component.
 * See docs/elements/ for each kind.
 */

import type {
  BlockKind,
  BlockNode,
  BlockquoteNode,
  EmbedNode,
  HeadingNode,
  ImageNode,
  ListItemNode,
  ListNode,
  ParagraphNode,
  RelatedNode,
} from '../../domain/body.js';
import type { Child } from '../jsx/jsx-runtime.js';
import type { BodyContext } from '../views.js';
import { EmbedLinkCard, EmbedPlaceholder } from './embed.js';
import { Figure, Picture } from './image.js';
import { Inline } from './inline.js';

type Renderer<K extends BlockKind> = (node: Extract<BlockNode, { type: K }>, ctx: BodyContext) => Child;

function Paragraph(node: ParagraphNode, ctx: BodyContext): Child {
  if (!node.content || node.content.length === 0) return null;
  return (
    <p>
      <Inline nodes={node.content} ctx={ctx} />
    </p>
  );
}

function Heading(node: HeadingNode, ctx: BodyContext): Child {
  const inner = <Inline nodes={node.content} ctx={ctx} />;
  if (node.attrs.level === 2) return <h2>{inner}</h2>;
  if (node.attrs.level === 3) return <h3>{inner}</h3>;
  return <h4>{inner}</h4>;
}

function Blockquote(node: BlockquoteNode, ctx: BodyContext): Child {
  return <blockquote>{node.content.map((p) => Paragraph(p, ctx))}</blockquote>;
}

function ListItem(node: ListItemNode, ctx: BodyContext): Child {
  return (
    <li>
      {node.content.map((child) =>
        child.type === 'paragraph' ? <Inline nodes={child.content} ctx={ctx} /> : List(child, ctx),
      )}
    </li>
  );
}

function List(node: ListNode, ctx: BodyContext): Child {
  const items = node.content.map((item) => ListItem(item, ctx));
  return node.type === 'bullet_list' ? <ul>{items}</ul> : <ol start={node.attrs?.start}>{items}</ol>;
}

function Image(node: ImageNode, ctx: BodyContext): Child {
  const media = ctx.media.get(node.attrs.mediaId);
  if (!media) return null;
  const image = {
    ...media,
    alt: node.attrs.alt,
    caption: node.attrs.caption ?? media.caption,
    credit: node.attrs.credit ?? media.credit,
  };
  return <Figure image={image} sizes="(min-width: 46rem) 44rem, 100vw" />;
}

/** A recognised post or video as a click-to-load placeholder; anything else as a link card. */
function Embed(node: EmbedNode, ctx: BodyContext): Child {
  const embed = ctx.embeds?.get(node.attrs.url);
  return embed ? (
    <EmbedPlaceholder embed={embed} t={ctx.t} />
  ) : (
    <EmbedLinkCard url={node.attrs.url} t={ctx.t} />
  );
}

/** The "More" box: left out cleanly when its article is not published. */
function Related(node: RelatedNode, ctx: BodyContext): Child {
  const teaser = ctx.related.get(node.attrs.articleId);
  if (!teaser) return null;
  return (
    <aside class="more-box" aria-label={ctx.t.t('article.more')}>
      {teaser.image ? <Picture image={teaser.image} sizes="5.5rem" /> : <span />}
      <div>
        <span class="label">{ctx.t.t('article.more')}</span>
        <a href={teaser.href}>{teaser.headline}</a>
      </div>
    </aside>
  );
}

/** The component of each element kind. */
export const RENDERERS: { readonly [K in BlockKind]: Renderer<K> } = {
  paragraph: Paragraph,
  heading: Heading,
  blockquote: Blockquote,
  bullet_list: List,
  ordered_list: List,
  image: Image,
  embed: Embed,
  related: Related,
};

function renderBlock<K extends BlockKind>(node: Extract<BlockNode, { type: K }>, ctx: BodyContext): Child {
  const render = RENDERERS[node.type as K];
  return render(node, ctx);
}

/** The blocks of an article's body, without a box of their own (the article page's `<article>` holds them). */
export function BodyBlocks(props: { nodes: readonly BlockNode[]; ctx: BodyContext }) {
  return <>{props.nodes.map((node) => renderBlock(node, props.ctx))}</>;
}

/** The whole body of an article in its own box (feeds' full text). */
export function Body(props: { nodes: readonly BlockNode[]; ctx: BodyContext }) {
  return (
    <div class="body">
      <BodyBlocks nodes={props.nodes} ctx={props.ctx} />
    </div>
  );
}
