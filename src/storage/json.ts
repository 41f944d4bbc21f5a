/**
 * JSON columns: written with JSON.stringify, read back through a schema (parse at the edge).
 */
import type { z } from 'zod';

/** Parses a JSON column through its schema; a broken row is a fault of ours, so it throws. */
export function readJson<T>(schema: z.ZodType<T>, text: string, what: string): T {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`stored ${what} does not match its schema: ${result.error.message}`);
  return result.data;
}
