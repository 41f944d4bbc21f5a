/**
 * The message catalogues of the ten languages, and the translator a page renders with.
 *
 * Texts live in areas: the reader site in messages/<language>.ts, every other part of the
 * product in its own folder messages/<area>/, one file per language, so that parts grow
 * their texts side by side. A key belongs to one area only. There is no barrel per area:
 * this file imports the language files and composes them. To add an area:
 * 1. write messages/<area>/en.ts (the reference: `export const en = {...} as const` and
 *    `export type AreaMessages = Record<keyof typeof en, string>`) and the nine other
 *    languages as `export const de: AreaMessages = {...}`, and so on;
 * 2. import the ten files here as `<area>En`, `<area>De`, ... (`import { de as <area>De } ...`);
 * 3. add the line `<area>: { en: <area>En, de: <area>De, ... }` to AREAS;
 * 4. add `| keyof typeof <area>En` to MessageKey.
 * A missing language is a compile error (AREAS must give every language of every area).
 * A counted text is one ICU plural message, not a key per form (ADR 0025):
 * `'x.count': '{count, plural, one {# report} other {# reports}}'`, and in each language exactly
 * the categories `Intl.PluralRules(language)` has (test/unit/plurals.test.ts checks them).
 * Longer than 300 lines: ten import lines per area are the price of having no barrels (ADR 21);
 * the logic below them is short.
 * @example translator('de').t('teaser.readMore', { headline: 'X' }) // 'Weiterlesen: X'
 */
