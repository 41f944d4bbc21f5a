/**
 * Plural and select messages for the browser islands, without a message parser: the server
 * turns an ICU message into parts (`Translator.parts`, src/i18n/icu-messages.ts) and an island
 * renders them with the language's own plural rules and number format, exactly as the server
 * renders the message itself.
 * @example renderParts([{ kind: 'plural', name: 'count', forms: { one: [{ kind: 'count' }, { kind: 'text', text: ' comment' }], other: [{ kind: 'count' }, { kind: 'text', text: ' comments' }] } }], 'en', { count: 3 }) // '3 comments'
 */

/** A piece of a message: text, a `{name}` argument, the `#` of a plural form, a plural or a select. */
export type MessagePart =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'count' }
  | { kind: 'plural'; name: string; forms: Record<string, MessagePart[]> }
  | { kind: 'select'; name: string; forms: Record<string, MessagePart[]> };

type Vars = Record<string, string | number>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, language: string, make: () => T): T {
  let made = map.get(language);
  if (!made) {
    made = make();
    map.set(language, made);
  }
  return made;
}

/** `#` is the number in the language's digits and grouping, as intl-messageformat writes it. */
function formatCount(language: string, value: number | undefined): string {
  return value === undefined
    ? ''
    : cached(numbers, language, () => new Intl.NumberFormat(language)).format(value);
}

function render(parts: MessagePart[], language: string, vars: Vars, count: number | undefined): string {
  let out = '';
  for (const part of parts) out += RENDER[part.kind](part as never, language, vars, count);
  return out;
}

/** How each kind of part renders (exhaustive: a new kind is a compile error here). */
const RENDER: {
  [K in MessagePart['kind']]: (
    part: Extract<MessagePart, { kind: K }>,
    language: string,
    vars: Vars,
    count: number | undefined,
  ) => string;
} = {
  text: (part) => part.text,
  // A `{name}` shows its value as given, as on the server.
  arg: (part, _language, vars) => String(vars[part.name] ?? `{${part.name}}`),
  count: (_part, language, _vars, count) => formatCount(language, count),
  plural: (part, language, vars) => {
    const n = Number(vars[part.name]);
    const rule = cached(rules, language, () => new Intl.PluralRules(language));
    const form = part.forms[`=${n}`] ?? part.forms[rule.select(n)] ?? part.forms.other ?? [];
    return render(form, language, vars, n);
  },
  select: (part, language, vars, count) => {
    const form = part.forms[String(vars[part.name])] ?? part.forms.other ?? [];
    return render(form, language, vars, count);
  },
};

/** The message the parts make for these values, in the language's plural rules and digits. */
export function renderParts(parts: MessagePart[], language: string, vars: Vars = {}): string {
  return render(parts, language, vars, undefined);
}
