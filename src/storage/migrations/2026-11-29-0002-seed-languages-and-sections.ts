/**
 * Data: the ten languages and the five sections every new site starts with.
 * Written out literally (migrations never import domain code) and idempotent.
 */
import type { Kysely } from 'kysely';

const LANGUAGES: Array<[string, string, string]> = [
  ['en', 'ltr', 'English'],
  ['de', 'ltr', 'Deutsch'],
  ['fr', 'ltr', 'Français'],
  ['it', 'ltr', 'Italiano'],
  ['es', 'ltr', 'Español'],
  ['pt', 'ltr', 'Português'],
  ['ar', 'rtl', 'العربية'],
  ['zh', 'ltr', '中文'],
  ['ja', 'ltr', '日本語'],
  ['ru', 'ltr', 'Русский'],
];

const SECTIONS: Array<[string, Record<string, string>]> = [
  [
    'politics',
    {
      en: 'Politics',
      de: 'Politik',
      fr: 'Politique',
      it: 'Politica',
      es: 'Política',
      pt: 'Política',
      ar: 'سياسة',
      zh: '政治',
      ja: '政治',
      ru: 'Политика',
    },
  ],
  [
    'business',
    {
      en: 'Business',
      de: 'Wirtschaft',
      fr: 'Économie',
      it: 'Economia',
      es: 'Economía',
      pt: 'Economia',
      ar: 'اقتصاد',
      zh: '经济',
      ja: '経済',
      ru: 'Экономика',
    },
  ],
  [
    'society',
    {
      en: 'Society',
      de: 'Gesellschaft',
      fr: 'Société',
      it: 'Società',
      es: 'Sociedad',
      pt: 'Sociedade',
      ar: 'مجتمع',
      zh: '社会',
      ja: '社会',
      ru: 'Общество',
    },
  ],
  [
    'culture',
    {
      en: 'Culture',
      de: 'Kultur',
      fr: 'Culture',
      it: 'Cultura',
      es: 'Cultura',
      pt: 'Cultura',
      ar: 'ثقافة',
      zh: '文化',
      ja: '文化',
      ru: 'Культура',
    },
  ],
  [
    'science',
    {
      en: 'Science',
      de: 'Wissenschaft',
      fr: 'Sciences',
      it: 'Scienza',
      es: 'Ciencia',
      pt: 'Ciência',
      ar: 'علوم',
      zh: '科学',
      ja: '科学',
      ru: 'Наука',
    },
  ],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  for (const [position, [code, direction, nativeName]] of LANGUAGES.entries()) {
    await db
      .insertInto('languages')
      .values({ code, direction, native_name: nativeName, position })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  for (const [position, [slug, names]] of SECTIONS.entries()) {
    await db
      .insertInto('sections')
      .values({ slug, name_json: JSON.stringify(names), position })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(_db: Kysely<any>): Promise<void> {}