import type { Language } from '../domain/languages.js';
import type { MessagePart } from '../lib/message-parts.js';
import { formatDate, formatDateTime } from '../lib/reader-time.js';
import { icuArguments, isIcu, partsOf, renderIcu } from './icu-messages.js';
import { ar as abuseAr } from './messages/abuse/ar.js';
import { de as abuseDe } from './messages/abuse/de.js';
import { en as abuseEn } from './messages/abuse/en.js';
import { es as abuseEs } from './messages/abuse/es.js';
import { fr as abuseFr } from './messages/abuse/fr.js';
import { it as abuseIt } from './messages/abuse/it.js';
import { ja as abuseJa } from './messages/abuse/ja.js';
import { pt as abusePt } from './messages/abuse/pt.js';
import { ru as abuseRu } from './messages/abuse/ru.js';
import { zh as abuseZh } from './messages/abuse/zh.js';
import { ar } from './messages/ar.js';
import { ar as clientsAr } from './messages/clients/ar.js';
import { de as clientsDe } from './messages/clients/de.js';
import { en as clientsEn } from './messages/clients/en.js';
import { es as clientsEs } from './messages/clients/es.js';
import { fr as clientsFr } from './messages/clients/fr.js';
import { it as clientsIt } from './messages/clients/it.js';
import { ja as clientsJa } from './messages/clients/ja.js';
import { pt as clientsPt } from './messages/clients/pt.js';
import { ru as clientsRu } from './messages/clients/ru.js';
import { zh as clientsZh } from './messages/clients/zh.js';
import { de } from './messages/de.js';
import { ar as debates2Ar } from './messages/debates2/ar.js';
import { de as debates2De } from './messages/debates2/de.js';
import { en as debates2En } from './messages/debates2/en.js';
import { es as debates2Es } from './messages/debates2/es.js';
import { fr as debates2Fr } from './messages/debates2/fr.js';
import { it as debates2It } from './messages/debates2/it.js';
import { ja as debates2Ja } from './messages/debates2/ja.js';
import { pt as debates2Pt } from './messages/debates2/pt.js';
import { ru as debates2Ru } from './messages/debates2/ru.js';
import { zh as debates2Zh } from './messages/debates2/zh.js';
import { ar as editorAr } from './messages/editor/ar.js';
import { de as editorDe } from './messages/editor/de.js';
import { en as editorEn } from './messages/editor/en.js';
import { es as editorEs } from './messages/editor/es.js';
import { fr as editorFr } from './messages/editor/fr.js';
import { it as editorIt } from './messages/editor/it.js';
import { ja as editorJa } from './messages/editor/ja.js';
import { pt as editorPt } from './messages/editor/pt.js';
import { ru as editorRu } from './messages/editor/ru.js';
import { zh as editorZh } from './messages/editor/zh.js';
import { ar as editorcoreAr } from './messages/editorcore/ar.js';
import { de as editorcoreDe } from './messages/editorcore/de.js';
import { en as editorcoreEn } from './messages/editorcore/en.js';
import { es as editorcoreEs } from './messages/editorcore/es.js';
import { fr as editorcoreFr } from './messages/editorcore/fr.js';
import { it as editorcoreIt } from './messages/editorcore/it.js';
import { ja as editorcoreJa } from './messages/editorcore/ja.js';
import { pt as editorcorePt } from './messages/editorcore/pt.js';
import { ru as editorcoreRu } from './messages/editorcore/ru.js';
import { zh as editorcoreZh } from './messages/editorcore/zh.js';
import { ar as editoruxAr } from './messages/editorux/ar.js';
import { de as editoruxDe } from './messages/editorux/de.js';
import { en as editoruxEn } from './messages/editorux/en.js';
import { es as editoruxEs } from './messages/editorux/es.js';
import { fr as editoruxFr } from './messages/editorux/fr.js';
import { it as editoruxIt } from './messages/editorux/it.js';
import { ja as editoruxJa } from './messages/editorux/ja.js';
import { pt as editoruxPt } from './messages/editorux/pt.js';
import { ru as editoruxRu } from './messages/editorux/ru.js';
import { zh as editoruxZh } from './messages/editorux/zh.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { ar as faultsAr } from './messages/faults/ar.js';
import { de as faultsDe } from './messages/faults/de.js';
import { en as faultsEn } from './messages/faults/en.js';
import { es as faultsEs } from './messages/faults/es.js';
import { fr as faultsFr } from './messages/faults/fr.js';
import { it as faultsIt } from './messages/faults/it.js';
import { ja as faultsJa } from './messages/faults/ja.js';
import { pt as faultsPt } from './messages/faults/pt.js';
import { ru as faultsRu } from './messages/faults/ru.js';
import { zh as faultsZh } from './messages/faults/zh.js';
import { fr } from './messages/fr.js';
import { ar as homesAr } from './messages/homes/ar.js';
import { de as homesDe } from './messages/homes/de.js';
import { en as homesEn } from './messages/homes/en.js';
import { es as homesEs } from './messages/homes/es.js';
import { fr as homesFr } from './messages/homes/fr.js';
import { it as homesIt } from './messages/homes/it.js';
import { ja as homesJa } from './messages/homes/ja.js';
import { pt as homesPt } from './messages/homes/pt.js';
import { ru as homesRu } from './messages/homes/ru.js';
import { zh as homesZh } from './messages/homes/zh.js';
import { it } from './messages/it.js';
import { ja } from './messages/ja.js';
import { ar as libraryAr } from './messages/library/ar.js';
import { de as libraryDe } from './messages/library/de.js';
import { en as libraryEn } from './messages/library/en.js';
import { es as libraryEs } from './messages/library/es.js';
import { fr as libraryFr } from './messages/library/fr.js';
import { it as libraryIt } from './messages/library/it.js';
import { ja as libraryJa } from './messages/library/ja.js';
import { pt as libraryPt } from './messages/library/pt.js';
import { ru as libraryRu } from './messages/library/ru.js';
import { zh as libraryZh } from './messages/library/zh.js';
import { ar as limitsAr } from './messages/limits/ar.js';
import { de as limitsDe } from './messages/limits/de.js';
import { en as limitsEn } from './messages/limits/en.js';
import { es as limitsEs } from './messages/limits/es.js';
import { fr as limitsFr } from './messages/limits/fr.js';
import { it as limitsIt } from './messages/limits/it.js';
import { ja as limitsJa } from './messages/limits/ja.js';
import { pt as limitsPt } from './messages/limits/pt.js';
import { ru as limitsRu } from './messages/limits/ru.js';
import { zh as limitsZh } from './messages/limits/zh.js';
import { ar as newsroomAr } from './messages/newsroom/ar.js';
import { de as newsroomDe } from './messages/newsroom/de.js';
import { en as newsroomEn } from './messages/newsroom/en.js';
import { es as newsroomEs } from './messages/newsroom/es.js';
import { fr as newsroomFr } from './messages/newsroom/fr.js';
import { it as newsroomIt } from './messages/newsroom/it.js';
import { ja as newsroomJa } from './messages/newsroom/ja.js';
import { pt as newsroomPt } from './messages/newsroom/pt.js';
import { ru as newsroomRu } from './messages/newsroom/ru.js';
import { zh as newsroomZh } from './messages/newsroom/zh.js';
import { ar as newsroomdeskAr } from './messages/newsroomdesk/ar.js';
import { de as newsroomdeskDe } from './messages/newsroomdesk/de.js';
import { en as newsroomdeskEn } from './messages/newsroomdesk/en.js';
import { es as newsroomdeskEs } from './messages/newsroomdesk/es.js';
import { fr as newsroomdeskFr } from './messages/newsroomdesk/fr.js';
import { it as newsroomdeskIt } from './messages/newsroomdesk/it.js';
import { ja as newsroomdeskJa } from './messages/newsroomdesk/ja.js';
import { pt as newsroomdeskPt } from './messages/newsroomdesk/pt.js';
import { ru as newsroomdeskRu } from './messages/newsroomdesk/ru.js';
import { zh as newsroomdeskZh } from './messages/newsroomdesk/zh.js';
import { ar as operationsAr } from './messages/operations/ar.js';
import { de as operationsDe } from './messages/operations/de.js';
import { en as operationsEn } from './messages/operations/en.js';
import { es as operationsEs } from './messages/operations/es.js';
import { fr as operationsFr } from './messages/operations/fr.js';
import { it as operationsIt } from './messages/operations/it.js';
import { ja as operationsJa } from './messages/operations/ja.js';
import { pt as operationsPt } from './messages/operations/pt.js';
import { ru as operationsRu } from './messages/operations/ru.js';
import { zh as operationsZh } from './messages/operations/zh.js';
import { pt } from './messages/pt.js';
import { ar as rankingsAr } from './messages/rankings/ar.js';
import { de as rankingsDe } from './messages/rankings/de.js';
import { en as rankingsEn } from './messages/rankings/en.js';
import { es as rankingsEs } from './messages/rankings/es.js';
import { fr as rankingsFr } from './messages/rankings/fr.js';
import { it as rankingsIt } from './messages/rankings/it.js';
import { ja as rankingsJa } from './messages/rankings/ja.js';
import { pt as rankingsPt } from './messages/rankings/pt.js';
import { ru as rankingsRu } from './messages/rankings/ru.js';
import { zh as rankingsZh } from './messages/rankings/zh.js';
import { ar as readersAr } from './messages/readers/ar.js';
import { de as readersDe } from './messages/readers/de.js';
import { en as readersEn } from './messages/readers/en.js';
import { es as readersEs } from './messages/readers/es.js';
import { fr as readersFr } from './messages/readers/fr.js';
import { it as readersIt } from './messages/readers/it.js';
import { ja as readersJa } from './messages/readers/ja.js';
import { pt as readersPt } from './messages/readers/pt.js';
import { ru as readersRu } from './messages/readers/ru.js';
import { zh as readersZh } from './messages/readers/zh.js';
import { ru } from './messages/ru.js';
import { ar as searchuxAr } from './messages/searchux/ar.js';
import { de as searchuxDe } from './messages/searchux/de.js';
import { en as searchuxEn } from './messages/searchux/en.js';
import { es as searchuxEs } from './messages/searchux/es.js';
import { fr as searchuxFr } from './messages/searchux/fr.js';
import { it as searchuxIt } from './messages/searchux/it.js';
import { ja as searchuxJa } from './messages/searchux/ja.js';
import { pt as searchuxPt } from './messages/searchux/pt.js';
import { ru as searchuxRu } from './messages/searchux/ru.js';
import { zh as searchuxZh } from './messages/searchux/zh.js';
import { ar as translationAr } from './messages/translation/ar.js';
import { de as translationDe } from './messages/translation/de.js';
import { en as translationEn } from './messages/translation/en.js';
import { es as translationEs } from './messages/translation/es.js';
import { fr as translationFr } from './messages/translation/fr.js';
import { it as translationIt } from './messages/translation/it.js';
import { ja as translationJa } from './messages/translation/ja.js';
import { pt as translationPt } from './messages/translation/pt.js';
import { ru as translationRu } from './messages/translation/ru.js';
import { zh as translationZh } from './messages/translation/zh.js';
import { ar as trustAr } from './messages/trust/ar.js';
import { de as trustDe } from './messages/trust/de.js';
import { en as trustEn } from './messages/trust/en.js';
import { es as trustEs } from './messages/trust/es.js';
import { fr as trustFr } from './messages/trust/fr.js';
import { it as trustIt } from './messages/trust/it.js';
import { ja as trustJa } from './messages/trust/ja.js';
import { pt as trustPt } from './messages/trust/pt.js';
import { ru as trustRu } from './messages/trust/ru.js';
import { zh as trustZh } from './messages/trust/zh.js';
import { ar as workflowAr } from './messages/workflow/ar.js';
import { de as workflowDe } from './messages/workflow/de.js';
import { en as workflowEn } from './messages/workflow/en.js';
import { es as workflowEs } from './messages/workflow/es.js';
import { fr as workflowFr } from './messages/workflow/fr.js';
import { it as workflowIt } from './messages/workflow/it.js';
import { ja as workflowJa } from './messages/workflow/ja.js';
import { pt as workflowPt } from './messages/workflow/pt.js';
import { ru as workflowRu } from './messages/workflow/ru.js';
import { zh as workflowZh } from './messages/workflow/zh.js';
import { zh } from './messages/zh.js';

