/**
 * Our JSX runtime (ADR 9): `jsx()` returns the finished, escaped HTML of an element at once,
 * as a String object (see ./html.ts). Components are synchronous functions called right
 * away; there is no element tree, no render pass, no context and no hoisting of `<title>`,
 * `<meta>` or `<link>` into `<head>`. The markup is byte for byte what hono/jsx 4 rendered
 * for our pages: the same escaping, attribute names, boolean and void elements.
 *
 * The compilers find it through `jsxImportSource: "#jsx"` (tsconfig.json, scripts/build.mjs)
 * and the `#jsx/*` entry of package.json "imports".
 * Longer than 300 lines: the runtime, its attribute tables and the JSX type namespace belong
 * together (the namespace alone is a third of the file).
 */
import type { JSX as HonoJSX } from 'hono/jsx';
import { type Child, escapeHtml, type Html, HtmlString, renderChild } from './html.js';

export { type Child, escapeHtml, type Html, raw, renderToString } from './html.js';

type Props = Record<string, unknown>;
type Component = (props: Props) => unknown;

/** Elements written `<br/>` when they have no children. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Boolean attributes: `name=""` when true, left out when false. Other booleans are written "true"/"false". */
const BOOLEAN_ATTRIBUTES = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'download',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
  'shadowrootclonable',
  'shadowrootdelegatesfocus',
  'shadowrootserializable',
]);

/** React spellings of attributes, as HTML names them. */
const ATTRIBUTE_NAMES = new Map([
  ['className', 'class'],
  ['htmlFor', 'for'],
  ['crossOrigin', 'crossorigin'],
  ['httpEquiv', 'http-equiv'],
  ['itemProp', 'itemprop'],
  ['fetchPriority', 'fetchpriority'],
  ['noModule', 'nomodule'],
  ['formAction', 'formaction'],
]);

/**
 * Elements whose camelCase presentation attributes become kebab-case (strokeWidth →
 * stroke-width), as hono/jsx does inside `<svg>`. hono/jsx knew whether an element stood in
 * an `<svg>`; rendering at once, we go by the element's name: `<svg>` and the elements that
 * exist only in SVG. (Elements HTML shares with SVG, like `<a>` or `<title>`, keep HTML names.)
 */
const SVG_ELEMENTS = new Set([
  'svg',
  'animate',
  'animateMotion',
  'animateTransform',
  'circle',
  'clipPath',
  'defs',
  'desc',
  'ellipse',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDropShadow',
  'feFlood',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'feSpecularLighting',
  'feTile',
  'feTurbulence',
  'filter',
  'foreignObject',
  'g',
  'line',
  'linearGradient',
  'marker',
  'mask',
  'metadata',
  'mpath',
  'path',
  'pattern',
  'polygon',
  'polyline',
  'radialGradient',
  'rect',
  'stop',
  'switch',
  'symbol',
  'text',
  'textPath',
  'tspan',
  'use',
  'view',
]);

const toSvgAttributeName = (key: string): string =>
  /[A-Z]/.test(key) &&
  /^(?:al|basel|clip(?:Path|Rule)$|co|do|fill|fl|fo|gl|let|lig|i|marker[EMS]|o|pai|pointe|sh|st[or]|text[^L]|tr|u|ve|w)/.test(
    key,
  )
    ? key.replace(/([A-Z])/g, '-$1').toLowerCase()
    : key;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what a name must not contain
