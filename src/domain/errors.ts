/**
 * Errors the domain raises, each with a stable code; the transport maps a code to a status
 * and the i18n layer maps it to a message key.
 * @example throw new DomainError('not_found', 'No article with this id')
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'too_deep',
  'too_many_fields',
  'unsupported_media_type',
  'rate_limited',
  // Faults of the moment, not of the request: the database is out of reach, the disk is full.
  'unavailable',
  'storage_full',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  /** For `rate_limited` and `unavailable`: when the caller may try again. */
  retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

/** Too many attempts; the answer carries Retry-After. */
export function rateLimited(message: string, retryAfterSeconds: number): DomainError {
  const error = new DomainError('rate_limited', message);
  error.retryAfterSeconds = retryAfterSeconds;
  return error;
}

/** A validation failure on one named field of the input. */
export function invalid(field: string, message: string): DomainError {
  return new DomainError('validation_failed', message, field);
}
