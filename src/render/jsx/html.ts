/**
 * Finished HTML and the rules our JSX runtime (./jsx-runtime.ts, ADR 9) renders by: the same
 * output hono/jsx 4 gave for our pages, built as one string at once, with no tree and no
 * second pass.
 *
 * A rendered element is a String object, markup that is never escaped again. Its type is a
 * branded string, so it goes wherever a string does; primitive strings are text and are
 * escaped when they become a child or an attribute value. Hand Hono's `c.html()` a primitive
 * string (`renderToString()`, or a template literal): given an object, @hono/node-server
 * takes a slower Response path.
 * @example renderToString(<p class="lead">{'Fish & chips'}</p>) // '<p class="lead">Fish &amp; chips</p>'
 */

declare const brand: unique symbol;

/** Escaped HTML: a rendered element, a fragment, or what `raw()` vouches for. */
export type Html = string & { readonly [brand]: 'html' };

/** What may stand between tags: text (escaped), numbers, HTML, lists of these; null, undefined and booleans render nothing. */
export type Child = string | number | boolean | null | undefined | Html | readonly Child[];

/**
 * The class of rendered elements. `isEscaped` (on the prototype, so no own property per
 * element) tells Hono's helpers, like ours, that the value is markup.
 */
export class HtmlString extends String {
  declare readonly isEscaped: true;
}
Object.defineProperty(HtmlString.prototype, 'isEscaped', { value: true });

const NEEDS_ESCAPE = /[&<>"']/;

/** Text for HTML, in text and in attribute values: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`. */
export function escapeHtml(text: string): string {
  const first = text.search(NEEDS_ESCAPE);
  if (first === -1) return text;
  let out = '';
  let last = 0;
  for (let i = first; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 34:
        entity = '&quot;';
        break;
      case 38:
        entity = '&amp;';
        break;
      case 39:
        entity = '&#39;';
        break;
      case 60:
        entity = '&lt;';
        break;
      case 62:
        entity = '&gt;';
        break;
      default:
        continue;
    }
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return out + text.slice(last);
}

/**
 * Markup inserted as it is, never escaped: only for HTML we produced ourselves (a stylesheet,
 * serialised JSON-LD), never for text from readers, staff or the database.
 */
export function raw(html: string): Html {
  return new HtmlString(html) as unknown as Html;
}

/** The markup of a rendered element, child or list as a primitive string, for `c.html()`. */
export function renderToString(node: Child): string {
  return renderChild(node);
}

/** A child's HTML as a primitive string. */
export function renderChild(child: unknown): string {
  if (typeof child === 'string') return escapeHtml(child);
  if (typeof child === 'object') {
    if (child === null) return '';
    if (child instanceof HtmlString) return child.valueOf();
    if (child instanceof String) {
      // Ours and Hono's raw() are markup; a plain String object is text, as in hono/jsx.
      return (child as { isEscaped?: boolean }).isEscaped ? child.valueOf() : escapeHtml(child.valueOf());
    }
    if (Array.isArray(child)) return renderChildren(child);
    if (child instanceof Promise) {
      throw new TypeError(
        'A JSX child is a Promise: our JSX runtime renders synchronously; await the data first',
      );
    }
    return ''; // like hono/jsx: another object renders nothing
  }
  if (typeof child === 'number') return `${child}`;
  return ''; // undefined, booleans, functions, symbols, bigints: nothing, as in hono/jsx
}

/** The HTML of a list of children, nested lists flattened. */
export function renderChildren(children: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    out += typeof child === 'string' ? escapeHtml(child) : renderChild(child);
  }
  return out;
}
