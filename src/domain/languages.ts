/**
 * The ten languages Shortwave publishes in, with their writing direction.
 * @example isLanguage('ar') // true; directionOf('ar') // 'rtl'
 */
export const LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'pt', 'ar', 'zh', 'ja', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Direction = 'ltr' | 'rtl';

const DIRECTIONS: Record<Language, Direction> = {
  en: 'ltr',
  de: 'ltr',
  fr: 'ltr',
  it: 'ltr',
  es: 'ltr',
  pt: 'ltr',
  ar: 'rtl',
  zh: 'ltr',
  ja: 'ltr',
  ru: 'ltr',
};

/** Each language's name in itself, as a language switcher shows it. */
export const NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
  ar: 'العربية',
  zh: '中文',
  ja: '日本語',
  ru: 'Русский',
};

export const DEFAULT_LANGUAGE: Language = 'en';

/** True when `value` is one of the ten language codes. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The writing direction of a language. */
export function directionOf(language: Language): Direction {
  return DIRECTIONS[language];
}

/** A text given per language; not every language needs to be present. */
export type Localized = Partial<Record<Language, string>>;

/** The text of `value` in `language`, else English, else the first one given. */
export function pickLocalized(value: Localized, language: Language): string {
  return value[language] ?? value.en ?? Object.values(value).find((v) => v !== undefined) ?? '';
}

/**
 * The best of the ten languages for an `Accept-Language` header, by its q-values.
 * @example negotiateLanguage('de-CH,de;q=0.9,en;q=0.8') // 'de'
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return {
        base: tag.toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? DEFAULT_LANGUAGE;
}
