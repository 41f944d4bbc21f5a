/**
 * The message catalogues of the ten languages, and the translator a page renders with.
 * @example translator('de').t('teaser.readMore', { headline: 'X' }) // 'Weiterlesen: X'
 */
import type { Language } from '../domain/languages.js';
import { messages as abuse } from './messages/abuse/index.js';
import { ar } from './messages/ar.js';
import { messages as clients } from './messages/clients/index.js';
import { de } from './messages/de.js';
import { messages as editor } from './messages/editor/index.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { messages as faults } from './messages/faults/index.js';
import { fr } from './messages/fr.js';
import { it } from './messages/it.js';
import { ja } from './messages/ja.js';
import { messages as library } from './messages/library/index.js';
import { messages as limits } from './messages/limits/index.js';
import { messages as newsroom } from './messages/newsroom/index.js';
import { messages as operations } from './messages/operations/index.js';
import { pt } from './messages/pt.js';
import { messages as rankings } from './messages/rankings/index.js';
import { messages as readers } from './messages/readers/index.js';
import { ru } from './messages/ru.js';
import { messages as trust } from './messages/trust/index.js';
import { messages as workflow } from './messages/workflow/index.js';
import { zh } from './messages/zh.js';

/**
 * Texts live in areas (the reader site in messages/*.ts, the others in messages/<area>/), so
 * that parts of the product grow their texts side by side; a key belongs to one area only.
 */
const AREAS = [
  abuse,
  clients,
  editor,
  faults,
  library,
  limits,
  newsroom,
  operations,
  rankings,
  readers,
  trust,
  workflow,
] as const;
const READER_SITE = { en, de, fr, it, es, pt, ar, zh, ja, ru };

export type MessageKey =
  | keyof typeof en
  | keyof (typeof abuse)['en']
  | keyof (typeof clients)['en']
  | keyof (typeof editor)['en']
  | keyof (typeof faults)['en']
  | keyof (typeof library)['en']
  | keyof (typeof limits)['en']
  | keyof (typeof newsroom)['en']
  | keyof (typeof operations)['en']
  | keyof (typeof rankings)['en']
  | keyof (typeof readers)['en']
  | keyof (typeof trust)['en']
  | keyof (typeof workflow)['en'];
export type Messages = Record<MessageKey, string>;

function merged(language: Language): Messages {
  const all: Record<string, string> = { ...READER_SITE[language] };
  for (const area of AREAS) {
    for (const [key, text] of Object.entries(area[language] as Record<string, string>)) {
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

/** Names of the `{placeholders}` in a message, in order of appearance. */
export function placeholdersOf(message: string): string[] {
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
  t(key: MessageKey, vars?: Record<string, string | number>): string;
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
  const dateTimeFormat = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  });
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone });
  const numberFormat = new Intl.NumberFormat(language);
  const made: Translator = {
    language,
    t: (key, vars) => format(messages[key], vars),
    dateTime: remembered((iso) => dateTimeFormat.format(new Date(iso))),
    date: remembered((iso) => dateFormat.format(new Date(iso))),
    number: (value) => numberFormat.format(value),
  };
  translators.set(cacheKey, made);
  return made;
}
