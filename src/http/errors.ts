/**
 * How errors become answers: domain codes map 1:1 to statuses; JSON under /api, a page
 * elsewhere. Anything unexpected is logged and answered 500 without details.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type ErrorCode } from '../domain/errors.js';

export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  too_deep: 400,
  too_many_fields: 400,
  unsupported_media_type: 415,
  rate_limited: 429,
};

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** The JSON body of an error answer. */
export function errorBody(code: string, message: string, field?: string): ErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

/** Status and body for a thrown value; null when it is not one of ours (a 500). */
export function describeError(error: unknown): { status: ContentfulStatusCode; body: ErrorBody } | null {
  if (error instanceof DomainError) {
    return { status: STATUS_OF[error.code], body: errorBody(error.code, error.message, error.field) };
  }
  return null;
}
