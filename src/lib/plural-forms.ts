/**
 * Choosing among a plural message's forms without a message parser, for the browser islands:
 * the server flattens an ICU plural message (`{count, plural, one {# comment} other {# comments}}`)
 * into its forms (`{ one: '# comment', other: '# comments' }`, see `Translator.forms`) and the
 * island picks the form for a number with the language's own plural rules, as the server does.
 * @example choosePlural({ one: '# comment', other: '# comments' }, 'en', 3) // '3 comments'
 */

/** A plural message's forms by selector: CLDR categories (`one`, `few`, ...) or exact `=n`. */
export type PluralForms = Record<string, string>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The form for `n` (an exact `=n` first, then the language's category, then `other`), `#` filled. */
export function choosePlural(forms: PluralForms, language: string, n: number): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  let number = numbers.get(language);
  if (!number) {
    number = new Intl.NumberFormat(language);
    numbers.set(language, number);
  }
  const form = forms[`=${n}`] ?? forms[rule.select(n)] ?? forms.other ?? '';
  return form.replaceAll('#', number.format(n));
}
