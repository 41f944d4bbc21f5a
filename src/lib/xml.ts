/**
 * XML text that is well-formed whatever it was made from: characters XML 1.0 does not allow
 * are dropped, markup characters are escaped, and a tiny element builder keeps the two
 * kinds of string (text to escape, XML already made) apart.
 * @example el('title', {}, 'Tom & Jerry').xml // '<title>Tom &amp; Jerry</title>'
 */

/**
 * Everything outside XML 1.0's `Char` production: C0 controls other than tab, newline and
 * carriage return, U+FFFE and U+FFFF, and (thanks to the `u` flag) surrogates that are not
 * part of a pair. Paired surrogates form code points above U+FFFF and are kept.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers turn a raw CR into LF, and tabs and newlines of attributes into spaces:
  // as character references they come back as they were.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** The text without the characters an XML 1.0 document cannot contain. */
export function xmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/** Text ready for element content (or a quoted attribute value, though `xmlAttribute` keeps its line breaks). */
export function xmlText(value: string): string {
  return xmlChars(value).replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);
}

/** Text ready for a quoted attribute value, tabs and line breaks kept as character references. */
export function xmlAttribute(value: string): string {
  return xmlChars(value).replace(/[&<>"'\r\n\t]/g, (c) => ESCAPES[c] ?? c);
}

/** XML that is already serialised; only `el()` and `xmlRaw()` make one. */
export interface XmlFragment {
  readonly xml: string;
}

/** Marks trusted, already well-formed XML as such (e.g. a fixed namespace declaration). */
export function xmlRaw(xml: string): XmlFragment {
  return { xml };
}

export type XmlContent = string | number | XmlFragment | null | undefined | false | readonly XmlContent[];

export type XmlAttributes = Record<string, string | number | null | undefined>;

function serialise(content: XmlContent): string {
  if (content === null || content === undefined || content === false) return '';
  if (typeof content === 'string') return xmlText(content);
  if (typeof content === 'number') return String(content);
  if (Array.isArray(content)) return content.map(serialise).join('');
  return (content as XmlFragment).xml;
}

/**
 * One element: attributes with a null or undefined value are left out, strings are escaped,
 * fragments are inserted as they are; no content gives an empty element `<name/>`.
 */
export function el(name: string, attributes: XmlAttributes = {}, ...content: XmlContent[]): XmlFragment {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join('');
  const inner = serialise(content);
  return { xml: inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>` };
}

/** A whole document: the XML declaration, then the root element. */
export function xmlDocument(root: XmlFragment): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`;
}