/** Each area's texts, language by language, in the order they join the catalogue. */
// biome-ignore format: one line per area reads as a table
const AREAS = {
  abuse: { en: abuseEn, de: abuseDe, fr: abuseFr, it: abuseIt, es: abuseEs, pt: abusePt, ar: abuseAr, zh: abuseZh, ja: abuseJa, ru: abuseRu },
  clients: { en: clientsEn, de: clientsDe, fr: clientsFr, it: clientsIt, es: clientsEs, pt: clientsPt, ar: clientsAr, zh: clientsZh, ja: clientsJa, ru: clientsRu },
  editor: { en: editorEn, de: editorDe, fr: editorFr, it: editorIt, es: editorEs, pt: editorPt, ar: editorAr, zh: editorZh, ja: editorJa, ru: editorRu },
  editorux: { en: editoruxEn, de: editoruxDe, fr: editoruxFr, it: editoruxIt, es: editoruxEs, pt: editoruxPt, ar: editoruxAr, zh: editoruxZh, ja: editoruxJa, ru: editoruxRu },
  faults: { en: faultsEn, de: faultsDe, fr: faultsFr, it: faultsIt, es: faultsEs, pt: faultsPt, ar: faultsAr, zh: faultsZh, ja: faultsJa, ru: faultsRu },
  homes: { en: homesEn, de: homesDe, fr: homesFr, it: homesIt, es: homesEs, pt: homesPt, ar: homesAr, zh: homesZh, ja: homesJa, ru: homesRu },
  translation: { en: translationEn, de: translationDe, fr: translationFr, it: translationIt, es: translationEs, pt: translationPt, ar: translationAr, zh: translationZh, ja: translationJa, ru: translationRu },
  library: { en: libraryEn, de: libraryDe, fr: libraryFr, it: libraryIt, es: libraryEs, pt: libraryPt, ar: libraryAr, zh: libraryZh, ja: libraryJa, ru: libraryRu },
  searchux: { en: searchuxEn, de: searchuxDe, fr: searchuxFr, it: searchuxIt, es: searchuxEs, pt: searchuxPt, ar: searchuxAr, zh: searchuxZh, ja: searchuxJa, ru: searchuxRu },
  limits: { en: limitsEn, de: limitsDe, fr: limitsFr, it: limitsIt, es: limitsEs, pt: limitsPt, ar: limitsAr, zh: limitsZh, ja: limitsJa, ru: limitsRu },
  newsroom: { en: newsroomEn, de: newsroomDe, fr: newsroomFr, it: newsroomIt, es: newsroomEs, pt: newsroomPt, ar: newsroomAr, zh: newsroomZh, ja: newsroomJa, ru: newsroomRu },
  newsroomdesk: { en: newsroomdeskEn, de: newsroomdeskDe, fr: newsroomdeskFr, it: newsroomdeskIt, es: newsroomdeskEs, pt: newsroomdeskPt, ar: newsroomdeskAr, zh: newsroomdeskZh, ja: newsroomdeskJa, ru: newsroomdeskRu },
  debates2: { en: debates2En, de: debates2De, fr: debates2Fr, it: debates2It, es: debates2Es, pt: debates2Pt, ar: debates2Ar, zh: debates2Zh, ja: debates2Ja, ru: debates2Ru },
  rankings: { en: rankingsEn, de: rankingsDe, fr: rankingsFr, it: rankingsIt, es: rankingsEs, pt: rankingsPt, ar: rankingsAr, zh: rankingsZh, ja: rankingsJa, ru: rankingsRu },
  readers: { en: readersEn, de: readersDe, fr: readersFr, it: readersIt, es: readersEs, pt: readersPt, ar: readersAr, zh: readersZh, ja: readersJa, ru: readersRu },
  trust: { en: trustEn, de: trustDe, fr: trustFr, it: trustIt, es: trustEs, pt: trustPt, ar: trustAr, zh: trustZh, ja: trustJa, ru: trustRu },
  operations: { en: operationsEn, de: operationsDe, fr: operationsFr, it: operationsIt, es: operationsEs, pt: operationsPt, ar: operationsAr, zh: operationsZh, ja: operationsJa, ru: operationsRu },
  editorcore: { en: editorcoreEn, de: editorcoreDe, fr: editorcoreFr, it: editorcoreIt, es: editorcoreEs, pt: editorcorePt, ar: editorcoreAr, zh: editorcoreZh, ja: editorcoreJa, ru: editorcoreRu },
  workflow: { en: workflowEn, de: workflowDe, fr: workflowFr, it: workflowIt, es: workflowEs, pt: workflowPt, ar: workflowAr, zh: workflowZh, ja: workflowJa, ru: workflowRu },
} satisfies Record<string, Record<Language, Record<string, string>>>;
const READER_SITE = { en, de, fr, it, es, pt, ar, zh, ja, ru };

