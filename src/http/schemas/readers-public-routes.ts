/**
 * The definitions of the readers' API under /api/v1 (accounts, sessions, comments, debates):
 * what each route takes and answers. src/http/routes/api/readers-public.ts registers its
 * handlers with them; the OpenAPI document is built from them.
 *
 * @example
 * defineRoute(app, READER_ROUTES.getSession, async (c) => c.json(await sessionOf(c)));
 */
import { type ParamDef, type ResponseDef, route } from '../api-route.js';
import { ErrorSchema } from './common.js';
import {
  CommentCreatedSchema,
  CommentCreateSchema,
  CommentRecommendedSchema,
  CommentRefusalSchema,
  CommentReportedSchema,
  ConfirmSchema,
  DebateListQuerySchema,
  DebateListSchema,
  LogInSchema,
  ReaderDeletedSchema,
  ReaderDeleteSchema,
  ReaderPatchSchema,
  ReaderProfileSchema,
  ReaderStatusSchema,
  ReportSchema,
  ResetRequestSchema,
  ResetSchema,
  SessionSchema,
  SignedUpSchema,
  SignUpSchema,
  ThreadQuerySchema,
  ThreadSchema,
} from './readers.js';

const CSRF: ParamDef = {
  name: 'x-csrf-token',
  description:
    'With a reader session: the csrfToken from POST /api/v1/session (not needed with a bearer token)',
};
const REFUSED: ResponseDef = {
  description:
    'Refused: a CommentRefusal (with `reason`) when a moderation check refused the comment, else an Error',
  schema: [CommentRefusalSchema, ErrorSchema],
};

