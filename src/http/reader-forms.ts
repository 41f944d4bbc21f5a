/**
 * The reader site's forms read with the same schemas as the readers' API
 * (src/http/schemas/readers.ts): a form's text fields are picked by name (a missing one is
 * empty, the page's own fields such as `_csrf` are left out), in the order the command
 * checks them, so a refused form names the same field, and so says the same, as before.
 * Unlike the API (validate.ts), NUL characters are left to the commands, as before.
 * @example const input = formInputOf(SIGN_UP_FORM, await formFields(c)); // throws validation_failed naming the field
 */
import { z } from 'zod';
import { DomainError } from '../domain/errors.js';
import {
  CommentCreateSchema,
  ConfirmSchema,
  LogInSchema,
  ReaderDeleteSchema,
  ReaderPatchSchema,
  ResetRequestSchema,
  ResetSchema,
  SignUpSchema,
} from './schemas/readers.js';
import { ErrorReportCreateSchema } from './schemas/trust.js';

/** Sign-up: email, password, display name (signUp checks them in this order). */
export const SIGN_UP_FORM = z.object({
  email: SignUpSchema.shape.email,
  password: SignUpSchema.shape.password,
  displayName: SignUpSchema.shape.displayName,
});

/** The confirmation link's token. */
export const CONFIRM_FORM = z.object({ token: ConfirmSchema.shape.token });

/** A new password and the reset link's token (resetPassword checks the password first). */
export const NEW_PASSWORD_FORM = z.object({
  password: ResetSchema.shape.password,
  token: ResetSchema.shape.token,
});

/** The email a reset link goes to. */
export const RESET_REQUEST_FORM = z.object({ email: ResetRequestSchema.shape.email });

/**
 * A login. Fields no account can have (empty, or longer than the API allows) fail as a wrong
 * login does (`credentialsOf`), so the form still answers 401 "wrong email or password".
 */
export const LOG_IN_FORM = z.object({ email: LogInSchema.shape.email, password: LogInSchema.shape.password });

/** Deleting the account asks for its password; one that cannot be it fails as a wrong one. */
export const DELETE_FORM = z.object({ password: ReaderDeleteSchema.shape.password });

/**
 * The form's fields the schema names, or the `unauthorized` error a wrong password gets when
 * they cannot be right: a login or a password check answers the same whatever was wrong.
 */
export function credentialsOf<T extends z.ZodRawShape>(
  schema: z.ZodObject<T>,
  fields: Readonly<Record<string, string>>,
  refusal: DomainError,
): z.infer<z.ZodObject<T>> {
  try {
    return formInputOf(schema, fields);
  } catch {
    throw refusal;
  }
}

/**
 * A reader's error report: what is wrong, where to check it, an email for the answer (each
 * capped as the API caps it; an empty source or email means none, as in the form).
 */
export const REPORT_FORM = z.object({
  text: ErrorReportCreateSchema.shape.text,
  source: ErrorReportCreateSchema.shape.source.unwrap().unwrap(),
  email: ErrorReportCreateSchema.shape.email.unwrap().unwrap(),
});

/** A new display name. */
export const NAME_FORM = z.object({ displayName: ReaderPatchSchema.shape.displayName });

/**
 * A comment or a reply. The body's length is left to the moderation checks, which tell the
 * reader "too long" (the API's own cap, twice the limit, only guards its JSON).
 */
export const COMMENT_FORM = z.object({
  body: z.string(),
  parentId: CommentCreateSchema.shape.parentId,
});

/** The form's fields the schema names, validated; a missing field counts as empty. */
export function formInputOf<T extends z.ZodRawShape>(
  schema: z.ZodObject<T>,
  fields: Readonly<Record<string, string>>,
): z.infer<z.ZodObject<T>> {
  const picked = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, fields[name] ?? '']));
  const result = schema.safeParse(picked);
  if (result.success) return result.data;
  // Named as the API names it; the page shows its own message for the field (views/accounts.ts).
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  throw new DomainError('validation_failed', issue ? `${field}: ${issue.message}` : 'Invalid input', field);
}