export type MessageKey =
  | keyof typeof en
  | keyof typeof abuseEn
  | keyof typeof clientsEn
  | keyof typeof editorEn
  | keyof typeof editoruxEn
  | keyof typeof faultsEn
  | keyof typeof homesEn
  | keyof typeof translationEn
  | keyof typeof libraryEn
  | keyof typeof searchuxEn
  | keyof typeof limitsEn
  | keyof typeof newsroomEn
  | keyof typeof newsroomdeskEn
  | keyof typeof rankingsEn
  | keyof typeof debates2En
  | keyof typeof readersEn
  | keyof typeof trustEn
  | keyof typeof operationsEn
  | keyof typeof workflowEn
  | keyof typeof editorcoreEn;
export type Messages = Record<MessageKey, string>;

function merged(language: Language): Messages {
  const all: Record<string, string> = { ...READER_SITE[language] };
  for (const area of Object.values(AREAS)) {
    for (const [key, text] of Object.entries(area[language])) {
      if (key in all) throw new Error(`message key ${key} is defined in two areas`);
      all[key] = text;
    }
  }
  return all as Messages;
}

export const CATALOGUES: Record<Language, Messages> = {
  en: merged('en'),
  de: merged('de'),
  fr: merged('fr'),
  it: merged('it'),
  es: merged('es'),
  pt: merged('pt'),
  ar: merged('ar'),
  zh: merged('zh'),
  ja: merged('ja'),
  ru: merged('ru'),
};

