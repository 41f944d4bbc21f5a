/**
 * The editor's ProseMirror schema: one node type per stored body node (src/domain/body.ts,
 * docs/elements/), with the same names and attributes, so a document goes in and out of the
 * editor without translation. The parse rules are what pasted HTML is cleaned by: whatever has
 * no rule here (fonts, colours, tables, foreign images, scripts) leaves only its text behind.
 * @example schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] })
 */
import { type Attrs, type DOMOutputSpec, type MarkSpec, type NodeSpec, Schema } from 'prosemirror-model';
import type { BlockKind } from '../../src/domain/body.js';
import { isSafeHref } from '../../src/lib/urls.js';

/** A media id in an image address of our own (`/media/{id}/...`), as the HTML importer reads it. */
export function mediaIdFromSrc(src: string): string | null {
  let path = src;
  try {
    path = new URL(src, 'http://x.invalid').pathname;
  } catch {
    return null;
  }
  return /^\/media\/([a-z0-9]+)\//.exec(path)?.[1] ?? null;
}

function headingRule(tag: string, level: 2 | 3 | 4) {
  return { tag, attrs: { level } };
}

/** The editor's node names: every element kind, and the document, list items and inline nodes. */
export type EditorNodeName = BlockKind | 'doc' | 'list_item' | 'text' | 'hard_break';

// One spec per name: an element kind without an editor node does not compile.
export const EDITOR_NODES: { readonly [N in EditorNodeName]: NodeSpec } = {
  doc: { content: 'block+' },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', 0],
  },
  heading: {
    attrs: { level: { default: 2 } },
    content: 'inline*',
    group: 'block',
    defining: true,
    // The headline is the page's only h1: a pasted h1 becomes a sub-heading, h5 and h6 the smallest.
    parseDOM: [
      headingRule('h1', 2),
      headingRule('h2', 2),
      headingRule('h3', 3),
      headingRule('h4', 4),
      headingRule('h5', 4),
      headingRule('h6', 4),
    ],
    toDOM: (node): DOMOutputSpec => [`h${node.attrs.level}`, 0],
  },
  blockquote: {
    attrs: { cite: { default: null } },
    content: 'paragraph+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: (): DOMOutputSpec => ['blockquote', 0],
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: (): DOMOutputSpec => ['ul', 0],
  },
  ordered_list: {
    attrs: { start: { default: 1 } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => {
          const start = Number.parseInt((dom as HTMLElement).getAttribute('start') ?? '', 10);
          return { start: Number.isInteger(start) && start >= 0 ? start : 1 };
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => ['ol', node.attrs.start === 1 ? {} : { start: node.attrs.start }, 0],
  },
  list_item: {
    content: 'paragraph (paragraph | bullet_list | ordered_list)*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },
  image: {
    attrs: {
      mediaId: {},
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    },
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    parseDOM: [
      {
        // Our own copy: a figure that carries every attribute.
        tag: 'figure[data-media-id]',
        getAttrs: (dom) => {
          const el = dom as HTMLElement;
          return {
            mediaId: el.dataset.mediaId,
            alt: el.dataset.alt ?? '',
            caption: el.dataset.caption ?? '',
            credit: el.dataset.credit ?? '',
          };
        },
      },
      {
        // An image of our media library copied from a page of the site (the reader's figure).
        tag: 'img',
        getAttrs: (dom) => {
          const img = dom as HTMLImageElement;
          const mediaId = img.dataset.mediaId ?? mediaIdFromSrc(img.getAttribute('src') ?? '');
          if (!mediaId) return false;
          const figure = img.closest('figure');
          const credit = figure?.querySelector('.credit')?.textContent ?? '';
          const captionText = figure?.querySelector('figcaption')?.textContent ?? '';
          return {
            mediaId,
            alt: img.getAttribute('alt') ?? '',
            caption: captionText.replace(credit, '').trim(),
            credit: credit.replace(/^©\s*/, '').trim(),
          };
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'figure',
      {
        'data-media-id': node.attrs.mediaId,
        'data-alt': node.attrs.alt,
        'data-caption': node.attrs.caption,
        'data-credit': node.attrs.credit,
      },
      ['figcaption', node.attrs.caption || node.attrs.alt],
    ],
  },
  embed: {
    attrs: { url: {} },
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    parseDOM: [
      {
        tag: '[data-embed-url]',
        getAttrs: (dom) => {
          const url = (dom as HTMLElement).dataset.embedUrl ?? '';
          return /^https?:\/\//.test(url) ? { url } : false;
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'figure',
      { 'data-embed-url': node.attrs.url },
      ['a', { href: node.attrs.url }, node.attrs.url],
    ],
  },
  related: {
    attrs: { articleId: {} },
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    parseDOM: [
      {
        tag: 'aside[data-related-id]',
        getAttrs: (dom) => ({ articleId: (dom as HTMLElement).dataset.relatedId }),
      },
    ],
    toDOM: (node): DOMOutputSpec => ['aside', { 'data-related-id': node.attrs.articleId }],
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br'],
  },
};

/** Word and Google Docs say "not bold" with a style on a <b>; that is no bold. */
function boldUnlessStyledNormal(dom: HTMLElement | string): Attrs | false | null {
  const weight = typeof dom === 'string' ? '' : dom.style.fontWeight;
  return weight === 'normal' || weight === '400' ? false : null;
}

const marks: Record<string, MarkSpec> = {
  link: {
    attrs: { href: {}, rel: { default: null } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = (dom as HTMLElement).getAttribute('href')?.trim() ?? '';
          if (!href || !isSafeHref(href)) return false;
          const rel = (dom as HTMLElement).getAttribute('rel') ?? '';
          return { href, rel: rel.split(/\s+/).includes('nofollow') ? 'nofollow' : null };
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => [
      'a',
      { href: mark.attrs.href, ...(mark.attrs.rel ? { rel: mark.attrs.rel } : {}) },
      0,
    ],
  },
  bold: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b', getAttrs: boldUnlessStyledNormal },
      {
        style: 'font-weight',
        getAttrs: (value) => (/^(bold(er)?|[6-9]\d\d)$/.test(String(value)) ? null : false),
      },
    ],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
  italic: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
};

/** The one schema of the article body editor. */
export const schema = new Schema({ nodes: EDITOR_NODES, marks });

function nodeType(name: string) {
  const type = schema.nodes[name];
  if (!type) throw new Error(`The schema has no node ${name}`);
  return type;
}

function markType(name: string) {
  const type = schema.marks[name];
  if (!type) throw new Error(`The schema has no mark ${name}`);
  return type;
}

/** The node types by name, typed. */
export const nodeTypes = {
  doc: nodeType('doc'),
  paragraph: nodeType('paragraph'),
  heading: nodeType('heading'),
  blockquote: nodeType('blockquote'),
  bullet_list: nodeType('bullet_list'),
  ordered_list: nodeType('ordered_list'),
  list_item: nodeType('list_item'),
  image: nodeType('image'),
  embed: nodeType('embed'),
  related: nodeType('related'),
  hard_break: nodeType('hard_break'),
};

/** The mark types by name, typed. */
export const markTypes = { bold: markType('bold'), italic: markType('italic'), link: markType('link') };
