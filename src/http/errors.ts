/**
 * How errors become answers: domain codes map 1:1 to statuses; JSON under /api, a page
 * elsewhere. A fault of the moment (the database out of reach, a full disk) is answered 503
 * with Retry-After or 507, saying so. Anything else unexpected is logged and answered 500
 * without details.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import { type StorageFault, storageFaultOf } from '../storage/faults.js';

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
  unavailable: 503,
  storage_full: 507,
};

/** The API's answer to each storage fault (the pages say it through the catalogues). */
const FAULTS: Record<StorageFault, { message: string; retryAfterSeconds?: number }> = {
  unavailable: {
    message: 'The service is briefly unavailable; try again in a moment',
    retryAfterSeconds: 2,
  },
  storage_full: {
    message: 'The server has run out of storage space, so nothing was saved; reading still works',
  },
};

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** The JSON body of an error answer. */
export function errorBody(code: string, message: string, field?: string): ErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

export interface DescribedError {
  status: ContentfulStatusCode;
  body: ErrorBody;
  /** Sent as Retry-After when set. */
  retryAfterSeconds?: number | undefined;
  /** Set for a fault of the moment, which the pages explain in the reader's language. */
  fault?: StorageFault | undefined;
}

/** Status and body for a thrown value; null when it is not one of ours (a 500). */
export function describeError(error: unknown): DescribedError | null {
  if (error instanceof DomainError) {
    const fault = error.code === 'unavailable' || error.code === 'storage_full' ? error.code : undefined;
    return {
      status: STATUS_OF[error.code],
      body: errorBody(error.code, error.message, error.field),
      retryAfterSeconds: error.retryAfterSeconds,
      fault,
    };
  }
  const fault = storageFaultOf(error);
  if (fault) {
    const { message, retryAfterSeconds } = FAULTS[fault];
    return { status: STATUS_OF[fault], body: errorBody(fault, message), retryAfterSeconds, fault };
  }
  return null;
}