const INVALID_ATTRIBUTE_NAME = /[\s"'<>/=`\\\x00-\x1f\x7f-\x9f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what a name must not contain
const INVALID_TAG_NAME = /^[!?]|[\s"'<>/=`\\\x00-\x1f\x7f-\x9f]/;

/** How a prop is written. */
const PLAIN = 0;
/** `key` and `ref`: not written. */
const SKIP = 1;
const CHILDREN = 2;
const INNER_HTML = 3;
const STYLE = 4;
type Kind = typeof PLAIN | typeof SKIP | typeof CHILDREN | typeof INNER_HTML | typeof STYLE;

/** What a prop key becomes: its attribute name and how its value is written. */
interface Attribute {
  kind: Kind;
  name: string;
  /** ` name="` */
  open: string;
  boolean: boolean;
  /** An event handler name (`on…`): a function value is left out instead of refused. */
  event: boolean;
}

const MAX_CACHED = 1024;
const htmlAttributes = new Map<string, Attribute | null>();
const svgAttributes = new Map<string, Attribute | null>();

function attributeOf(key: string, svg: boolean): Attribute | null {
  const html = ATTRIBUTE_NAMES.get(key) ?? key;
  const name = svg ? toSvgAttributeName(html) : html;
  const attribute: Attribute | null =
    name === '' || INVALID_ATTRIBUTE_NAME.test(name)
      ? null
      : {
          kind:
            name === 'children'
              ? CHILDREN
              : name === 'key' || name === 'ref'
                ? SKIP
                : name === 'dangerouslySetInnerHTML'
                  ? INNER_HTML
                  : name === 'style'
                    ? STYLE
                    : PLAIN,
          name,
          open: ` ${name}="`,
          boolean: BOOLEAN_ATTRIBUTES.has(name),
          event: name.startsWith('on'),
        };
  const cache = svg ? svgAttributes : htmlAttributes;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, attribute);
  return attribute;
}

/** What a tag name needs, worked out once per name. */
interface Tag {
  /** `<name` */
  open: string;
  /** `</name>` */
  close: string;
  /** How it ends without children: `/>` for void elements, else `></name>`. */
  empty: string;
  svg: boolean;
}

const tags = new Map<string, Tag>();

function tagOf(name: string): Tag {
  if (typeof name !== 'string' || INVALID_TAG_NAME.test(name))
    throw new Error(`Invalid JSX tag name: ${name}`);
  const tag: Tag = {
    open: `<${name}`,
    close: `</${name}>`,
    empty: VOID_ELEMENTS.has(name) ? '/>' : `></${name}>`,
    svg: SVG_ELEMENTS.has(name),
  };
  if (tags.size >= MAX_CACHED) tags.clear();
  tags.set(name, tag);
  return tag;
}

const hasChildren = (props: Props): boolean => {
  const children = props.children;
  if (children === undefined) return 'children' in props;
  return !Array.isArray(children) || children.length > 0;
};

/** An attribute value that is neither a string, a number, a boolean nor a function. */
function objectValue(name: string, value: unknown): string {
  if (value instanceof HtmlString) return escapeHtml(value.valueOf()); // an element: its markup, as text
  if (value instanceof String && (value as { isEscaped?: boolean }).isEscaped) return value.valueOf(); // raw()
  if (value instanceof Promise) throw new TypeError(`The attribute ${name} is a Promise; await it first`);
  return escapeHtml(String((value as { toString(): unknown }).toString()));
}

function element(name: string, props: Props): Html {
  const tag = tags.get(name) ?? tagOf(name);
  const attributes = tag.svg ? svgAttributes : htmlAttributes;
  let out = tag.open;
  let inner: string | undefined;
  for (const key in props) {
    const attribute = attributes.get(key) ?? (attributes.has(key) ? null : attributeOf(key, tag.svg));
    if (attribute === null) continue;
    const value = props[key];
    if (attribute.kind !== PLAIN) {
      if (attribute.kind === CHILDREN || attribute.kind === SKIP) continue;
      if (typeof value === 'object' && value !== null) {
        if (attribute.kind === INNER_HTML && '__html' in value) {
          if (hasChildren(props))
            throw new Error('Can only set one of `children` or `props.dangerouslySetInnerHTML`.');
          inner = String(value.__html);
          continue;
        }
        if (attribute.kind === STYLE) {
          out += `${attribute.open}${escapeHtml(styleString(value as Record<string, unknown>))}"`;
          continue;
        }
      }
    }
    if (typeof value === 'string') out += `${attribute.open}${escapeHtml(value)}"`;
    else if (value === null || value === undefined) continue;
    else if (typeof value === 'number') out += `${attribute.open}${value}"`;
    else if (typeof value === 'boolean') {
      if (!attribute.boolean) out += `${attribute.open}${value}"`;
      else if (value) out += `${attribute.open}"`;
    } else if (typeof value === 'function') {
      if (!attribute.event)
        throw new Error(`Invalid prop '${attribute.name}' of type 'function' supplied to '${name}'.`);
    } else out += `${attribute.open}${objectValue(attribute.name, value)}"`;
  }
  if (inner === undefined) {
    const children = props.children;
    if (typeof children === 'string') inner = escapeHtml(children);
    else if (children instanceof HtmlString) inner = children.valueOf();
    else if (
      children === undefined ? !('children' in props) : Array.isArray(children) && children.length === 0
    ) {
      return new HtmlString(out + tag.empty) as unknown as Html;
    } else inner = renderChild(children);
  }
  return new HtmlString(`${out}>${inner}${tag.close}`) as unknown as Html;
}

const EMPTY = new HtmlString('') as unknown as Html;

function component(fn: Component, props: Props): Html {
  const result = fn(props);
  if (result instanceof HtmlString) return result as unknown as Html;
  if (result === null || result === undefined || typeof result === 'boolean') return EMPTY;
  if (result instanceof Promise) {
    throw new TypeError(
      `The component ${fn.name || '(anonymous)'} returned a Promise: our JSX runtime renders synchronously, so load the data before rendering`,
    );
  }
  return new HtmlString(renderChild(result)) as unknown as Html;
}

/** The automatic runtime's entry: an element or a component's HTML, finished. The key is not rendered. */
export function jsx(tag: string | Component, props: Props, _key?: unknown): Html {
  return typeof tag === 'function' ? component(tag, props) : element(tag, props);
}

export { jsx as jsxs };

/** `<>…</>`: the children's HTML. */
export function Fragment(props: { children?: Child }): Html {
  const children = props.children;
  if (children instanceof HtmlString) return children as unknown as Html;
  return new HtmlString(renderChild(children)) as unknown as Html;
}

// A style object as hono/jsx writes it: `prop:value;…`, camelCase to kebab-case, px after
// numbers of length properties, unsafe names and values left out.

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what a name must not contain
const INVALID_STYLE_NAME = /[\s"'():;\\/[\]{}\x00-\x1f\x7f-\x9f]/;
const UNITLESS =
  /^(?:a|border-im|column(?:-c|s)|flex(?:$|-[^b])|grid-(?!.*gap)(?:ar|[^a])|font-w|li|or|sca|st|ta|wido|z)|ty$/;
const UNSAFE_STYLE_CHAR = /[;"'\\/[\](){}]/;

function isValidStyleName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const plain =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!plain) return !INVALID_STYLE_NAME.test(name);
  }
  return true;
}

