/**
 * The machine-translation cache (ADR 0023): translations by provider, languages and text hash.
 * @example const known = await cachedTranslations(db, { provider: 'Apertium', from: 'en', to: 'es', hashes });
 */
import type { Db } from '../db.js';

/** Which translations of one provider and language pair a lookup or a store is about. */
export interface TranslationPair {
  provider: string;
  from: string;
  to: string;
}

const CHUNK = 400;

/** The cached translations among `hashes`, by hash (hashes not cached are absent). */
export async function cachedTranslations(
  db: Db,
  input: TranslationPair & { hashes: readonly string[] },
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(input.hashes)];
  for (let start = 0; start < unique.length; start += CHUNK) {
    const rows = await db
      .selectFrom('machine_translations')
      .select(['text_hash', 'translation'])
      .where('provider', '=', input.provider)
      .where('from_language', '=', input.from)
      .where('to_language', '=', input.to)
      .where('text_hash', 'in', unique.slice(start, start + CHUNK))
      .execute();
    for (const row of rows) found.set(row.text_hash, row.translation);
  }
  return found;
}

/** Keeps translations (a hash already cached keeps its first translation). */
export async function storeTranslations(
  db: Db,
  input: TranslationPair & { entries: ReadonlyArray<{ hash: string; translation: string }>; now: string },
): Promise<void> {
  const unique = [...new Map(input.entries.map((e) => [e.hash, e])).values()];
  for (let start = 0; start < unique.length; start += CHUNK / 4) {
    const values = unique.slice(start, start + CHUNK / 4).map((e) => ({
      provider: input.provider,
      from_language: input.from,
      to_language: input.to,
      text_hash: e.hash,
      translation: e.translation,
      created_at: input.now,
    }));
    await db
      .insertInto('machine_translations')
      .values(values)
      .onConflict((oc) => oc.columns(['provider', 'from_language', 'to_language', 'text_hash']).doNothing())
      .execute();
  }
}

/** How many translations the cache holds (for `config check` and the bench). */
export async function countCachedTranslations(db: Db): Promise<number> {
  const row = await db
    .selectFrom('machine_translations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The cache as the machine-translation service asks for it (main.ts hands it over). */
export function translationCacheIn(db: Db, clock: () => Date) {
  return {
    get: (key: TranslationPair & { hashes: readonly string[] }) => cachedTranslations(db, key),
    put: (key: TranslationPair & { entries: ReadonlyArray<{ hash: string; translation: string }> }) =>
      storeTranslations(db, { ...key, now: clock().toISOString() }),
  };
}
