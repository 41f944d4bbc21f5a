/**
 * How errors become answers, in one exhaustive table (`ERRORS`): each domain error code has
 * its status, the title the newsroom's error page gives it and, for a fault of the moment
 * (the database out of reach, a full disk), the API's message, Retry-After and the pages'
 * explanation in the reader's language. A new code does not compile until it is in the table.
 * JSON under /api, a page elsewhere. Anything else unexpected is logged and answered 500
 * without details.
 * @example ERRORS.conflict.status // 409
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { type StorageFault, storageFaultOf } from '../storage/faults.js';

/** How a fault of the moment is answered: the API's message, and the pages' title and explanation. */
interface FaultAnswer {
  message: string;
  retryAfterSeconds?: number;
  title: MessageKey;
  body: MessageKey;
}

/** How one error code is answered. */
export interface ErrorAnswer {
  status: ContentfulStatusCode;
  /** The title of the newsroom's error page. */
  title: MessageKey;
  /** Set for the faults of the moment. */
  fault?: FaultAnswer;
}

const invalidInput = (status: ContentfulStatusCode): ErrorAnswer => ({
  status,
  title: 'newsroom.error.invalid',
});

/** The one table of error codes: status, page title, and for faults what they say. */
export const ERRORS: {
  [C in ErrorCode]: C extends StorageFault ? ErrorAnswer & { fault: FaultAnswer } : ErrorAnswer;
} = {
  validation_failed: invalidInput(400),
  unauthorized: invalidInput(401),
  forbidden: { status: 403, title: 'newsroom.error.forbidden' },
  not_found: { status: 404, title: 'newsroom.error.notFound' },
  conflict: invalidInput(409),
  payload_too_large: invalidInput(413),
  too_deep: invalidInput(400),
  too_many_fields: invalidInput(400),
  unsupported_media_type: invalidInput(415),
  rate_limited: invalidInput(429),
  unavailable: {
    status: 503,
    title: 'faults.unavailable.title',
    fault: {
      message: 'The service is briefly unavailable; try again in a moment',
      retryAfterSeconds: 2,
      title: 'faults.unavailable.title',
      body: 'faults.unavailable.body',
    },
  },
  storage_full: {
    status: 507,
    title: 'faults.storageFull.title',
    fault: {
      message: 'The server has run out of storage space, so nothing was saved; reading still works',
      title: 'faults.storageFull.title',
      body: 'faults.storageFull.body',
    },
  },
};

/** The title of the newsroom's error page for an answer that is not one of ours (a 500). */
export const UNKNOWN_ERROR_TITLE: MessageKey = 'newsroom.error.ours';

/** The status of each error code (a view of `ERRORS`). */
export const STATUS_OF = Object.fromEntries(
  Object.entries(ERRORS).map(([code, answer]) => [code, answer.status]),
) as Record<ErrorCode, ContentfulStatusCode>;

/** The title and explanation of each fault, on the reader site and in the newsroom (a view of `ERRORS`). */
export const FAULT_TEXTS: Record<StorageFault, { title: MessageKey; body: MessageKey }> = {
  unavailable: ERRORS.unavailable.fault,
  storage_full: ERRORS.storage_full.fault,
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
  /** The title of the newsroom's error page. */
  title: MessageKey;
}

/** Status and body for a thrown value; null when it is not one of ours (a 500). */
export function describeError(error: unknown): DescribedError | null {
  if (error instanceof DomainError) {
    const fault = error.code === 'unavailable' || error.code === 'storage_full' ? error.code : undefined;
    const { status, title } = ERRORS[error.code];
    return {
      status,
      body: errorBody(error.code, error.message, error.field),
      retryAfterSeconds: error.retryAfterSeconds,
      fault,
      title,
    };
  }
  const fault = storageFaultOf(error);
  if (fault) {
    const { status, title } = ERRORS[fault];
    const { message, retryAfterSeconds } = ERRORS[fault].fault;
    return { status, body: errorBody(fault, message), retryAfterSeconds, fault, title };
  }
  return null;
}
