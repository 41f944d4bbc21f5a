/**
 * Parsing requests at the edge: JSON bodies and query strings go through one schema each,
 * and the first problem is reported with the field it concerns.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { DomainError, invalid } from '../domain/errors.js';

function fail(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'Invalid input';
  return field ? invalid(field, message) : new DomainError('validation_failed', message);
}

/** How deeply a request's input may nest (objects and arrays); request bodies are held to it first. */
export const MAX_JSON_DEPTH = 64;

interface Visit {
  value: unknown;
  key: string;
  depth: number;
  parent: Visit | null;
}

/** The keys from the top of the input down to `visit`. */
function pathOf(visit: Visit): string[] {
  const path: string[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The first problem a walk of the raw input finds before the schema walks it: a string holding
 * a NUL character, or nesting past MAX_JSON_DEPTH. The walk keeps its own stack, so no input
 * can exhaust the call stack; each value is visited once and paths are only spelled out for
 * the problem found, so it takes time in proportion to the input's size.
 */
function rawProblem(value: unknown): { kind: 'nul' | 'deep'; path: string[] } | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { kind: 'nul', path: [] } : null;
  if (!value || typeof value !== 'object') return null;
  // Objects, arrays and strings holding a NUL are stacked (in document order); other values
  // are passed over where they are found. `depth` of an object or array: the top one is 1.
  const stack: Visit[] = [{ value, key: '', depth: 1, parent: null }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if (typeof visit.value === 'string') return { kind: 'nul', path: pathOf(visit) };
    if (visit.depth > MAX_JSON_DEPTH) return { kind: 'deep', path: pathOf(visit) };
    const item = visit.value as Record<string, unknown> | unknown[];
    const keys = Array.isArray(item) ? null : Object.keys(item);
    const count = keys ? keys.length : (item as unknown[]).length;
    // Pushed last to first, so the first child is looked at first.
    for (let i = count - 1; i >= 0; i--) {
      const key = keys ? (keys[i] as string) : i;
      const child = (item as Record<string | number, unknown>)[key];
      if ((typeof child === 'string' && child.includes('\u0000')) || (child && typeof child === 'object'))
        stack.push({ value: child, key: String(key), depth: visit.depth + 1, parent: visit });
    }
  }
  return null;
}

/**
 * Validates a value against a schema, throwing a validation error that names the field.
 * NUL characters are refused everywhere: PostgreSQL cannot store them and no text needs them.
 * Input nested deeper than MAX_JSON_DEPTH is refused before the schema walks it.
 */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const problem = rawProblem(value);
  if (problem?.kind === 'nul') {
    const field = problem.path.join('.');
    throw field
      ? invalid(field, `${field}: contains a NUL character`)
      : invalid('body', 'contains a NUL character');
  }
  if (problem?.kind === 'deep') {
    const field = problem.path.slice(0, 3).join('.') || 'body';
    throw new DomainError(
      'too_deep',
      `${field}: nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`,
      field,
    );
  }
  const result = schema.safeParse(value);
  if (!result.success) throw fail(result.error);
  return result.data;
}

/** The request's JSON body, validated. */
export async function jsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new DomainError('unsupported_media_type', 'Send the body as application/json');
  }
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new DomainError('validation_failed', 'The request body is not valid JSON');
  }
  return parseWith(schema, value);
}

/** Like jsonBody, but a request without a body counts as `{}` (for actions with options). */
export async function optionalJsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const length = c.req.header('content-length');
  if (!c.req.header('content-type') && (length === undefined || length === '0')) return parseWith(schema, {});
  return jsonBody(c, schema);
}

/** The request's query string, validated. */
export function queryOf<T>(c: Context, schema: z.ZodType<T>): T {
  return parseWith(schema, c.req.query());
}
