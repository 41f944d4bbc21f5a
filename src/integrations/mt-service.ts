/**
 * The machine translation the newsroom uses (the `MachineTranslation` contract) around one
 * provider adapter: the cache by (text hash, from, to) first, then the provider in batches,
 * each request bounded by a timeout, retried with exponential backoff (a bounded number of
 * times) and paced by the provider's rate limit; a pair the provider lacks goes through the
 * pivot language (en → es → pt). ADR 0023.
 * @example const mt = createMachineTranslation({ adapter: apertiumAdapter({ url }), cache, pivot: 'es' });
 */
import { createHash } from 'node:crypto';
import type { BodyDoc } from '../domain/body.js';
import type { Language } from '../domain/languages.js';
import { type MachineTranslation, MachineTranslationError } from './machine-translation.js';
import { planBody } from './mt-body.js';
import { type ProviderAdapter, ProviderFailure, type TextFormat } from './mt-provider.js';

/** Where translations are kept between calls (the database in production, see main.ts). */
export interface TranslationCache {
  get(key: {
    provider: string;
    from: Language;
    to: Language;
    hashes: readonly string[];
  }): Promise<Map<string, string>>;
  put(key: {
    provider: string;
    from: Language;
    to: Language;
    entries: ReadonlyArray<{ hash: string; translation: string }>;
  }): Promise<void>;
}

export interface MachineTranslationOptions {
  adapter: ProviderAdapter;
  cache?: TranslationCache | undefined;
  pivot?: Language | undefined;
  /** Each request's limit, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Attempts after the first for a retryable failure (default 3). */
  retries?: number;
  /** The first backoff, doubled each retry (default 250 ms). */
  backoffMs?: number;
  /** Requests per second at most (default 20). */
  requestsPerSecond?: number;
}

/** The cache key of a text as sent: its format and text, hashed. */
export function textHash(text: string, format: TextFormat): string {
  return createHash('sha256').update(`${format}\n${text}`).digest('hex');
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const hasLetters = (text: string) => /\p{L}/u.test(text);

/** Paces calls to at most `perSecond`: each waits for its slot. */
function rateLimiter(perSecond: number): () => Promise<void> {
  const interval = 1000 / perSecond;
  let nextSlot = 0;
  return async () => {
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + interval;
    if (slot > now) await sleep(slot - now);
  };
}

/** Runs `tasks` with at most `limit` at once, answering their results in order. */
async function inParallel<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** The newsroom's machine translation through one provider. */
export function createMachineTranslation(options: MachineTranslationOptions): MachineTranslation & {
  /** The provider's direct pairs (asked once, then remembered); `config check` calls it. */
  pairs(): Promise<ReadonlyArray<readonly [Language, Language]>>;
} {
  const { adapter, cache, pivot } = options;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retries = Math.min(options.retries ?? 3, 6);
  const backoffMs = options.backoffMs ?? 250;
  const takeSlot = rateLimiter(options.requestsPerSecond ?? 20);

  const call = async <T>(what: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      await takeSlot();
      try {
        return await what(AbortSignal.timeout(timeoutMs));
      } catch (error) {
        const failure = error instanceof ProviderFailure ? error : new ProviderFailure(String(error), false);
        if (!failure.retryable) throw new MachineTranslationError('rejected', failure.message);
        if (attempt >= retries) throw new MachineTranslationError('unavailable', failure.message);
        await sleep(backoffMs * 2 ** attempt);
      }
    }
  };

  let known: Promise<ReadonlyArray<readonly [Language, Language]>> | undefined;
  const pairs = () => {
    known ??= call((signal) => adapter.pairs(signal)).catch((error: unknown) => {
      known = undefined;
      throw error;
    });
    return known;
  };
  const route = async (from: Language, to: Language): Promise<Language[] | undefined> => {
    if (from === to) return [from];
    const direct = await pairs();
    const has = (a: Language, b: Language) => direct.some(([x, y]) => x === a && y === b);
    if (has(from, to)) return [from, to];
    if (pivot && pivot !== from && pivot !== to && has(from, pivot) && has(pivot, to))
      return [from, pivot, to];
    return undefined;
  };

  /** One hop: cached texts from the cache, the rest from the provider in batches. */
  const hop = async (texts: readonly string[], from: Language, to: Language, format: TextFormat) => {
    const key = { provider: adapter.name, from, to };
    const hashes = texts.map((t) => textHash(t, format));
    const found = cache ? await cache.get({ ...key, hashes }) : new Map<string, string>();
    const missing = new Map<string, string>();
    texts.forEach((text, i) => {
      const hash = hashes[i] as string;
      if (hasLetters(text) && !found.has(hash)) missing.set(hash, text);
    });
    const todo = [...missing.entries()];
    const batches: Array<Array<[string, string]>> = [];
    for (let i = 0; i < todo.length; i += adapter.maxBatch) batches.push(todo.slice(i, i + adapter.maxBatch));
    await inParallel(
      batches.map((batch) => async () => {
        const out = await call((signal) =>
          adapter.translate(
            batch.map(([, t]) => t),
            from,
            to,
            format,
            signal,
          ),
        );
        const entries = batch.map(([hash], i) => ({ hash, translation: out[i] as string }));
        for (const e of entries) found.set(e.hash, e.translation);
        await cache?.put({ ...key, entries });
      }),
      adapter.concurrency,
    );
    return texts.map((text, i) => found.get(hashes[i] as string) ?? text);
  };

  const translateSegments = async (
    texts: readonly string[],
    from: Language,
    to: Language,
    format: TextFormat,
  ) => {
    const path = await route(from, to);
    if (!path)
      throw new MachineTranslationError(
        'unsupported_pair',
        `${adapter.name} cannot translate ${from} into ${to}`,
      );
    let current = [...texts];
    for (let i = 0; i + 1 < path.length; i++)
      current = await hop(current, path[i] as Language, path[i + 1] as Language, format);
    return current;
  };

  return {
    provider: adapter.name,
    pairs,
    async canTranslate(from, to) {
      return (await route(from, to)) !== undefined;
    },
    translateTexts: (texts, from, to) => translateSegments(texts, from, to, 'text'),
    async translateBody(body: BodyDoc, from, to) {
      const plan = planBody(body);
      return plan.rebuild(await translateSegments(plan.segments, from, to, 'html'));
    },
  };
}
