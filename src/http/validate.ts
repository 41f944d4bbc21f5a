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

/**
 * The first problem a walk of the raw input finds before the schema walks it: a string holding
 * a NUL character, or nesting past MAX_JSON_DEPTH. The walk keeps its own stack, so no input
 * can exhaust the call stack, and stops at the first problem.
 */
function rawProblem(value: unknown): { kind: 'nul' | 'deep'; path: string[] } | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  // Depth of an object or array is its path's length + 1 (the top-level one is level 1).
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { value: item, path } = entry;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return { kind: 'nul', path };
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    if (path.length + 1 > MAX_JSON_DEPTH) return { kind: 'deep', path };
    const children = Array.isArray(item) ? [...item.entries()] : Object.entries(item);
    // Pushed last to first, so the first child is looked at first.
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [string | number, unknown];
      stack.push({ value: child, path: [...path, String(key)] });
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