/** Names of the `{placeholders}` in a message (every argument of a plural/select message). */
export function placeholdersOf(message: string): string[] {
  if (isIcu(message)) return icuArguments(message);
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(message: string, vars: Record<string, string | number> = {}): string {
  if (!message.includes('{')) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

export interface Translator {
  language: Language;
  /** The newsroom's time zone every time is shown in (NEWSROOM_TIME_ZONE). */
  timeZone: string;
  /** A message with its `{placeholders}` filled; a plural message needs its number argument. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** A message as parts, for a browser island to render with `renderParts` (plural forms and all). */
  parts(key: MessageKey): MessagePart[];
  /** A date and time in the language's conventions and the newsroom's time zone. */
  dateTime(iso: string): string;
  /** A date without time. */
  date(iso: string): string;
  number(value: number): string;
}

const translators = new Map<string, Translator>();

/**
 * A formatter that remembers its last answers: the same publication times are shown on page
 * after page, and formatting a date costs more than looking it up. Bounded.
 */
function remembered(formatIso: (iso: string) => string, max = 2000): (iso: string) => string {
  const answers = new Map<string, string>();
  return (iso) => {
    let answer = answers.get(iso);
    if (answer === undefined) {
      answer = formatIso(iso);
      if (answers.size >= max) answers.delete(answers.keys().next().value as string);
      answers.set(iso, answer);
    }
    return answer;
  };
}

/** The translator for a language and time zone; built once and reused. */
export function translator(language: Language, timeZone = 'Europe/Zurich'): Translator {
  const cacheKey = `${language}|${timeZone}`;
  const cached = translators.get(cacheKey);
  if (cached) return cached;
  const messages = CATALOGUES[language];
  const numberFormat = new Intl.NumberFormat(language);
  // Known once, so a plain message costs no more than before (the reader bench renders many).
  const icuKeys = new Set(Object.keys(messages).filter((key) => isIcu(messages[key as MessageKey])));
  const made: Translator = {
    language,
    timeZone,
    t: (key, vars) => {
      const message = messages[key];
      return icuKeys.has(key) ? renderIcu(language, key, message, vars) : format(message, vars);
    },
    parts: (key) => partsOf(messages[key], language),
    dateTime: remembered((iso) => formatDateTime(language, timeZone, iso)),
    date: remembered((iso) => formatDate(language, timeZone, iso)),
    number: (value) => numberFormat.format(value),
  };
  translators.set(cacheKey, made);
  return made;
}