export const READER_ROUTES = {
  signUp: route({
    method: 'post',
    path: '/readers',
    operationId: 'signUp',
    summary: 'Create a reader account; a confirmation link is mailed',
    tags: ['readers'],
    auth: 'public',
    body: { schema: SignUpSchema, kind: 'json' },
    responses: { 201: { description: 'Saved', schema: SignedUpSchema } },
    errors: [400, 415, 429],
  }),
  confirmEmail: route({
    method: 'post',
    path: '/readers/confirm',
    operationId: 'confirmEmail',
    summary: 'Confirm the email address with the mailed token',
    tags: ['readers'],
    auth: 'public',
    body: { schema: ConfirmSchema, kind: 'json' },
    responses: { 200: { description: 'Confirmed', schema: ReaderStatusSchema } },
    errors: [400, 415],
  }),
  requestPasswordReset: route({
    method: 'post',
    path: '/readers/password-reset',
    operationId: 'requestPasswordReset',
    summary:
      'Mail a password-reset link (always 202, whether the email has an account or not; 429 when one address asks too often)',
    tags: ['readers'],
    auth: 'public',
    body: { schema: ResetRequestSchema, kind: 'json' },
    responses: { 202: { description: 'Accepted', schema: ReaderStatusSchema } },
    errors: [400, 415, 429],
  }),
  resetPassword: route({
    method: 'post',
    path: '/readers/password-reset/confirm',
    operationId: 'resetPassword',
    summary: 'Set a new password with the mailed token; every session of the account ends',
    tags: ['readers'],
    auth: 'public',
    body: { schema: ResetSchema, kind: 'json' },
    responses: { 200: { description: 'Changed', schema: ReaderStatusSchema } },
    errors: [400, 415],
  }),
  updateReader: route({
    method: 'patch',
    path: '/readers/me',
    operationId: 'updateReader',
    summary: 'Change the display name',
    tags: ['readers'],
    auth: 'reader',
    headers: [CSRF],
    body: { schema: ReaderPatchSchema, kind: 'json' },
    responses: { 200: { description: 'Changed', schema: ReaderProfileSchema } },
    errors: [400, 401, 403, 409, 415],
  }),
  deleteReader: route({
    method: 'delete',
    path: '/readers/me',
    operationId: 'deleteReader',
    summary:
      'Delete the account and its personal data (comments stay as from a deleted account, or go: an admin setting)',
    tags: ['readers'],
    auth: 'reader',
    headers: [CSRF],
    body: { schema: ReaderDeleteSchema, kind: 'json' },
    responses: { 200: { description: 'Deleted', schema: ReaderDeletedSchema } },
    errors: [400, 401, 403, 415],
  }),
  getSession: route({
    method: 'get',
    path: '/session',
    operationId: 'getSession',
    summary: 'The reader of the session cookie and its CSRF token (nulls when logged out)',
    tags: ['readers'],
    auth: 'public',
    responses: { 200: { description: 'The session', schema: SessionSchema } },
  }),
  logIn: route({
    method: 'post',
    path: '/session',
    operationId: 'logIn',
    summary:
      'Log in: sets the HttpOnly sw_reader cookie and answers the CSRF token; attempts are rate-limited',
    tags: ['readers'],
    auth: 'public',
    body: { schema: LogInSchema, kind: 'json' },
    responses: { 200: { description: 'Logged in', schema: SessionSchema } },
    errors: [400, 401, 403, 415, 429],
  }),
  logOut: route({
    method: 'delete',
    path: '/session',
    operationId: 'logOut',
    summary: 'Log out',
    tags: ['readers'],
    auth: 'reader',
    headers: [CSRF],
    responses: { 204: { description: 'Logged out' } },
    errors: [403],
  }),
  recommendComment: route({
    method: 'post',
    path: '/comments/:id/recommend',
    operationId: 'recommendComment',
    summary: 'Recommend a comment (once per reader)',
    tags: ['comments'],
    auth: 'reader',
    headers: [CSRF],
    responses: { 200: { description: 'Recommended', schema: CommentRecommendedSchema } },
    errors: [401, 403, 404, 409],
  }),
  reportComment: route({
    method: 'post',
    path: '/comments/:id/report',
    operationId: 'reportComment',
    summary: 'Report a comment to the moderators',
    tags: ['comments'],
    auth: 'reader',
    headers: [CSRF],
    body: { schema: ReportSchema, kind: 'json' },
    responses: { 202: { description: 'Reported', schema: CommentReportedSchema } },
    errors: [400, 401, 403, 404, 415],
  }),
  listDebates: route({
    method: 'get',
    path: '/debates',
    operationId: 'listDebates',
    summary: 'Debates of a language that have opened, newest first',
    tags: ['debates'],
    auth: 'public',
    query: DebateListQuerySchema,
    responses: { 200: { description: 'The debates', schema: DebateListSchema } },
    errors: [400],
  }),
};

/** The two routes of a comment thread, on an article or a debate. */
function threadRoutes(kind: 'article' | 'debate') {
  const path = kind === 'article' ? '/articles/:id/comments' : '/debates/:id/comments';
  const Kind = kind === 'article' ? 'Article' : 'Debate';
  return {
    list: route({
      method: 'get',
      path: path,
      operationId: `list${Kind}Comments`,
      summary: `The approved comments of ${kind === 'article' ? 'a published article' : 'a debate'}, threaded, 20 top-level comments a page`,
      tags: ['comments'],
      auth: 'public',
      query: ThreadQuerySchema,
      responses: { 200: { description: 'A page of the thread', schema: ThreadSchema } },
      errors: [400, 404],
    }),
    post: route({
      method: 'post',
      path: path,
      operationId: `comment${Kind}`,
      summary:
        'Post a comment or a reply, as the reader of the session (moderation checks apply; pending until approved when held) or as staff (a badged reply)',
      tags: ['comments'],
      auth: 'reader',
      headers: [CSRF],
      body: { schema: CommentCreateSchema, kind: 'json' },
      responses: {
        201: { description: 'Posted', schema: CommentCreatedSchema },
        ...Object.fromEntries([400, 403, 409, 429].map((status) => [status, REFUSED])),
      },
      errors: [401, 404, 415],
    }),
  };
}

/** The comment threads' routes by the kind of thread. */
export const THREAD_ROUTES = { article: threadRoutes('article'), debate: threadRoutes('debate') };
