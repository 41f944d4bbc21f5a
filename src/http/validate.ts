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

/** The path of the first string inside `value` that holds a NUL character, or null. */
function nulPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Validates a value against a schema, throwing a validation error that names the field.
 * NUL characters are refused everywhere: PostgreSQL cannot store them and no text needs them.
 */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const nul = nulPath(value);
  if (nul) {
    const field = nul.join('.');
    throw field
      ? invalid(field, `${field}: contains a NUL character`)
      : invalid('body', 'contains a NUL character');
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
