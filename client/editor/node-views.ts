/**
 * How the block nodes without text show in the editor: an image with its alt text, caption
 * and credit editable in place; an embed as a card with its address; a "More" box with the
 * headline it points to. Each is one small class, as ProseMirror node views are.
 * @example new EditorView(el, { nodeViews: nodeViews(ctx) })
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView, NodeView } from 'prosemirror-view';
import { updateNodeAttrs } from './commands.js';

export interface Lookups {
  /** The address of a small rendition of a media item. */
  mediaUrl(id: string): Promise<string | null>;
  /** The headline of an article, for a "More" box. */
  headline(id: string): Promise<string | null>;
  msg(key: string, vars?: Record<string, string | number>): string;
}

let counter = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A remove button for a block node. */
function removeButton(view: EditorView, getPos: () => number | undefined, label: string): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'ed-remove secondary' }, label);
  button.addEventListener('click', () => {
    const pos = getPos();
    const node = pos === undefined ? null : view.state.doc.nodeAt(pos);
    if (pos === undefined || !node) return;
    view.dispatch(view.state.tr.delete(pos, pos + node.nodeSize));
    view.focus();
  });
  return button;
}

/** Events inside the node's own form fields belong to them, not to the editor. */
function isField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLButtonElement ||
    target instanceof HTMLTextAreaElement
  );
}

class ImageView implements NodeView {
  dom: HTMLElement;
  private inputs: Record<'alt' | 'caption' | 'credit', HTMLInputElement>;
  private img: HTMLImageElement;

  constructor(
    private node: PMNode,
    private view: EditorView,
    private getPos: () => number | undefined,
    lookups: Lookups,
  ) {
    const id = `ed-img-${++counter}`;
    this.dom = el('figure', {
      class: 'ed-block ed-image',
      contenteditable: 'false',
      'data-media-id': node.attrs.mediaId,
    });
    this.img = el('img', { alt: node.attrs.alt, width: '240' });
    void lookups.mediaUrl(node.attrs.mediaId).then((url) => {
      if (url) this.img.src = url;
    });
    const fields = el('div', { class: 'ed-image-fields' });
    const field = (name: 'alt' | 'caption' | 'credit', label: string, required: boolean) => {
      const input = el('input', { type: 'text', id: `${id}-${name}`, 'data-field': name });
      input.value = String(node.attrs[name] ?? '');
      if (required) {
        input.required = true;
        input.setAttribute('aria-required', 'true');
      }
      input.addEventListener('input', () => {
        const pos = this.getPos();
        if (pos !== undefined)
          updateNodeAttrs(pos, { [name]: input.value })(this.view.state, this.view.dispatch);
      });
      fields.append(el('label', { for: input.id }, label), input);
      return input;
    };
    this.inputs = {
      alt: field('alt', lookups.msg('editor.image.alt'), true),
      caption: field('caption', lookups.msg('editor.image.caption'), false),
      credit: field('credit', lookups.msg('editor.image.credit'), false),
    };
    fields.append(removeButton(view, getPos, lookups.msg('editor.image.remove')));
    this.dom.append(this.img, fields);
    this.markMissingAlt();
  }

  private markMissingAlt(): void {
    const missing = !String(this.node.attrs.alt ?? '').trim();
    this.inputs.alt.setAttribute('aria-invalid', missing ? 'true' : 'false');
    this.dom.classList.toggle('ed-invalid', missing);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type || node.attrs.mediaId !== this.node.attrs.mediaId) return false;
    this.node = node;
    for (const name of ['alt', 'caption', 'credit'] as const) {
      const input = this.inputs[name];
      const value = String(node.attrs[name] ?? '');
      if (input.value !== value && document.activeElement !== input) input.value = value;
    }
    this.img.alt = String(node.attrs.alt ?? '');
    this.markMissingAlt();
    return true;
  }

  stopEvent(event: Event): boolean {
    return isField(event.target);
  }

  ignoreMutation(): boolean {
    return true;
  }
}

class EmbedView implements NodeView {
  dom: HTMLElement;
  constructor(node: PMNode, view: EditorView, getPos: () => number | undefined, lookups: Lookups) {
    this.dom = el('figure', { class: 'ed-block ed-embed', contenteditable: 'false' });
    const url = String(node.attrs.url);
    let host = url;
    try {
      host = new URL(url).host;
    } catch {
      // Kept as typed; the API refuses a bad address with a clear error.
    }
    this.dom.append(
      el('strong', {}, lookups.msg('editor.embed.label', { host })),
      el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url),
      removeButton(view, getPos, lookups.msg('editor.embed.remove')),
    );
  }
  stopEvent(event: Event): boolean {
    return isField(event.target);
  }
  ignoreMutation(): boolean {
    return true;
  }
}

class RelatedView implements NodeView {
  dom: HTMLElement;
  constructor(node: PMNode, view: EditorView, getPos: () => number | undefined, lookups: Lookups) {
    this.dom = el('aside', {
      class: 'ed-block ed-related',
      contenteditable: 'false',
      'data-related-id': node.attrs.articleId,
    });
    const headline = el('span', { class: 'ed-related-headline' }, '…');
    void lookups.headline(String(node.attrs.articleId)).then((text) => {
      headline.textContent = text ?? lookups.msg('editor.related.missing');
    });
    this.dom.append(
      el('strong', {}, lookups.msg('editor.related.label')),
      headline,
      removeButton(view, getPos, lookups.msg('editor.related.remove')),
    );
  }
  stopEvent(event: Event): boolean {
    return isField(event.target);
  }
  ignoreMutation(): boolean {
    return true;
  }
}

/** The node views of the editor. */
export function nodeViews(lookups: Lookups) {
  return {
    image: (node: PMNode, view: EditorView, getPos: () => number | undefined) =>
      new ImageView(node, view, getPos, lookups),
    embed: (node: PMNode, view: EditorView, getPos: () => number | undefined) =>
      new EmbedView(node, view, getPos, lookups),
    related: (node: PMNode, view: EditorView, getPos: () => number | undefined) =>
      new RelatedView(node, view, getPos, lookups),
  };
}