/** A value that could end its declaration or open a block or comment: left out. */
function hasUnsafeStyleValue(value: string): boolean {
  if (!UNSAFE_STYLE_CHAR.test(value)) return false;
  let quote = 0;
  const blocks: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 92) {
      if (i === value.length - 1) return true;
      i++;
    } else if (quote !== 0) {
      if (c === 10 || c === 12 || c === 13) return true;
      if (c === quote) quote = 0;
    } else if (c === 47 && value.charCodeAt(i + 1) === 42) {
      const end = value.indexOf('*/', i + 2);
      if (end === -1) return true;
      i = end + 1;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 40) blocks.push(41);
    else if (c === 91) blocks.push(93);
    else if (c === 123 || c === 125) return true;
    else if (c === 41 || c === 93) {
      if (blocks[blocks.length - 1] !== c) return true;
      blocks.pop();
    } else if (c === 59 && blocks.length === 0) return true;
  }
  return quote !== 0 || blocks.length !== 0;
}

function styleString(style: Record<string, unknown>): string {
  let out = '';
  for (const [property, v] of Object.entries(style)) {
    const name =
      property[0] === '-' || !/[A-Z]/.test(property)
        ? property
        : property.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
    if (!isValidStyleName(name) || v === null || v === undefined) continue;
    let value: string;
    if (typeof v === 'number') value = UNITLESS.test(name) ? `${v}` : `${v}px`;
    else if (typeof v === 'string') {
      if (hasUnsafeStyleValue(v)) continue;
      value = v;
    } else continue;
    out += `${out ? ';' : ''}${name}:${value}`;
  }
  return out;
}

type HonoElements = HonoJSX.IntrinsicElements;
/** Hono's attributes of an element, without the Promises it accepts (we render synchronously), and our children. */
type Attributes<P> = { [Name in keyof P]: Exclude<P[Name], Promise<unknown>> } & { children?: Child };

export declare namespace JSX {
  /** What a JSX expression is: finished HTML. */
  type Element = Html;
  /** Components are synchronous: one returning a Promise is a type error. */
  type ElementType = string | ((props: never) => Child);
  interface ElementChildrenAttribute {
    children: unknown;
  }
  interface IntrinsicAttributes {
    key?: string | number | bigint | null | undefined;
  }
  /** Hono's typed HTML elements; any other tag (svg, path) takes any attributes. */
  type IntrinsicElements = { [Tag in keyof HonoElements]: Attributes<HonoElements[Tag]> } & {
    [tag: string]: Attributes<Record<string, unknown>>;
  };
}
