/**
 * Multilingual threads (ADR 0027): which language a new comment is in (the writer's choice,
 * else what the text shows, else the page's), which languages its translations go into, how
 * long the translation job waits before trying a failed one again, and what a reader is shown
 * for a comment in another language than the page's.
 * @example commentLanguageOf({ language: 'en', multilingual: true }, { chosen: null, page: 'es', body: 'El plan del gobierno es una buena idea para la ciudad' }) // 'es'
 */
import { detectLanguage } from './language-check.js';
import { isLanguage, LANGUAGES, type Language } from './languages.js';

/** What a reader is shown of a comment: as written, or translated into the page's language. */
export type ShownText =
  /** Written in the page's language, or in a thread that is not multilingual. */
  | { kind: 'original' }
  | { kind: 'translated'; from: Language; text: string; provider: string }
  /** Not translated yet (the job will try, or try again): shown as written, saying so. */
  | { kind: 'pending'; from: Language }
  /** The provider has no way from its language into the page's: shown as written. */
  | { kind: 'unsupported'; from: Language };

export const TRANSLATION_STATUSES = ['pending', 'done', 'unsupported'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** A comment's translation into one language, as stored. */
export interface CommentTranslation {
  commentId: string;
  language: Language;
  status: TranslationStatus;
  text: string | null;
  provider: string | null;
  attempts: number;
}

/**
 * The language of a new comment. A thread that is not multilingual takes comments in its own
 * language only; in a multilingual one the writer's choice wins, then the language the text is
 * detectably written in, then the language of the page it was written on.
 */
export function commentLanguageOf(
  thread: { language: string; multilingual: boolean },
  input: { chosen: string | null | undefined; page: string | null | undefined; body: string },
): string {
  if (!thread.multilingual) return thread.language;
  if (isLanguage(input.chosen)) return input.chosen;
  const detected = detectLanguage(input.body);
  if (detected) return detected;
  return isLanguage(input.page) ? input.page : thread.language;
}

/** The languages a comment of a multilingual thread is translated into: every other one. */
export function translationTargets(original: string): Language[] {
  return LANGUAGES.filter((language) => language !== original);
}

/** The first wait after a failure; doubled after each further failure. */
export const FIRST_RETRY_MS = 30_000;
/** No wait is longer than this: a provider back after an outage catches up within the hour. */
export const LONGEST_RETRY_MS = 3600_000;

/** How long after its `attempts`-th failure a translation is tried again (exponential, bounded). */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 20);
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_RETRY_MS);
}

/** What a reader on a page in `page` is shown of a comment written in `original`. */
export function shownText(
  comment: { language: string },
  page: Language,
  multilingual: boolean,
  stored: Pick<CommentTranslation, 'status' | 'text' | 'provider'> | undefined,
): ShownText {
  if (!multilingual || comment.language === page || !isLanguage(comment.language))
    return { kind: 'original' };
  const from = comment.language;
  if (stored?.status === 'done' && stored.text !== null)
    return { kind: 'translated', from, text: stored.text, provider: stored.provider ?? '' };
  if (stored?.status === 'unsupported') return { kind: 'unsupported', from };
  return { kind: 'pending', from };
}
