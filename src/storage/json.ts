/**
 * JSON columns: written with JSON.stringify, read back through a schema (parse at the edge).
 */
import type { z } from 'zod';

/**
 * What already passed a schema, per schema: short texts by themselves, long ones by a key the
 * caller vouches for (an article's id and version). Only texts the schema left exactly as they
 * were (no defaults filled in, nothing stripped) are remembered, so skipping the check later
 * answers the very same data. Bounded; the oldest entries go first.
 */
const validated = new WeakMap<z.ZodType, Set<string>>();
const MEMO_MAX_TEXT = 2048;
const MEMO_MAX_ENTRIES = 2000;

/**
 * Parses a JSON column through its schema; a broken row is a fault of ours, so it throws.
 * A text seen valid before (the same names, renditions and bodies are read on every page) is
 * only parsed; each call answers a fresh object, so callers may change it.
 * @param key names this exact text for good (e.g. `${id} ${version}`); without it only short
 *   texts are remembered.
 */
export function readJson<T>(schema: z.ZodType<T>, text: string, what: string, key?: string): T {
  const memoKey = key ?? (text.length <= MEMO_MAX_TEXT ? text : undefined);
  const memo = memoKey === undefined ? undefined : validated.get(schema);
  if (memoKey !== undefined && memo?.has(memoKey)) return JSON.parse(text) as T;
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`stored ${what} does not match its schema: ${result.error.message}`);
  if (memoKey !== undefined && JSON.stringify(result.data) === text) {
    let keys = memo;
    if (!keys) {
      keys = new Set();
      validated.set(schema, keys);
    }
    if (keys.size >= MEMO_MAX_ENTRIES) keys.delete(keys.values().next().value as string);
    keys.add(memoKey);
  }
  return result.data;
}
