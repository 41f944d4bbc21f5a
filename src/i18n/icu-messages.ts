/**
 * Plural and select messages (ICU MessageFormat, through `intl-messageformat`; ADR 0025).
 * Most messages are plain text with `{name}` placeholders and never reach this file: only a
 * message with a `{n, plural, ...}`, `{x, select, ...}` or `{n, selectordinal, ...}` argument is
 * compiled, once per (language, key) on first use, and the compiled form is kept, so a page
 * rendering many messages pays for parsing at most once per process.
 * @example renderIcu('ru', 'trust.inbox.count', '{count, plural, one {# жалоба} few {# жалобы} many {# жалоб} other {# жалобы}}', { count: 3 }) // '3 жалобы'
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { PluralForms } from '../lib/plural-forms.js';

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

/** Renders a plural/select message; a missing argument is an error naming the key. */
export function renderIcu(
  language: string,
  key: string,
  message: string,
  vars: Record<string, string | number> = {},
): string {
  try {
    return String(compiledIcu(language, key, message).format(vars));
  } catch (error) {
    throw new Error(`message ${key} (${language}) could not be rendered: ${(error as Error).message}`);
  }
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

/**
 * The forms of a message that is exactly one plural argument whose forms are text and `#`
 * (what an island can choose among with `choosePlural`); throws for any other shape.
 */
export function pluralFormsOf(message: string, language: string): PluralForms {
  const [only, ...rest] = astOf(message, language);
  if (!only || rest.length > 0 || only.type !== PLURAL || !only.options)
    throw new Error('not a message of one plural argument');
  const argument = only.value;
  const forms: PluralForms = {};
  for (const [selector, option] of Object.entries(only.options)) {
    forms[selector] = option.value
      .map((node) => {
        if (node.type === LITERAL) return node.value ?? '';
        if (node.type === POUND || (node.type === ARGUMENT && node.value === argument)) return '#';
        throw new Error('a plural form for an island may hold only text and #');
      })
      .join('');
  }
  return forms;
}
