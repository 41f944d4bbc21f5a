/**
 * The background work of multilingual threads (ADR 0027): the due translations of comments
 * are made through the newsroom's machine translation, a batch per language pair, and stored.
 * A pair the provider lacks is marked unsupported for good; a provider that fails or is slow
 * leaves them pending and tries again later (30 s, doubled each time, at most an hour), so
 * readers see the comment as written meanwhile and nobody waits for the provider.
 * @example const done = await translateDueComments({ db, mt, now: new Date() }); // { done: 4, unsupported: 1, retried: 0 }
 */
import { retryDelayMs } from '../domain/comment-languages.js';
import { isLanguage, type Language } from '../domain/languages.js';
import { type MachineTranslation, MachineTranslationError } from '../integrations/machine-translation.js';
import type { Db } from '../storage/db.js';
import {
  type DueTranslation,
  dueTranslations,
  finishTranslation,
  retryTranslationAt,
} from '../storage/repos/comment-translations.js';

/** How many translations one round takes at most. */
export const TRANSLATIONS_PER_ROUND = 40;

export interface TranslationRound {
  done: number;
  unsupported: number;
  retried: number;
  /** The last failure of the round, for the log. */
  failure: string | null;
}

/** The paragraphs of a comment, sent one text each so that the provider keeps them apart. */
const paragraphsOf = (body: string) => body.split(/\n{2,}/);

/** Makes the translations due at `now`; answers how the round went. */
export async function translateDueComments(deps: {
  db: Db;
  mt: MachineTranslation;
  now: Date;
  limit?: number;
}): Promise<TranslationRound> {
  const { db, mt, now } = deps;
  const round: TranslationRound = { done: 0, unsupported: 0, retried: 0, failure: null };
  const due = await dueTranslations(db, now, deps.limit ?? TRANSLATIONS_PER_ROUND);
  const pairs = new Map<string, DueTranslation[]>();
  for (const item of due) {
    const key = `${item.from}>${item.to}`;
    pairs.set(key, [...(pairs.get(key) ?? []), item]);
  }
  for (const items of pairs.values()) {
    const first = items[0] as DueTranslation;
    const unsupported = async () => {
      for (const item of items)
        await finishTranslation(
          db,
          { commentId: item.commentId, language: item.to },
          { status: 'unsupported', text: null, provider: null },
          now,
        );
      round.unsupported += items.length;
    };
    const from = first.from;
    try {
      if (!isLanguage(from) || !(await mt.canTranslate(from, first.to))) {
        await unsupported();
        continue;
      }
      await translatePair(db, mt, items, from, now);
      round.done += items.length;
    } catch (error) {
      if (error instanceof MachineTranslationError && error.reason === 'unsupported_pair') {
        await unsupported();
        continue;
      }
      round.failure = error instanceof Error ? error.message : String(error);
      for (const item of items) {
        const attempts = item.attempts + 1;
        await retryTranslationAt(
          db,
          { commentId: item.commentId, language: item.to },
          attempts,
          new Date(now.getTime() + retryDelayMs(attempts)),
          now,
        );
      }
      round.retried += items.length;
    }
  }
  return round;
}

/** One language pair's comments in one call to the provider (its batches and cache do the rest). */
async function translatePair(
  db: Db,
  mt: MachineTranslation,
  items: readonly DueTranslation[],
  from: Language,
  now: Date,
): Promise<void> {
  const to = (items[0] as DueTranslation).to;
  const texts = items.flatMap((item) => paragraphsOf(item.body));
  const translated = await mt.translateTexts(texts, from, to);
  let at = 0;
  for (const item of items) {
    const count = paragraphsOf(item.body).length;
    const text = translated
      .slice(at, at + count)
      .map((p) => p.trim())
      .join('\n\n');
    at += count;
    await finishTranslation(
      db,
      { commentId: item.commentId, language: to },
      { status: 'done', text, provider: mt.provider },
      now,
    );
  }
}
