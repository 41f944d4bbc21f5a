/**
 * Plural and select messages (ICU MessageFormat, through `intl-messageformat`; ADR 0025).
 * Most messages are plain text with `{name}` placeholders and never reach this file: only a
 * message with a `{n, plural, ...}`, `{x, select, ...}` or `{n, selectordinal, ...}` argument is
 * compiled, once per (language, key) on first use, and the compiled form is kept, so a page
 * rendering many messages pays for parsing at most once per process.
 * @example renderIcu('ru', 'trust.inbox.count', '{count, plural, one {# жалоба} few {# жалобы} many {# жалоб} other {# жалобы}}', { count: 3 }) // '3 жалобы'
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessagePart } from '../lib/message-parts.js';

const ICU = /\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,/;

/** Whether a message uses plural/select syntax (else it is plain text with `{name}` placeholders). */
export function isIcu(message: string): boolean {
  return ICU.test(message);
}

const compiledMessages = new Map<string, IntlMessageFormat>();

/** The compiled message for (language, key), made on first use; throws on a syntax error. */
export function compiledIcu(language: string, key: string, message: string): IntlMessageFormat {
  const cacheKey = `${language}|${key}`;
  let compiled = compiledMessages.get(cacheKey);
  if (!compiled) {
    compiled = new IntlMessageFormat(message, language, undefined, { ignoreTag: true });
    compiledMessages.set(cacheKey, compiled);
  }
  return compiled;
}

/**
 * Rendered texts by (language, key, values): the same counts recur page after page, and
 * formatting a compiled message (~10 µs) costs far more than looking it up. Bounded.
 */
const renderedTexts = new Map<string, string>();
const MAX_RENDERED = 5000;

/** Renders a plural/select message; a missing argument is an error naming the key. */
export function renderIcu(
  language: string,
  key: string,
  message: string,
  vars: Record<string, string | number> = {},
): string {
  let cacheKey = `${language}|${key}`;
  for (const name in vars) cacheKey += `|${name}=${typeof vars[name]}:${vars[name]}`;
  let text = renderedTexts.get(cacheKey);
  if (text !== undefined) return text;
  try {
    text = String(compiledIcu(language, key, message).format(vars));
  } catch (error) {
    throw new Error(`message ${key} (${language}) could not be rendered: ${(error as Error).message}`);
  }
  if (renderedTexts.size >= MAX_RENDERED) renderedTexts.delete(renderedTexts.keys().next().value as string);
  renderedTexts.set(cacheKey, text);
  return text;
}

/** A node of the parsed message, as much of it as this file reads. */
interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
  pluralType?: 'cardinal' | 'ordinal';
}
/** Node types of @formatjs/icu-messageformat-parser (TYPE enum). */
const LITERAL = 0;
const ARGUMENT = 1;
const PLURAL = 6;
const POUND = 7;

function astOf(message: string, language: string): Node[] {
  return new IntlMessageFormat(message, language, undefined, {
    ignoreTag: true,
  }).getAst() as unknown as Node[];
}

function walk(nodes: Node[], visit: (node: Node) => void): void {
  for (const node of nodes) {
    visit(node);
    for (const option of Object.values(node.options ?? {})) walk(option.value, visit);
  }
}

/** The names of every argument of an ICU message (plural, select and simple ones). */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  walk(astOf(message, 'en'), (node) => {
    if (node.value !== undefined && node.type !== LITERAL) names.add(node.value);
  });
  return [...names];
}

/** Each cardinal plural argument of a message with its selectors (`one`, `few`, `=0`, ...). */
export function pluralSelectors(
  message: string,
  language: string,
): { argument: string; selectors: string[] }[] {
  const found: { argument: string; selectors: string[] }[] = [];
  walk(astOf(message, language), (node) => {
    if (node.type === PLURAL && node.pluralType !== 'ordinal' && node.value !== undefined)
      found.push({ argument: node.value, selectors: Object.keys(node.options ?? {}) });
  });
  return found;
}

const SELECT = 5;

function partsOfNodes(nodes: Node[]): MessagePart[] {
  return nodes.map((node): MessagePart => {
    if (node.type === LITERAL) return { kind: 'text', text: node.value ?? '' };
    if (node.type === ARGUMENT) return { kind: 'arg', name: node.value ?? '' };
    if (node.type === POUND) return { kind: 'count' };
    if (node.type === PLURAL || node.type === SELECT) {
      const forms: Record<string, MessagePart[]> = {};
      for (const [selector, option] of Object.entries(node.options ?? {}))
        forms[selector] = partsOfNodes(option.value);
      return node.type === PLURAL
        ? { kind: 'plural', name: node.value ?? '', forms }
        : { kind: 'select', name: node.value ?? '', forms };
    }
    throw new Error(`message part of type ${node.type} cannot be sent to an island`);
  });
}

/**
 * A message as parts an island renders with `renderParts` (src/lib/message-parts.ts), the
 * same text the server renders: a plain message is text and `{name}` arguments.
 */
export function partsOf(message: string, language: string): MessagePart[] {
  if (isIcu(message)) return partsOfNodes(astOf(message, language));
  const parts: MessagePart[] = [];
  let at = 0;
  for (const match of message.matchAll(/\{(\w+)\}/g)) {
    if (match.index > at) parts.push({ kind: 'text', text: message.slice(at, match.index) });
    parts.push({ kind: 'arg', name: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < message.length) parts.push({ kind: 'text', text: message.slice(at) });
  return parts;
}
